import { CALLERS, startRegistry, type RegistryHarness } from '../test-support/registry-test-app';

const DEACTIVATE = `mutation($id: ID!) { deactivateUser(id: $id) { id status } }`;
const HISTORY = `query($id: ID!) { user(id: $id) { id changes { totalCount edges { node { actorId actorName action objectType changes { field before after } } } } } }`;

interface History { totalCount: number; edges: { node: { actorId: string | null; actorName: string | null; action: string; objectType: string; changes: { field: string; before: string | null; after: string | null }[] } }[] }

describe('a user\'s history (GraphQL over HTTP, real PostgreSQL)', () => {
  let registry: RegistryHarness;
  beforeAll(async () => {
    registry = await startRegistry();
  });
  afterAll(() => registry?.close());

  it('records who deactivated an account, and never a password hash or token', async () => {
    const target = CALLERS.deskDpmptspKalteng.userId;
    const deactivated = await registry.graphql(DEACTIVATE, { id: target }, { caller: CALLERS.admin });
    expect(deactivated.errors).toBeUndefined();
    const result = await registry.graphql<{ user: { changes: History } }>(HISTORY, { id: target }, { caller: CALLERS.admin });
    expect(result.errors).toBeUndefined();
    const [latest, ...earlier] = result.data!.user.changes.edges.map((edge) => edge.node);
    expect(latest).toMatchObject({ actorId: CALLERS.admin.userId, action: 'UPDATE', objectType: 'User' });
    expect(latest.changes).toContainEqual({ field: 'status', before: 'ACTIVE', after: 'DEACTIVATED' });
    const fields = [latest, ...earlier].flatMap((entry) => entry.changes.map((change) => change.field));
    expect(fields.filter((field) => /password|token|hash/i.test(field))).toEqual([]);
    expect(fields).toContain('email');
  });

  it('is refused to a desk or an evaluator', async () => {
    for (const caller of [CALLERS.deskSamsatKalsel, CALLERS.evaluator]) {
      const result = await registry.graphql(HISTORY, { id: CALLERS.deskSamsatKalsel.userId }, { caller });
      expect(result.errors?.[0].extensions.code).toBe('FORBIDDEN');
    }
  });
});
