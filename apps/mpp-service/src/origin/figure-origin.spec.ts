import { stableId } from '@simpul/service-kit';
import { CALLERS, dataOf, startMpp, type MppHarness } from '../test-support/mpp-test-app';

const BANJARMASIN = stableId('mall', 'mpp-kota-banjarmasin');

describe('MPP figures say where they came from', () => {
  let mpp: MppHarness;
  beforeAll(async () => {
    mpp = await startMpp();
  });
  afterAll(() => mpp?.close());

  it("rule: the demo seed's mall, its dashboard and its visitor days are DEMO", async () => {
    const data = dataOf(
      await mpp.graphql<{
        mall: { origin: string };
        mallDashboard: { origin: string };
        deskDays: { edges: { node: { origin: string; source: string } }[] };
      }>(
        `query($id: ID!) { mall(id: $id) { origin } mallDashboard(mallId: $id) { origin } deskDays(mallId: $id, from: "2026-06-01", to: "2026-06-15", first: 50) { edges { node { origin source } } } }`,
        { id: BANJARMASIN },
        { caller: CALLERS.operator },
      ),
    );
    expect(data.mall.origin).toBe('DEMO');
    expect(data.mallDashboard.origin).toBe('DEMO');
    expect(data.deskDays.edges.length).toBeGreaterThan(0);
    expect(new Set(data.deskDays.edges.map((edge) => edge.node.origin))).toEqual(new Set(['DEMO']));
  });

  it('rule: the national counts KemenPAN-RB published are OFFICIAL with their source', async () => {
    const { nationalMallOverview } = dataOf(
      await mpp.graphql<{ nationalMallOverview: { publishedCounts: { count: number; origin: string; source: string }[] } }>(
        `{ nationalMallOverview { publishedCounts { count origin source } } }`,
        {},
        { caller: CALLERS.admin },
      ),
    );
    expect(nationalMallOverview.publishedCounts.map((row) => [row.count, row.origin])).toEqual([
      [3, 'OFFICIAL'],
      [43, 'OFFICIAL'],
      [103, 'OFFICIAL'],
      [152, 'OFFICIAL'],
      [272, 'OFFICIAL'],
      [305, 'OFFICIAL'],
    ]);
    expect(nationalMallOverview.publishedCounts.every((row) => row.source.startsWith('KemenPAN-RB'))).toBe(true);
  });

  it('rule: a mall registered in the system is not demo', async () => {
    const { createMall } = dataOf(
      await mpp.graphql<{ createMall: { id: string; origin: string } }>(
        `mutation($input: CreateMallInput!) { createMall(input: $input) { id origin } }`,
        {
          input: {
            name: 'MPP Kota Banjarmasin — Lokasi Banjarmasin Utara',
            regencyCode: '63.71',
            managingUnitId: stableId('unit', 'dpmptsp-63.71'),
            proposedOn: '2026-05-02',
          },
        },
        { caller: CALLERS.admin },
      ),
    );
    expect(createMall.origin).toBe('OFFICIAL');
  });
});
