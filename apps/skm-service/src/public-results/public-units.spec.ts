import { stableId } from '@simpul/service-kit';
import { DEMO_UNITS, unitId } from '../seed/demo-keys';
import { CALLERS, errorOf, ok, startSkm, type SkmHarness } from '../test-support/skm-test-app';
import { startFakeRegistry, type FakeUnit } from './fake-registry';

const LIST = `query($search: String, $regionCode: String, $first: Int, $after: String) {
  skmPublicUnits(search: $search, regionCode: $regionCode, first: $first, after: $after) {
    totalCount pageInfo { hasNextPage endCursor }
    edges { node { serviceUnitId serviceUnit { id } latest { surveyId value periodLabel respondents sampleAdequate origin category { code } } } } } }`;

interface Listed {
  serviceUnitId: string;
  latest: { surveyId: string; value: number; periodLabel: string; respondents: number; sampleAdequate: boolean; origin: string };
}
interface ListAnswer {
  skmPublicUnits: { totalCount: number; pageInfo: { hasNextPage: boolean; endCursor: string | null }; edges: { node: Listed }[] };
}

const REGION: Record<string, string> = {
  'samsat-63': '63',
  'dpmptsp-63': '63',
  'samsat-62': '62',
  'dpmptsp-62': '62',
  'rsud-doris-sylvanus': '62.71',
  'dinsos-62': '62',
};
const TRIAL_UNIT = stableId('unit', 'puskesmas-uji-coba-63.71');
const UNITS: FakeUnit[] = [
  ...DEMO_UNITS.map((unit) => ({
    id: unitId(unit.key),
    name: unit.key.replace(/-/g, ' ').toUpperCase(),
    regionCode: REGION[unit.key] ?? '63.71',
  })),
  { id: TRIAL_UNIT, name: 'Puskesmas Uji Coba', regionCode: '63.71' },
  // Running this year (answers, no completed period): never listed.
  { id: unitId('samsat-11'), name: 'SAMSAT 11', regionCode: '11' },
];

describe('skmPublicUnits: the signed-out list of units with a published IKM', () => {
  let skm: SkmHarness;
  let registry: Awaited<ReturnType<typeof startFakeRegistry>>;
  const list = async (variables: Record<string, unknown>) => ok(await skm.graphql<ListAnswer>(LIST, variables)).skmPublicUnits;

  beforeAll(async () => {
    registry = await startFakeRegistry(UNITS, new Map());
    process.env.REGISTRY_URL = registry.url;
    skm = await startSkm();
  });
  afterAll(async () => {
    await skm?.close();
    await registry?.close();
    delete process.env.REGISTRY_URL;
  });

  it('lists, signed out, exactly the units whose headline IKM is published, highest first, each as its public page shows it', async () => {
    const all = await list({ first: 100 });
    const ids = all.edges.map((edge) => edge.node.serviceUnitId);
    expect(all.totalCount).toBe(ids.length);
    expect(ids).toEqual(expect.arrayContaining(DEMO_UNITS.map((unit) => unitId(unit.key))));
    // The 72 surveys of this year are still running (answers, no completed period): none is listed.
    expect(ids).not.toContain(unitId('samsat-11'));
    const values = all.edges.map((edge) => edge.node.latest.value);
    expect(values).toEqual([...values].sort((a, b) => b - a));
    for (const { node } of all.edges) expect(node.latest).toMatchObject({ sampleAdequate: true, origin: 'DEMO' });
    // The same figure as the unit's own headline (ServiceUnit.latestIkm).
    const entities = ok(
      await skm.graphql<{ _entities: { id: string; latestIkm: { surveyId: string; value: number } | null }[] }>(
        `query($r: [_Any!]!) { _entities(representations: $r) { ... on ServiceUnit { id latestIkm { surveyId value } } } }`,
        { r: ids.map((id) => ({ __typename: 'ServiceUnit', id })) },
      ),
    )._entities;
    expect(entities.map((entity) => entity.latestIkm)).toEqual(
      all.edges.map((edge) => ({ surveyId: edge.node.latest.surveyId, value: edge.node.latest.value })),
    );
  });

  it('pages without overlap', async () => {
    const first = await list({ first: 5 });
    expect(first.pageInfo.hasNextPage).toBe(true);
    const second = await list({ first: 5, after: first.pageInfo.endCursor });
    const a = first.edges.map((edge) => edge.node.serviceUnitId);
    const b = second.edges.map((edge) => edge.node.serviceUnitId);
    expect(b.some((id) => a.includes(id))).toBe(false);
    expect(second.totalCount).toBe(first.totalCount);
  });

  it('finds units by name and by region through the registry (every page of its matches)', async () => {
    const samsat = await list({ search: 'samsat' });
    expect(samsat.edges.map((edge) => edge.node.serviceUnitId).sort()).toEqual([unitId('samsat-62'), unitId('samsat-63')].sort());
    const kalteng = await list({ regionCode: '62' });
    expect(kalteng.edges.map((edge) => edge.node.serviceUnitId).sort()).toEqual(
      ['samsat-62', 'dpmptsp-62', 'rsud-doris-sylvanus', 'dinsos-62'].map(unitId).sort(),
    );
    const both = await list({ search: 'DPMPTSP', regionCode: '63' });
    expect(both.edges.map((edge) => edge.node.serviceUnitId).sort()).toEqual([unitId('dpmptsp-63'), unitId('dpmptsp-63.71')].sort());
    expect(registry.asked).toEqual(
      expect.arrayContaining([{ search: 'samsat' }, { regionCode: '62' }, { search: 'DPMPTSP', regionCode: '63' }]),
    );
    expect((await list({ search: 'tidak ada unit seperti ini' })).totalCount).toBe(0);
  });

  it('refuses a malformed region code with a typed error', async () => {
    expect(errorOf(await skm.graphql(LIST, { regionCode: '63; DROP' }))).toEqual({ code: 'BAD_USER_INPUT', field: 'regionCode' });
  });

  it('an unreviewed result stays off the list; once reviewed and adequate, it appears', async () => {
    const surveyId = ok(
      await skm.graphql<{ createSkmSurvey: { id: string } }>(
        `mutation($i: CreateSkmSurveyInput!) { createSkmSurvey(input: $i) { id } }`,
        { i: { title: 'SKM Triwulan I 2026', serviceUnitId: TRIAL_UNIT, periodKind: 'QUARTER', year: 2026, number: 1, expectedUsers: 10 } },
        { caller: CALLERS.admin },
      ),
    ).createSkmSurvey.id;
    const csv = ['U1,U2,U3,U4,U5,U6,U7,U8,U9,answered_on', ...Array.from({ length: 12 }, () => '4,4,4,3,4,4,3,4,4,2026-02-10')].join('\n');
    const batchId = ok(
      await skm.graphql<{ importSkmResponses: { status: string; batchId: string } }>(
        `mutation($id: ID!, $content: String!) { importSkmResponses(surveyId: $id, fileName: "kertas.csv", format: CSV, contentBase64: $content) { status batchId } }`,
        { id: surveyId, content: Buffer.from(csv).toString('base64') },
        { caller: CALLERS.admin },
      ),
    ).importSkmResponses.batchId;
    // Paper answers wait for an admin's review: not published yet, whatever the search.
    expect((await list({ search: 'uji coba' })).totalCount).toBe(0);
    expect((await list({ first: 100 })).edges.map((edge) => edge.node.serviceUnitId)).not.toContain(TRIAL_UNIT);
    ok(
      await skm.graphql(
        `mutation($b: ID!) { reviewSkmImportBatch(batchId: $b, decision: KEEP) { __typename } }`,
        { b: batchId },
        { caller: CALLERS.admin },
      ),
    );
    const found = await list({ search: 'uji coba' });
    expect(found.edges.map((edge) => edge.node)).toEqual([
      expect.objectContaining({
        serviceUnitId: TRIAL_UNIT,
        latest: expect.objectContaining({ surveyId, respondents: 12, periodLabel: 'Triwulan I 2026', origin: 'OFFICIAL' }),
      }),
    ]);
  });
});
