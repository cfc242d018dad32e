import { CALLERS, SAMSAT_KALSEL, startRegistry, type RegistryHarness } from '../test-support/registry-test-app';

const LOG = `query($filter: AuditFilter, $first: Int, $after: String) { registryAuditLog(filter: $filter, first: $first, after: $after) {
  totalCount edges { cursor node { id at actorId actorName action objectType objectId changes { field before after } } } pageInfo { hasNextPage endCursor }
} }`;
const UPDATE_UNIT = `mutation($id: ID!, $input: UpdateServiceUnitInput!) { updateServiceUnit(id: $id, input: $input) { id } }`;
const CREATE_AGENCY = `mutation($input: AgencyInput!) { createAgency(input: $input) { id } }`;

interface Entry {
  id: string;
  at: string;
  actorId: string | null;
  actorName: string | null;
  action: string;
  objectType: string;
  objectId: string;
  changes: { field: string }[];
}
interface Log {
  registryAuditLog: {
    totalCount: number;
    edges: { cursor: string; node: Entry }[];
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
  };
}

describe('the registry audit log (GraphQL over HTTP, real PostgreSQL)', () => {
  let registry: RegistryHarness;
  const admin = { caller: CALLERS.admin };
  let startedAt: string;
  beforeAll(async () => {
    registry = await startRegistry();
    startedAt = new Date(Date.now() - 1000).toISOString();
    await registry.graphql(
      UPDATE_UNIT,
      { id: SAMSAT_KALSEL, input: { website: 'https://samsat.kalselprov.go.id' } },
      { caller: CALLERS.deskSamsatKalsel },
    );
    await registry.graphql(CREATE_AGENCY, { input: { name: 'Dinas Uji Audit', type: 'KOTA', regionCode: '63.71' } }, admin);
  });
  afterAll(() => registry?.close());

  const log = async (variables: Record<string, unknown>, caller = CALLERS.admin) => registry.graphql<Log>(LOG, variables, { caller });

  it("lists every change newest first, the seed's as the system's", async () => {
    const result = await log({ first: 2 });
    expect(result.errors).toBeUndefined();
    const [agency, unit] = result.data!.registryAuditLog.edges.map((edge) => edge.node);
    expect(agency).toMatchObject({ objectType: 'Agency', action: 'CREATE', actorId: CALLERS.admin.userId });
    expect(unit).toMatchObject({
      objectType: 'ServiceUnit',
      objectId: SAMSAT_KALSEL,
      actorId: CALLERS.deskSamsatKalsel.userId,
      changes: [{ field: 'website' }],
    });
    const seeded = await log({ filter: { to: startedAt }, first: 1 });
    expect(seeded.data!.registryAuditLog.totalCount).toBeGreaterThan(100);
    expect(seeded.data!.registryAuditLog.edges[0].node).toMatchObject({ action: 'CREATE', actorId: null, actorName: null });
  });

  it('filters by person, object type and time', async () => {
    const byDesk = await log({ filter: { actorId: CALLERS.deskSamsatKalsel.userId } });
    expect(byDesk.data!.registryAuditLog.edges.map((edge) => edge.node.objectId)).toEqual([SAMSAT_KALSEL]);
    const agencies = await log({ filter: { objectType: 'Agency', from: startedAt } });
    expect(agencies.data!.registryAuditLog.totalCount).toBe(1);
    const since = await log({ filter: { from: startedAt } });
    expect(since.data!.registryAuditLog.totalCount).toBe(2);
    const future = await log({ filter: { from: new Date(Date.now() + 3_600_000).toISOString() } });
    expect(future.data!.registryAuditLog.totalCount).toBe(0);
  });

  it('pages with cursors without repeating an entry', async () => {
    const first = (await log({ first: 3 })).data!.registryAuditLog;
    const second = (await log({ first: 3, after: first.pageInfo.endCursor })).data!.registryAuditLog;
    const ids = [...first.edges, ...second.edges].map((edge) => edge.node.id);
    expect(new Set(ids).size).toBe(6);
    expect(second.totalCount).toBe(first.totalCount);
  });

  it('refuses an unknown object type, an inverted period and a bad cursor with the field named', async () => {
    expect((await log({ filter: { objectType: 'Mall' } })).errors?.[0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'filter.objectType',
    });
    expect((await log({ filter: { from: '2026-02-02T00:00:00Z', to: '2026-02-01T00:00:00Z' } })).errors?.[0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'filter.to',
    });
    expect((await log({ after: 'nonsense' })).errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'after' });
  });

  it('is for the national admin only', async () => {
    for (const caller of [CALLERS.deskSamsatKalsel, CALLERS.operator, CALLERS.evaluator]) {
      expect((await log({}, caller)).errors?.[0].extensions.code).toBe('FORBIDDEN');
    }
    expect((await registry.graphql(LOG, {})).errors?.[0].extensions.code).toBe('UNAUTHENTICATED');
  });

  it('a refused write leaves no entry', async () => {
    const before = (await log({})).data!.registryAuditLog.totalCount;
    const refused = await registry.graphql(
      UPDATE_UNIT,
      { id: SAMSAT_KALSEL, input: { website: 'ftp://nope', address: 'Tidak tersimpan' } },
      { caller: CALLERS.deskSamsatKalsel },
    );
    expect(refused.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.website' });
    expect((await log({})).data!.registryAuditLog.totalCount).toBe(before);
  });
});
