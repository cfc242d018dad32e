import { linkIn } from '../test-support/internal-http';
import { CALLERS, startRegistry, type RegistryHarness } from '../test-support/registry-test-app';

const DEACTIVATE = `mutation($id: ID!) { deactivateUser(id: $id) { id status } }`;
const RESET = `mutation($email: String!) { requestPasswordReset(email: $email) }`;
const SET_PASSWORD = `mutation($token: String!, $password: String!) { setPassword(token: $token, password: $password) { accessToken } }`;
const EMAIL = `query($id: ID!) { user(id: $id) { email } }`;
const HISTORY = `query($id: ID!) { user(id: $id) { id changes { totalCount edges { node { actorId actorName action objectType changes { field before after } } } } } }`;

interface History {
  totalCount: number;
  edges: {
    node: {
      actorId: string | null;
      actorName: string | null;
      action: string;
      objectType: string;
      changes: { field: string; before: string | null; after: string | null }[];
    };
  }[];
}

describe("a user's history (GraphQL over HTTP, real PostgreSQL)", () => {
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
    expect(fields.filter((field) => /password_hash|token|hash/i.test(field))).toEqual([]);
    expect(fields).toContain('email');
  });

  it('records that the password was reset, by the person, as a time and never the hash', async () => {
    const target = CALLERS.operator.userId;
    const email = (await registry.graphql<{ user: { email: string } }>(EMAIL, { id: target }, { caller: CALLERS.admin })).data!.user.email;
    expect((await registry.graphql(RESET, { email })).errors).toBeUndefined();
    const { token } = linkIn((await registry.smtp.nextMailTo(email)).text);
    expect((await registry.graphql(SET_PASSWORD, { token, password: 'gerimis-lampu-kopi-delapan' })).errors).toBeUndefined();
    const result = await registry.graphql<{ user: { changes: History } }>(HISTORY, { id: target }, { caller: CALLERS.admin });
    const latest = result.data!.user.changes.edges[0].node;
    expect(latest).toMatchObject({ actorId: target, action: 'UPDATE', objectType: 'User' });
    expect(latest.changes.map((change) => change.field)).toEqual(['passwordChangedAt']);
    expect(latest.changes[0].after).toEqual(expect.any(String));
  });

  it('is refused to a desk or an evaluator', async () => {
    for (const caller of [CALLERS.deskSamsatKalsel, CALLERS.evaluator]) {
      const result = await registry.graphql(HISTORY, { id: CALLERS.deskSamsatKalsel.userId }, { caller });
      expect(result.errors?.[0].extensions.code).toBe('FORBIDDEN');
    }
  });
});
