import { DEMO_UNITS, unitId } from '../seed/demo-keys';
import { startFakeRegistry } from '../public-results/fake-registry';
import { CALLERS, errorOf, ok, SAMSAT_KALSEL, startSkm, type SkmHarness } from '../test-support/skm-test-app';

const LIST = `query($filter: SkmSurveyFilter, $first: Int, $after: String) {
  skmSurveys(filter: $filter, first: $first, after: $after) {
    totalCount pageInfo { hasNextPage endCursor } edges { node { id title serviceUnitId periodKind year number startsOn endsOn } } } }`;

interface Row {
  id: string;
  title: string;
  serviceUnitId: string | null;
  periodKind: string;
  year: number;
  number: number;
}
interface Answer {
  skmSurveys: { totalCount: number; pageInfo: { hasNextPage: boolean; endCursor: string | null }; edges: { node: Row }[] };
}

describe('skmSurveys: the survey list a person scans, filtered and searched on the server', () => {
  let skm: SkmHarness;
  let registry: Awaited<ReturnType<typeof startFakeRegistry>>;
  const list = async (filter: Record<string, unknown>, first = 100, after: string | null = null, caller = CALLERS.admin) =>
    ok(await skm.graphql<Answer>(LIST, { filter, first, after }, { caller })).skmSurveys;

  beforeAll(async () => {
    // The registry names the units; SKM keeps only their ids.
    registry = await startFakeRegistry(
      DEMO_UNITS.map((unit) => ({ id: unitId(unit.key), name: unit.key.replace(/-/g, ' ').toUpperCase(), regionCode: '63' })),
      new Map(),
    );
    process.env.REGISTRY_URL = registry.url;
    skm = await startSkm();
  });
  afterAll(async () => {
    await skm?.close();
    await registry?.close();
    delete process.env.REGISTRY_URL;
  });

  it('rule: a search finds a unit’s surveys by the unit’s registry name, though every title reads "SKM Triwulan …"', async () => {
    const found = await list({ search: 'samsat 63' });
    expect(found.totalCount).toBeGreaterThan(0);
    expect(new Set(found.edges.map((edge) => edge.node.serviceUnitId))).toEqual(new Set([SAMSAT_KALSEL]));
    expect(registry.asked).toContainEqual({ search: 'samsat 63' });
  });

  it('rule: a search also matches the title as a phrase, whatever the case and accents, and takes % and _ literally', async () => {
    const quarter2 = await list({ search: 'triwulan 2 2026' });
    expect(quarter2.totalCount).toBe(DEMO_UNITS.length);
    expect(quarter2.edges.every((edge) => edge.node.title === 'SKM Triwulan 2 2026')).toBe(true);
    expect((await list({ search: 'TRIWULÁN 2 2026' })).totalCount).toBe(DEMO_UNITS.length);
    expect((await list({ search: '%' })).totalCount).toBe(0);
  });

  it('rule: period and status filters narrow the list; the count is the filtered count', async () => {
    const running = await list({ periodKind: 'QUARTER', year: 2026, number: 2, status: 'OPEN' });
    expect(running.totalCount).toBe(DEMO_UNITS.length);
    expect(running.edges.every((edge) => edge.node.periodKind === 'QUARTER' && edge.node.number === 2)).toBe(true);
    expect((await list({ periodKind: 'QUARTER', year: 2026, number: 2, status: 'CLOSED' })).totalCount).toBe(0);
    const closed = await list({ periodKind: 'QUARTER', status: 'CLOSED' });
    expect(closed.totalCount).toBe(DEMO_UNITS.length * 3);
  });

  it('rule: pages come from the server, with no row twice and the same total on every page', async () => {
    const first = await list({ periodKind: 'QUARTER' }, 10);
    expect(first.edges).toHaveLength(10);
    expect(first.pageInfo.hasNextPage).toBe(true);
    const second = await list({ periodKind: 'QUARTER' }, 10, first.pageInfo.endCursor);
    expect(second.totalCount).toBe(first.totalCount);
    const ids = new Set(first.edges.map((edge) => edge.node.id));
    expect(second.edges.some((edge) => ids.has(edge.node.id))).toBe(false);
  });

  it('rule: the caller’s scope holds under a search — a desk finds only its own unit’s surveys', async () => {
    const other = await list({ search: 'dpmptsp' }, 100, null, CALLERS.deskSamsatKalsel);
    expect(other.totalCount).toBe(0);
    const own = await list({ search: 'triwulan' }, 100, null, CALLERS.deskSamsatKalsel);
    expect(new Set(own.edges.map((edge) => edge.node.serviceUnitId))).toEqual(new Set([SAMSAT_KALSEL]));
  });

  it('rule: a page costs the same statements however many rows it holds (one page, one count)', async () => {
    skm.queries.reset();
    await list({ periodKind: 'QUARTER' }, 5);
    const small = skm.queries.count;
    skm.queries.reset();
    await list({ periodKind: 'QUARTER' }, 50);
    expect(skm.queries.count).toBe(small);
  });

  it('refuses an unknown unit id as a typed error', async () => {
    const refused = await skm.graphql(LIST, { filter: { serviceUnitId: 'not-a-uuid' } }, { caller: CALLERS.admin });
    expect(errorOf(refused as never)).toEqual({ code: 'BAD_USER_INPUT', field: 'filter.serviceUnitId' });
  });
});
