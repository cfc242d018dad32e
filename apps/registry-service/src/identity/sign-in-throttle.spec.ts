import { graphqlFrom, internalRequest } from '../test-support/internal-http';
import { startRegistry, type RegistryHarness } from '../test-support/registry-test-app';

const SIGN_IN = `mutation($email: String!, $password: String!) { signIn(email: $email, password: $password) { accessToken } }`;
const RIGHT = 'simpul-demo';

describe('sign-in throttling (GraphQL signIn and /internal/sessions, counters in PostgreSQL)', () => {
  let registry: RegistryHarness;
  beforeAll(async () => {
    registry = await startRegistry();
  });
  afterAll(() => registry?.close());

  const signIn = (address: string, email: string, password: string) =>
    graphqlFrom<{ signIn: { accessToken: string } }>(registry, address, SIGN_IN, { email, password });

  it('40 wrong passwords, then the right one: throttled after 5, and the right password is RATE_LIMITED too', async () => {
    const codes: string[] = [];
    for (let attempt = 0; attempt < 40; attempt += 1) {
      codes.push(String((await signIn('10.2.0.1', 'te8@simpul.test', `salah-${attempt}`)).errors?.[0].extensions.code));
    }
    expect(codes.slice(0, 5)).toEqual(Array(5).fill('UNAUTHENTICATED'));
    expect(codes.slice(5)).toEqual(Array(35).fill('RATE_LIMITED'));

    const right = await signIn('10.2.0.1', 'te8@simpul.test', RIGHT);
    expect(right.data).toBeNull();
    expect(right.errors?.[0].extensions).toMatchObject({
      code: 'RATE_LIMITED',
      retryAfterSeconds: expect.any(Number),
      messages: {
        id: expect.stringMatching(/^Terlalu banyak percobaan masuk\. Coba lagi dalam \d+ detik\.$/),
        en: expect.stringMatching(/^Too many sign-in attempts/),
      },
    });
    expect(right.errors![0].extensions.retryAfterSeconds).toBeGreaterThan(0);
    // From another address the account is still throttled: the account counter is its own.
    expect((await signIn('10.2.0.99', 'TE8@simpul.test', RIGHT)).errors?.[0].extensions.code).toBe('RATE_LIMITED');
  });

  it('one request with 30 signIn aliases: each alias is an attempt of its own, and the first failure ends the request', async () => {
    // signIn returns a non-null payload, so GraphQL stops a mutation's serial fields at the first error:
    // one request can never try more than one wrong password.
    const aliases = Array.from(
      { length: 30 },
      (_, index) => `a${index}: signIn(email: "te9@simpul.test", password: "salah-${index}") { accessToken }`,
    );
    const result = await graphqlFrom(registry, '10.2.0.2', `mutation { ${aliases.join('\n')} }`);
    expect(result.data).toBeNull();
    expect(result.errors?.map((error) => `${String(error.path?.[0])}:${String(error.extensions.code)}`)).toEqual(['a0:UNAUTHENTICATED']);
    expect(await registry.sql(`SELECT failures FROM registry.sign_in_throttle WHERE key = 'account:te9@simpul.test'`)).toEqual([
      { failures: 1 },
    ]);
    // Four more one-alias requests reach the limit; then every alias, even the right password, is refused.
    for (let attempt = 0; attempt < 4; attempt += 1) await signIn('10.2.0.2', 'te9@simpul.test', 'salah');
    const right = await graphqlFrom(
      registry,
      '10.2.0.2',
      `mutation { a: signIn(email: "te9@simpul.test", password: "${RIGHT}") { accessToken } b: signIn(email: "te9@simpul.test", password: "${RIGHT}") { accessToken } }`,
    );
    expect(right.errors?.map((error) => error.extensions.code)).toEqual(['RATE_LIMITED']);
  });

  it('30 attempts at the same moment count 30: exactly 5 are checked, 25 refused (row lock per key)', async () => {
    const results = await Promise.all(
      Array.from({ length: 30 }, (_, index) => signIn(`10.2.1.${index}`, 'te2@simpul.test', `salah-${index}`)),
    );
    const codes = results.map((result) => String(result.errors?.[0].extensions.code));
    expect(codes.filter((code) => code === 'UNAUTHENTICATED')).toHaveLength(5);
    expect(codes.filter((code) => code === 'RATE_LIMITED')).toHaveLength(25);
  });

  it('throttles a client address after 20 failures, whichever accounts they were for', async () => {
    for (let attempt = 0; attempt < 20; attempt += 1) {
      const result = await signIn('10.2.0.3', `tidak.ada.${attempt % 10}@simpul.test`, 'salah');
      expect(result.errors?.[0].extensions.code).toBe('UNAUTHENTICATED');
    }
    expect((await signIn('10.2.0.3', 'te10@simpul.test', RIGHT)).errors?.[0].extensions.code).toBe('RATE_LIMITED');
    expect((await signIn('10.2.0.4', 'te10@simpul.test', RIGHT)).errors).toBeUndefined();
  });

  it('a success clears the account’s failures', async () => {
    for (let attempt = 0; attempt < 4; attempt += 1) await signIn('10.2.0.5', 'te11@simpul.test', 'salah');
    expect((await signIn('10.2.0.5', 'te11@simpul.test', RIGHT)).errors).toBeUndefined();
    for (let attempt = 0; attempt < 4; attempt += 1) {
      expect((await signIn('10.2.0.5', 'te11@simpul.test', 'salah')).errors?.[0].extensions.code).toBe('UNAUTHENTICATED');
    }
  });

  it('counts portal sign-ins at /internal/sessions too, answering 429 with the wait', async () => {
    for (let attempt = 0; attempt < 5; attempt += 1) {
      const response = await internalRequest(registry, '/internal/sessions', {
        body: { email: 'te12@simpul.test', password: 'salah' },
        forwardedFor: '10.2.0.6',
      });
      expect(response.status).toBe(401);
    }
    const limited = await internalRequest<{
      errors: { extensions: { code: string; retryAfterSeconds: number; messages: { id: string; en: string } } }[];
    }>(registry, '/internal/sessions', { body: { email: 'te12@simpul.test', password: RIGHT }, forwardedFor: '10.2.0.6' });
    expect(limited.status).toBe(429);
    expect(limited.body.errors[0].extensions).toMatchObject({
      code: 'RATE_LIMITED',
      retryAfterSeconds: expect.any(Number),
      messages: { id: expect.any(String), en: expect.any(String) },
    });
    expect(limited.headers.get('retry-after')).toBe(String(limited.body.errors[0].extensions.retryAfterSeconds));
    expect((await signIn('10.2.0.7', 'te12@simpul.test', RIGHT)).errors?.[0].extensions.code).toBe('RATE_LIMITED');
  });
});
