import { readAccessToken, readSecret, stableId } from '@simpul/service-kit';
import { CALLERS, DPMPTSP_KALSEL, SAMSAT_KALSEL, startRegistry, type RegistryHarness } from '../test-support/registry-test-app';

const SIGN_IN = `mutation($email: String!, $password: String!) { signIn(email: $email, password: $password) { accessToken expiresAt user { email role serviceUnit { id name } mallId } } }`;

describe('identity (GraphQL over HTTP, real PostgreSQL)', () => {
  let registry: RegistryHarness;
  beforeAll(async () => {
    registry = await startRegistry();
  });
  afterAll(() => registry?.close());

  it('signs in with the right password and issues a token whose identity carries the binding', async () => {
    const result = await registry.graphql<{
      signIn: { accessToken: string; expiresAt: string; user: { role: string; serviceUnit: { id: string; name: string } } };
    }>(SIGN_IN, { email: 'Desk.Samsat-Kalsel@simpul.test', password: 'simpul-demo' });
    expect(result.errors).toBeUndefined();
    const payload = result.data!.signIn;
    expect(payload.user).toMatchObject({ role: 'UNIT_DESK', serviceUnit: { id: SAMSAT_KALSEL, name: 'SAMSAT Kalimantan Selatan' } });
    expect(Date.parse(payload.expiresAt)).toBeGreaterThan(Date.now() + 7 * 3600_000);
    const check = readAccessToken(payload.accessToken, readSecret('JWT_SECRET'));
    expect(check).toEqual({
      ok: true,
      tokenVersion: 0,
      identity: expect.objectContaining({
        role: 'UNIT_DESK',
        serviceUnitId: SAMSAT_KALSEL,
        mallId: null,
        email: 'desk.samsat-kalsel@simpul.test',
      }),
    });
  });

  it.each([
    [
      'the KIPP local admin of Kalimantan Selatan, as the desk of the provincial DPMPTSP',
      'admin.kalsel@simpul.test',
      'UNIT_DESK',
      DPMPTSP_KALSEL,
    ],
    ['the KIPP panel (TPI) chair, as an evaluator', 'panel@simpul.test', 'EVALUATOR', null],
    ['a KIPP Tim Evaluasi member, as an evaluator', 'te2@simpul.test', 'EVALUATOR', null],
  ])('signs in %s with the id the KIPP seed binds', async (_label, email, role, serviceUnitId) => {
    const result = await registry.graphql<{ signIn: { accessToken: string } }>(SIGN_IN, { email, password: 'simpul-demo' });
    expect(result.errors).toBeUndefined();
    const check = readAccessToken(result.data!.signIn.accessToken, readSecret('JWT_SECRET'));
    expect(check).toEqual({
      ok: true,
      tokenVersion: 0,
      identity: expect.objectContaining({ userId: stableId('user', email), role, serviceUnitId }),
    });
  });

  it('binds the MPP operator to the Banjarmasin mall', async () => {
    const result = await registry.graphql<{ signIn: { user: { mallId: string } } }>(SIGN_IN, {
      email: 'operator.banjarmasin@simpul.test',
      password: 'simpul-demo',
    });
    expect(result.data!.signIn.user.mallId).toBe(CALLERS.operator.mallId);
  });

  it.each([
    ['a wrong password', 'admin@simpul.test', 'wrong'],
    ['an unknown e-mail', 'nobody@simpul.test', 'simpul-demo'],
  ])('refuses %s with UNAUTHENTICATED', async (_label, email, password) => {
    const result = await registry.graphql(SIGN_IN, { email, password });
    expect(result.data).toBeNull();
    expect(result.errors?.[0].extensions.code).toBe('UNAUTHENTICATED');
  });

  it('me is the caller, and null for the public', async () => {
    const me = await registry.graphql<{ me: { email: string; role: string } }>('{ me { email role } }', {}, { caller: CALLERS.admin });
    expect(me.data!.me).toEqual({ email: 'admin@simpul.test', role: 'NATIONAL_ADMIN' });
    expect((await registry.graphql('{ me { email } }')).data).toEqual({ me: null });
  });
});
