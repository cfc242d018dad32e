import { readAccessToken, readSecret, stableId } from '@simpul/service-kit';
import { BANJARMASIN_MALL } from '../test-support/fake-mpp';
import { internalRequest, linkIn } from '../test-support/internal-http';
import {
  CALLERS,
  DPMPTSP_KALSEL,
  DPMPTSP_KALTENG,
  SAMSAT_KALSEL,
  startRegistry,
  type RegistryHarness,
} from '../test-support/registry-test-app';

const USERS = `query($first: Int, $after: String, $filter: UserFilter) {
  users(first: $first, after: $after, filter: $filter) { totalCount edges { cursor node { email name role status serviceUnitId mallId } } pageInfo { hasNextPage endCursor } }
}`;
const SIGN_IN = `mutation($email: String!, $password: String!) { signIn(email: $email, password: $password) { accessToken user { role } } }`;
const DEACTIVATE = `mutation($id: ID!) { deactivateUser(id: $id) { id status } }`;
const REACTIVATE = `mutation($id: ID!) { reactivateUser(id: $id) { id status } }`;
const UPDATE_ROLE = `mutation($id: ID!, $role: Role!, $serviceUnitId: ID, $mallId: ID) { updateUserRole(id: $id, role: $role, serviceUnitId: $serviceUnitId, mallId: $mallId) { id role serviceUnitId mallId } }`;
const SET_PASSWORD = `mutation($token: String!, $password: String!) { setPassword(token: $token, password: $password) { accessToken user { status } } }`;
const RESET = `mutation($email: String!, $language: String) { requestPasswordReset(email: $email, language: $language) }`;

interface UserRow {
  email: string;
  name: string;
  role: string;
  status: string;
  serviceUnitId: string | null;
  mallId: string | null;
}
type UsersPage = {
  users: { totalCount: number; edges: { cursor: string; node: UserRow }[]; pageInfo: { hasNextPage: boolean; endCursor: string | null } };
};

const userId = (email: string) => stableId('user', email);

describe('accounts (GraphQL over HTTP, real PostgreSQL)', () => {
  let registry: RegistryHarness;
  beforeAll(async () => {
    registry = await startRegistry();
  });
  afterAll(() => registry?.close());

  const tokenState = async (id: string) =>
    (await internalRequest<{ tokenVersion: number; active: boolean }>(registry, `/internal/users/${id}/token-state`, { method: 'GET' }))
      .body;

  describe('users', () => {
    it('pages through every account for a national admin, sorted by name', async () => {
      const first = await registry.graphql<UsersPage>(USERS, { first: 5 }, { caller: CALLERS.admin });
      expect(first.errors).toBeUndefined();
      const all = await registry.sql<{ email: string }>('SELECT email FROM registry.users ORDER BY display_name, id');
      expect(first.data!.users.totalCount).toBe(all.length);
      expect(first.data!.users.edges.map((edge) => edge.node.email)).toEqual(all.slice(0, 5).map((row) => row.email));
      const next = await registry.graphql<UsersPage>(
        USERS,
        { first: 5, after: first.data!.users.pageInfo.endCursor },
        { caller: CALLERS.admin },
      );
      expect(next.data!.users.edges.map((edge) => edge.node.email)).toEqual(all.slice(5, 10).map((row) => row.email));
      expect(next.data!.users.pageInfo.hasNextPage).toBe(true);
    });

    it('filters by words of the name or e-mail, role, status and binding', async () => {
      const byText = await registry.graphql<UsersPage>(USERS, { filter: { text: 'samsat kalimantan' } }, { caller: CALLERS.admin });
      expect(byText.data!.users.edges.map((edge) => edge.node.email)).toEqual(['desk.samsat-kalsel@simpul.test']);
      const operators = await registry.graphql<UsersPage>(
        USERS,
        { filter: { role: 'MPP_OPERATOR', mallId: BANJARMASIN_MALL } },
        { caller: CALLERS.admin },
      );
      expect(operators.data!.users.edges.map((edge) => edge.node.email)).toEqual(['operator.banjarmasin@simpul.test']);
      const desks = await registry.graphql<UsersPage>(
        USERS,
        { filter: { serviceUnitId: DPMPTSP_KALSEL, status: 'ACTIVE' } },
        { caller: CALLERS.admin },
      );
      expect(desks.data!.users.edges.map((edge) => edge.node.email)).toEqual(['admin.kalsel@simpul.test']);
      const invited = await registry.graphql<UsersPage>(USERS, { filter: { status: 'INVITED' } }, { caller: CALLERS.admin });
      expect(invited.data!.users.totalCount).toBe(0);
    });

    it('shows an MPP operator its mall’s operators and the desks of its tenants only', async () => {
      const result = await registry.graphql<UsersPage>(USERS, { first: 100 }, { caller: CALLERS.operator });
      expect(result.errors).toBeUndefined();
      expect(result.data!.users.edges.map((edge) => edge.node.email).sort()).toEqual([
        'admin.kalsel@simpul.test',
        'desk.samsat-kalsel@simpul.test',
        'operator.banjarmasin@simpul.test',
      ]);
      const hidden = await registry.graphql<{ user: UserRow | null }>(
        `query($id: ID!) { user(id: $id) { email } }`,
        { id: userId('desk.dpmptsp-kalteng@simpul.test') },
        { caller: CALLERS.operator },
      );
      expect(hidden.data!.user).toBeNull();
      const shown = await registry.graphql<{ user: UserRow | null }>(
        `query($id: ID!) { user(id: $id) { email } }`,
        { id: userId('desk.samsat-kalsel@simpul.test') },
        { caller: CALLERS.operator },
      );
      expect(shown.data!.user).toEqual({ email: 'desk.samsat-kalsel@simpul.test' });
    });

    it.each([
      ['a desk', CALLERS.deskSamsatKalsel, 'FORBIDDEN'],
      ['an evaluator', CALLERS.evaluator, 'FORBIDDEN'],
      ['the public', null, 'UNAUTHENTICATED'],
    ])('refuses %s', async (_label, caller, code) => {
      const result = await registry.graphql(USERS, {}, { caller: caller as typeof CALLERS.admin });
      expect(result.errors?.[0].extensions.code).toBe(code);
      const one = await registry.graphql(
        `query($id: ID!) { user(id: $id) { email } }`,
        { id: userId('admin@simpul.test') },
        { caller: caller as typeof CALLERS.admin },
      );
      expect(one.errors?.[0].extensions.code).toBe(code);
    });
  });

  describe('deactivate and reactivate', () => {
    const evaluator = userId('te3@simpul.test');

    it('a deactivated person cannot sign in, and every token and session it had ends', async () => {
      const session = await internalRequest<{ refreshToken: string }>(registry, '/internal/sessions', {
        body: { email: 'te3@simpul.test', password: 'simpul-demo' },
        forwardedFor: '10.1.0.1',
      });
      expect(session.status).toBe(200);
      const before = await tokenState(evaluator);
      expect(before).toEqual({ tokenVersion: 0, active: true });

      const result = await registry.graphql<{ deactivateUser: { status: string } }>(
        DEACTIVATE,
        { id: evaluator },
        { caller: CALLERS.admin },
      );
      expect(result.data!.deactivateUser.status).toBe('DEACTIVATED');
      expect(await tokenState(evaluator)).toEqual({ tokenVersion: 1, active: false });
      expect(
        (await internalRequest(registry, '/internal/sessions/refresh', { body: { refreshToken: session.body.refreshToken } })).status,
      ).toBe(401);

      const signIn = await registry.graphql(SIGN_IN, { email: 'te3@simpul.test', password: 'simpul-demo' });
      expect(signIn.errors?.[0].extensions).toMatchObject({
        code: 'UNAUTHENTICATED',
        messages: { en: 'This account has been deactivated. Ask your administrator.' },
      });
      // Asking for a reset sends nothing to a deactivated account, and says nothing about it.
      expect((await registry.graphql(RESET, { email: 'te3@simpul.test' })).data).toEqual({ requestPasswordReset: true });
    });

    it('a reactivated person signs in again', async () => {
      const result = await registry.graphql<{ reactivateUser: { status: string } }>(
        REACTIVATE,
        { id: evaluator },
        { caller: CALLERS.admin },
      );
      expect(result.data!.reactivateUser.status).toBe('ACTIVE');
      expect(await tokenState(evaluator)).toEqual({ tokenVersion: 1, active: true });
      const signIn = await registry.graphql<{ signIn: { accessToken: string } }>(SIGN_IN, {
        email: 'te3@simpul.test',
        password: 'simpul-demo',
      });
      expect(readAccessToken(signIn.data!.signIn.accessToken, readSecret('JWT_SECRET'))).toMatchObject({ ok: true, tokenVersion: 1 });
    });

    it('nobody deactivates themself', async () => {
      const result = await registry.graphql(DEACTIVATE, { id: CALLERS.admin.userId }, { caller: CALLERS.admin });
      expect(result.errors?.[0].extensions).toMatchObject({
        code: 'FORBIDDEN',
        field: 'id',
        messages: { id: 'Anda tidak dapat menonaktifkan akun Anda sendiri.' },
      });
    });

    it('an MPP operator deactivates a desk of its tenant, but cannot reach other accounts', async () => {
      const desk = await registry.graphql<{ deactivateUser: { status: string } }>(
        DEACTIVATE,
        { id: userId('desk.samsat-kalsel@simpul.test') },
        { caller: CALLERS.operator },
      );
      expect(desk.data!.deactivateUser.status).toBe('DEACTIVATED');
      await registry.graphql(REACTIVATE, { id: userId('desk.samsat-kalsel@simpul.test') }, { caller: CALLERS.operator });
      const other = await registry.graphql(DEACTIVATE, { id: userId('desk.dpmptsp-kalteng@simpul.test') }, { caller: CALLERS.operator });
      expect(other.errors?.[0].extensions).toMatchObject({ code: 'NOT_FOUND', field: 'id' });
      const byDesk = await registry.graphql(DEACTIVATE, { id: userId('te4@simpul.test') }, { caller: CALLERS.deskSamsatKalsel });
      expect(byDesk.errors?.[0].extensions.code).toBe('FORBIDDEN');
    });
  });

  describe('updateUserRole', () => {
    const person = userId('te5@simpul.test');

    it('moves an evaluator to a unit desk; the old tokens and sessions end', async () => {
      const result = await registry.graphql<{ updateUserRole: UserRow }>(
        UPDATE_ROLE,
        { id: person, role: 'UNIT_DESK', serviceUnitId: DPMPTSP_KALTENG },
        { caller: CALLERS.admin },
      );
      expect(result.errors).toBeUndefined();
      expect(result.data!.updateUserRole).toMatchObject({ role: 'UNIT_DESK', serviceUnitId: DPMPTSP_KALTENG, mallId: null });
      expect(await tokenState(person)).toEqual({ tokenVersion: 1, active: true });
      const signIn = await registry.graphql<{ signIn: { user: { role: string } } }>(SIGN_IN, {
        email: 'te5@simpul.test',
        password: 'simpul-demo',
      });
      expect(signIn.data!.signIn.user.role).toBe('UNIT_DESK');
    });

    it('the same role and binding again changes nothing', async () => {
      await registry.graphql(UPDATE_ROLE, { id: person, role: 'UNIT_DESK', serviceUnitId: DPMPTSP_KALTENG }, { caller: CALLERS.admin });
      expect((await tokenState(person)).tokenVersion).toBe(1);
    });

    it.each([
      ['a desk without a unit', { role: 'UNIT_DESK' }, 'BAD_USER_INPUT', 'serviceUnitId'],
      ['an operator without a mall', { role: 'MPP_OPERATOR' }, 'BAD_USER_INPUT', 'mallId'],
      ['an evaluator keeping a unit', { role: 'EVALUATOR', serviceUnitId: SAMSAT_KALSEL }, 'BAD_USER_INPUT', 'serviceUnitId'],
      ['an operator of an unknown mall', { role: 'MPP_OPERATOR', mallId: stableId('mall', 'tidak-ada') }, 'BAD_USER_INPUT', 'mallId'],
    ])('refuses %s', async (_label, change, code, field) => {
      const result = await registry.graphql(UPDATE_ROLE, { id: person, ...change }, { caller: CALLERS.admin });
      expect(result.errors?.[0].extensions).toMatchObject({ code, field, messages: { id: expect.any(String), en: expect.any(String) } });
    });

    it('nobody changes their own role', async () => {
      const result = await registry.graphql(UPDATE_ROLE, { id: CALLERS.admin.userId, role: 'EVALUATOR' }, { caller: CALLERS.admin });
      expect(result.errors?.[0].extensions).toMatchObject({ code: 'FORBIDDEN', field: 'id' });
    });

    it('an MPP operator may not make a desk of its tenant into an evaluator', async () => {
      const result = await registry.graphql(
        UPDATE_ROLE,
        { id: userId('admin.kalsel@simpul.test'), role: 'EVALUATOR' },
        { caller: CALLERS.operator },
      );
      expect(result.errors?.[0].extensions).toMatchObject({ code: 'FORBIDDEN', field: 'role' });
    });
  });

  describe('lupa kata sandi', () => {
    it('always answers true, and sends nothing for an unknown address', async () => {
      const before = registry.smtp.received.length;
      expect((await registry.graphql(RESET, { email: 'tidak.ada@simpul.test' })).data).toEqual({ requestPasswordReset: true });
      expect(registry.smtp.received.length).toBe(before);
    });

    it('sends a reset link; the new password ends every earlier token and session, the old password stops working', async () => {
      const session = await internalRequest<{ refreshToken: string }>(registry, '/internal/sessions', {
        body: { email: 'te6@simpul.test', password: 'simpul-demo' },
        forwardedFor: '10.1.0.2',
      });
      expect((await registry.graphql(RESET, { email: 'TE6@simpul.test', language: 'en' })).data).toEqual({ requestPasswordReset: true });
      const mail = await registry.smtp.nextMailTo('te6@simpul.test');
      expect(mail.subject).toBe('Reset your Simpul password');
      const link = linkIn(mail.text);
      expect(link.reset).toBe(true);
      expect(mail.html).toContain(link.url.replace('&', '&amp;'));

      const set = await registry.graphql<{ setPassword: { accessToken: string; user: { status: string } } }>(SET_PASSWORD, {
        token: link.token,
        password: 'jendela-biru-hujan-sore',
      });
      expect(set.errors).toBeUndefined();
      expect(readAccessToken(set.data!.setPassword.accessToken, readSecret('JWT_SECRET'))).toMatchObject({ ok: true, tokenVersion: 1 });
      expect(await tokenState(userId('te6@simpul.test'))).toEqual({ tokenVersion: 1, active: true });
      expect(
        (await internalRequest(registry, '/internal/sessions/refresh', { body: { refreshToken: session.body.refreshToken } })).status,
      ).toBe(401);
      expect((await registry.graphql(SIGN_IN, { email: 'te6@simpul.test', password: 'simpul-demo' })).errors?.[0].extensions.code).toBe(
        'UNAUTHENTICATED',
      );
      expect((await registry.graphql(SIGN_IN, { email: 'te6@simpul.test', password: 'jendela-biru-hujan-sore' })).errors).toBeUndefined();
    });

    it('sends at most one e-mail a minute to the same account', async () => {
      await registry.graphql(RESET, { email: 'te7@simpul.test' });
      await registry.smtp.nextMailTo('te7@simpul.test');
      const before = registry.smtp.received.length;
      expect((await registry.graphql(RESET, { email: 'te7@simpul.test' })).data).toEqual({ requestPasswordReset: true });
      expect(registry.smtp.received.length).toBe(before);
    });
  });
});
