import { readAccessToken, readSecret, SESSION_ACCESS_TTL_SECONDS, stableId } from '@simpul/service-kit';
import { internalRequest } from '../test-support/internal-http';
import { SAMSAT_KALSEL, startRegistry, type RegistryHarness } from '../test-support/registry-test-app';

interface SessionBody {
  accessToken: string;
  expiresAt: string;
  refreshToken: string;
  refreshExpiresAt: string;
  user: {
    id: string;
    email: string;
    displayName: string;
    role: string;
    mallId: string | null;
    serviceUnit: { id: string; name: string } | null;
  };
}
type ErrorBody = { errors: { message: string; extensions: { code: string; field?: string; messages: { id: string; en: string } } }[] };

describe('portal sessions at /internal/sessions (real HTTP, real PostgreSQL)', () => {
  let registry: RegistryHarness;
  beforeAll(async () => {
    registry = await startRegistry();
  });
  afterAll(() => registry?.close());

  const create = (email: string, password: string) =>
    internalRequest<SessionBody & ErrorBody>(registry, '/internal/sessions', { body: { email, password }, forwardedFor: '10.3.0.1' });

  it.each([
    ['POST', '/internal/sessions'],
    ['POST', '/internal/sessions/refresh'],
    ['POST', '/internal/sessions/revoke'],
    ['GET', `/internal/users/${stableId('user', 'admin@simpul.test')}/token-state`],
  ] as const)('refuses %s %s without a valid internal token, exactly like /graphql', async (method, path) => {
    const response = await internalRequest<ErrorBody>(registry, path, {
      method,
      body: method === 'POST' ? { email: 'admin@simpul.test', password: 'simpul-demo' } : undefined,
      withoutInternalToken: true,
    });
    expect(response.status).toBe(401);
    expect(response.body.errors[0].extensions).toMatchObject({ code: 'UNAUTHENTICATED' });
  });

  it('signs in: a 15-minute access token with the token version, a refresh token for 30 days, the session user', async () => {
    const response = await create('Desk.Samsat-Kalsel@simpul.test', 'simpul-demo');
    expect(response.status).toBe(200);
    const body = response.body;
    expect(body.user).toEqual({
      id: stableId('user', 'desk.samsat-kalsel@simpul.test'),
      email: 'desk.samsat-kalsel@simpul.test',
      displayName: 'Desk SAMSAT Kalimantan Selatan',
      role: 'UNIT_DESK',
      mallId: null,
      serviceUnit: { id: SAMSAT_KALSEL, name: 'SAMSAT Kalimantan Selatan' },
    });
    expect(readAccessToken(body.accessToken, readSecret('JWT_SECRET'))).toMatchObject({
      ok: true,
      tokenVersion: 0,
      identity: { role: 'UNIT_DESK' },
    });
    expect(Date.parse(body.expiresAt) - Date.now()).toBeLessThanOrEqual(SESSION_ACCESS_TTL_SECONDS * 1000);
    expect(Date.parse(body.refreshExpiresAt) - Date.now()).toBeGreaterThan(29 * 24 * 3600_000);
    expect(body.refreshToken).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(JSON.stringify(await registry.sql('SELECT token_hash FROM registry.sessions'))).not.toContain(body.refreshToken);
  });

  it('refreshes (several tabs may use the same refresh token), and a revoked session no longer refreshes', async () => {
    const { body } = await create('admin@simpul.test', 'simpul-demo');
    const [one, two] = await Promise.all([
      internalRequest<{ accessToken: string; expiresAt: string; user: { role: string } }>(registry, '/internal/sessions/refresh', {
        body: { refreshToken: body.refreshToken },
      }),
      internalRequest<{ accessToken: string }>(registry, '/internal/sessions/refresh', { body: { refreshToken: body.refreshToken } }),
    ]);
    expect([one.status, two.status]).toEqual([200, 200]);
    expect(one.body.user.role).toBe('NATIONAL_ADMIN');
    expect(readAccessToken(one.body.accessToken, readSecret('JWT_SECRET'))).toMatchObject({ ok: true });

    expect((await internalRequest(registry, '/internal/sessions/revoke', { body: { refreshToken: body.refreshToken } })).status).toBe(204);
    const after = await internalRequest<ErrorBody>(registry, '/internal/sessions/refresh', { body: { refreshToken: body.refreshToken } });
    expect(after.status).toBe(401);
    expect(after.body.errors[0].extensions).toMatchObject({
      code: 'UNAUTHENTICATED',
      messages: { id: 'Sesi Anda telah berakhir; silakan masuk lagi.' },
    });
  });

  it('answers a wrong password with 401 and missing fields with 400, in both languages', async () => {
    const wrong = await create('admin@simpul.test', 'salah');
    expect(wrong.status).toBe(401);
    expect(wrong.body.errors[0].extensions).toMatchObject({
      code: 'UNAUTHENTICATED',
      messages: { id: 'Surel atau kata sandi salah.', en: 'The e-mail or password is wrong.' },
    });
    const missing = await internalRequest<ErrorBody>(registry, '/internal/sessions', { body: { email: 'admin@simpul.test' } });
    expect(missing.status).toBe(400);
    expect(missing.body.errors[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'password' });
    expect((await internalRequest(registry, '/internal/sessions/refresh', { body: { refreshToken: 'tidak-pernah-ada' } })).status).toBe(
      401,
    );
  });

  it('tells the token state of a user, 404 for an unknown one', async () => {
    const state = await internalRequest(registry, `/internal/users/${stableId('user', 'evaluator@simpul.test')}/token-state`, {
      method: 'GET',
    });
    expect(state).toMatchObject({ status: 200, body: { tokenVersion: 0, active: true } });
    expect(
      (await internalRequest(registry, `/internal/users/${stableId('user', 'tidak-ada')}/token-state`, { method: 'GET' })).status,
    ).toBe(404);
    expect((await internalRequest(registry, '/internal/users/bukan-uuid/token-state', { method: 'GET' })).status).toBe(404);
  });
});
