import { composeTestSupergraph } from '../testing/compose-test-supergraph';
import { startTestGateway, type TestGateway } from '../testing/test-gateway';
import { startTestSubgraph, TEST_SUBGRAPH_SDL, type TestSubgraph } from '../testing/test-subgraph';

const jwtSecret = 'session-spec-access-secret-0123456789';
const internalSecret = 'session-spec-internal-secret-0123456789';
const PORTAL = 'http://localhost:4200';

/** What /auth answers with: a session on success, GraphQL-shaped errors when refused (one or the other). */
interface AnswerBody {
  accessToken?: string;
  expiresAt?: string;
  user: { id: string } & Record<string, unknown>;
  errors: { message: string; extensions: { code: string } & Record<string, unknown> }[];
}

interface Answer {
  status: number;
  body: AnswerBody;
  setCookie: string | null;
  headers: Headers;
}

async function call(
  gateway: TestGateway,
  path: string,
  options: { body?: unknown; cookie?: string; headers?: Record<string, string> } = {},
): Promise<Answer> {
  const headers: Record<string, string> = { 'content-type': 'application/json', origin: PORTAL, ...options.headers };
  if (options.cookie) headers.cookie = options.cookie;
  const response = await fetch(`${gateway.url}${path}`, { method: 'POST', headers, body: JSON.stringify(options.body ?? {}) });
  const text = await response.text();
  return {
    status: response.status,
    body: (text ? JSON.parse(text) : {}) as AnswerBody,
    setCookie: response.headers.get('set-cookie'),
    headers: response.headers,
  };
}

/** `simpul_session=<value>` from a Set-Cookie line, as the browser would send it back. */
const cookieOf = (setCookie: string | null) => (setCookie ?? '').split(';')[0];

describe('portal sessions at /auth', () => {
  let subgraph: TestSubgraph;
  let gateway: TestGateway;

  beforeAll(async () => {
    subgraph = await startTestSubgraph(internalSecret);
    subgraph.internal.addAccount({
      id: 'u-admin',
      email: 'admin@simpul.test',
      password: 'correct horse battery',
      displayName: 'Admin Nasional',
      role: 'NATIONAL_ADMIN',
    });
    gateway = await startTestGateway({
      supergraphSdl: composeTestSupergraph([{ name: 'test', url: subgraph.url, sdl: TEST_SUBGRAPH_SDL }]),
      jwtSecret,
      internalSecret,
    });
  });

  afterAll(async () => {
    await gateway?.close();
    await subgraph?.close();
  });

  const signIn = () => call(gateway, '/auth/sign-in', { body: { email: 'admin@simpul.test', password: 'correct horse battery' } });

  it('signs in: the access token in the body, the refresh token only in an httpOnly SameSite=Strict cookie on /auth', async () => {
    const { status, body, setCookie, headers } = await signIn();
    expect(status).toBe(200);
    expect(Object.keys(body).sort()).toEqual(['accessToken', 'expiresAt', 'user']);
    expect(body.user).toMatchObject({ id: 'u-admin', displayName: 'Admin Nasional', role: 'NATIONAL_ADMIN' });
    expect(setCookie).toMatch(/^simpul_session=[A-Za-z0-9_-]{40,}; Path=\/auth; Max-Age=\d+; HttpOnly; SameSite=Strict$/);
    const maxAge = Number(/Max-Age=(\d+)/.exec(setCookie ?? '')?.[1]);
    expect(maxAge).toBeGreaterThan(29 * 86_400);
    expect(maxAge).toBeLessThanOrEqual(30 * 86_400);
    expect(JSON.stringify(body)).not.toContain(cookieOf(setCookie).split('=')[1]);
    expect(headers.get('cache-control')).toBe('no-store');
  });

  it("asks the registry as the public caller, passing the client's address", async () => {
    await call(gateway, '/auth/sign-in', {
      body: { email: 'admin@simpul.test', password: 'correct horse battery' },
      headers: { 'x-forwarded-for': '198.51.100.23' },
    });
    const seen = subgraph.internal.calls.filter((c) => c.path === '/internal/sessions').at(-1);
    expect(seen).toEqual({ method: 'POST', path: '/internal/sessions', clientAddress: '198.51.100.23', caller: null });
  });

  it('marks the cookie Secure when the browser came over https (X-Forwarded-Proto from the trusted proxy)', async () => {
    const { setCookie } = await call(gateway, '/auth/sign-in', {
      body: { email: 'admin@simpul.test', password: 'correct horse battery' },
      headers: { 'x-forwarded-proto': 'https', origin: 'https://simpul.example.id', 'x-forwarded-host': 'simpul.example.id' },
    });
    expect(setCookie).toMatch(/; Secure$/);
  });

  it('passes a wrong password through as UNAUTHENTICATED with its messages, and sets no cookie', async () => {
    const { status, body, setCookie } = await call(gateway, '/auth/sign-in', { body: { email: 'admin@simpul.test', password: 'nope' } });
    expect(status).toBe(401);
    expect(body.errors[0]).toEqual({
      message: 'The email address or password is wrong.',
      extensions: {
        code: 'UNAUTHENTICATED',
        messages: { id: 'Alamat email atau kata sandi salah.', en: 'The email address or password is wrong.' },
      },
    });
    expect(setCookie).toBeNull();
  });

  it('passes throttling through as RATE_LIMITED with retryAfterSeconds and Retry-After', async () => {
    const { status, body, headers } = await call(gateway, '/auth/sign-in', { body: { email: 'admin@simpul.test', password: 'throttled' } });
    expect(status).toBe(429);
    expect(body.errors[0].extensions).toMatchObject({
      code: 'RATE_LIMITED',
      retryAfterSeconds: 90,
      messages: { id: expect.any(String), en: expect.any(String) },
    });
    expect(headers.get('retry-after')).toBe('90');
  });

  it('refuses a sign-in without an email or password as BAD_USER_INPUT before asking the registry', async () => {
    const before = subgraph.internal.calls.length;
    const { status, body } = await call(gateway, '/auth/sign-in', { body: { email: 'admin@simpul.test' } });
    expect(status).toBe(400);
    expect(body.errors[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'password' });
    expect(subgraph.internal.calls.length).toBe(before);
  });

  it('refreshes from the cookie alone: a new access token, the same user', async () => {
    const cookie = cookieOf((await signIn()).setCookie);
    const { status, body } = await call(gateway, '/auth/refresh', { cookie });
    expect(status).toBe(200);
    expect(Object.keys(body).sort()).toEqual(['accessToken', 'expiresAt', 'user']);
    expect(body.user.id).toBe('u-admin');
  });

  it('answers a refresh without a session cookie with 401 UNAUTHENTICATED', async () => {
    const { status, body } = await call(gateway, '/auth/refresh');
    expect(status).toBe(401);
    expect(body.errors[0].extensions).toMatchObject({
      code: 'UNAUTHENTICATED',
      messages: { id: expect.any(String), en: expect.any(String) },
    });
  });

  it('signs out: the session is revoked, the cookie cleared, and the old cookie no longer refreshes', async () => {
    const cookie = cookieOf((await signIn()).setCookie);
    const out = await call(gateway, '/auth/sign-out', { cookie });
    expect(out.status).toBe(204);
    expect(out.setCookie).toBe('simpul_session=; Path=/auth; Max-Age=0; HttpOnly; SameSite=Strict');
    const again = await call(gateway, '/auth/refresh', { cookie });
    expect(again.status).toBe(401);
    expect(again.body.errors[0].extensions.code).toBe('UNAUTHENTICATED');
    expect(again.setCookie).toMatch(/^simpul_session=; Path=\/auth; Max-Age=0/);
  });

  it('refuses a call from another site (Origin not the portal) without asking the registry', async () => {
    const before = subgraph.internal.calls.length;
    const { status, body } = await call(gateway, '/auth/sign-in', {
      body: { email: 'admin@simpul.test', password: 'correct horse battery' },
      headers: { origin: 'https://evil.example' },
    });
    expect(status).toBe(403);
    expect(body.errors[0].extensions.code).toBe('FORBIDDEN');
    const fetchMetadata = await call(gateway, '/auth/refresh', { headers: { 'sec-fetch-site': 'cross-site' } });
    expect(fetchMetadata.status).toBe(403);
    expect(subgraph.internal.calls.length).toBe(before);
  });

  it('accepts the portal on any port through its same-origin proxy (Origin matches X-Forwarded-Host)', async () => {
    const { status } = await call(gateway, '/auth/sign-in', {
      body: { email: 'admin@simpul.test', password: 'correct horse battery' },
      headers: { origin: 'http://127.0.0.1:5120', 'x-forwarded-host': '127.0.0.1:5120', 'x-forwarded-proto': 'http' },
    });
    expect(status).toBe(200);
  });

  it('refuses anything but JSON (a form post from another page)', async () => {
    const response = await fetch(`${gateway.url}/auth/sign-in`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: 'email=a&password=b',
    });
    expect(response.status).toBe(415);
    expect(((await response.json()) as { errors: { extensions: { code: string } }[] }).errors[0].extensions.code).toBe('BAD_USER_INPUT');
  });

  it('answers 503 with a sentence when the registry is in trouble', async () => {
    subgraph.internal.failWith(500);
    try {
      const { status, body } = await signIn();
      expect(status).toBe(503);
      expect(body.errors[0].extensions).toMatchObject({
        code: 'INTERNAL_SERVER_ERROR',
        messages: { id: expect.any(String), en: expect.any(String) },
      });
    } finally {
      subgraph.internal.failWith(null);
    }
  });
});
