import type { Identity } from '@simpul/contracts';
import { issueAccessToken } from '@simpul/service-kit';
import { getIntrospectionQuery } from 'graphql';
import { composeTestSupergraph } from './testing/compose-test-supergraph';
import { closedPort, startTestSubgraph, TEST_SUBGRAPH_SDL, type TestSubgraph } from './testing/test-subgraph';
import { startTestGateway, type TestGateway } from './testing/test-gateway';

const jwtSecret = 'gateway-spec-access-secret-0123456789';
const internalSecret = 'gateway-spec-internal-secret-0123456789';

const desk: Identity = {
  userId: 'user-desk-1',
  email: 'desk.samsat-kalsel@simpul.test',
  displayName: 'Loket Samsat Kalsel',
  role: 'UNIT_DESK',
  serviceUnitId: 'unit-samsat-kalsel',
  mallId: null,
};

interface GraphQLResponseBody {
  data?: Record<string, unknown> | null;
  errors?: Array<{ message: string; extensions?: Record<string, unknown> }>;
}

async function post(
  gateway: TestGateway,
  query: string,
  options: {
    token?: string;
    authorization?: string;
    variables?: Record<string, unknown>;
    requestId?: string;
    operationName?: string;
    forwardedFor?: string;
  } = {},
): Promise<{ status: number; requestId: string | null; body: GraphQLResponseBody }> {
  const headers: Record<string, string> = { 'content-type': 'application/json' };
  if (options.token) headers.authorization = `Bearer ${options.token}`;
  if (options.authorization) headers.authorization = options.authorization;
  if (options.requestId) headers['x-request-id'] = options.requestId;
  if (options.forwardedFor) headers['x-forwarded-for'] = options.forwardedFor;
  const response = await fetch(`${gateway.url}/graphql`, {
    method: 'POST',
    headers,
    body: JSON.stringify({ query, variables: options.variables, operationName: options.operationName }),
  });
  return { status: response.status, requestId: response.headers.get('x-request-id'), body: (await response.json()) as GraphQLResponseBody };
}

function supergraphFor(url: string): string {
  return composeTestSupergraph([{ name: 'test', url, sdl: TEST_SUBGRAPH_SDL }]);
}

/** `items { parent { parent { … { id } } } }` with `levels` nested `parent`s: depth levels + 2. */
function nestedParents(levels: number): string {
  return `{ items(first: 1) { ${'parent { '.repeat(levels)}id${' }'.repeat(levels)} } }`;
}

describe('gateway', () => {
  let subgraph: TestSubgraph;
  let gateway: TestGateway;

  beforeAll(async () => {
    subgraph = await startTestSubgraph(internalSecret);
    gateway = await startTestGateway({ supergraphSdl: supergraphFor(subgraph.url), jwtSecret, internalSecret });
  });

  afterAll(async () => {
    await gateway?.close();
    await subgraph?.close();
  });

  describe('identity forwarding', () => {
    it("forwards the signed-in caller's identity to the subgraph in the internal token", async () => {
      const { status, body } = await post(gateway, '{ whoami { userId email role serviceUnitId mallId } }', {
        token: issueAccessToken(desk, jwtSecret),
      });
      expect(status).toBe(200);
      expect(body.errors).toBeUndefined();
      expect(body.data).toEqual({
        whoami: { userId: desk.userId, email: desk.email, role: 'UNIT_DESK', serviceUnitId: 'unit-samsat-kalsel', mallId: null },
      });
    });

    it('forwards the public as a null caller', async () => {
      const { body } = await post(gateway, '{ whoami { userId } }');
      expect(body).toEqual({ data: { whoami: null } });
    });

    it('answers an invalid token with UNAUTHENTICATED instead of serving the public', async () => {
      const before = subgraph.requests();
      const { status, body } = await post(gateway, '{ whoami { userId } }', { token: issueAccessToken(desk, 'not-the-gateway-secret') });
      expect(status).toBe(401);
      expect(body.data).toBeUndefined();
      expect(body.errors?.[0].extensions).toMatchObject({
        code: 'UNAUTHENTICATED',
        messages: { id: expect.any(String), en: expect.any(String) },
      });
      expect(subgraph.requests()).toBe(before);
    });

    it('answers an expired token with UNAUTHENTICATED saying the session expired', async () => {
      const token = issueAccessToken(desk, jwtSecret, Date.now() - 9 * 60 * 60 * 1000);
      const { status, body } = await post(gateway, '{ whoami { userId } }', { token });
      expect(status).toBe(401);
      expect(body.errors?.[0]).toMatchObject({ message: expect.stringMatching(/expired/), extensions: { code: 'UNAUTHENTICATED' } });
    });

    it('answers a non-bearer Authorization header with UNAUTHENTICATED', async () => {
      const { body } = await post(gateway, '{ whoami { userId } }', { authorization: 'Basic dXNlcjpwYXNz' });
      expect(body.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    });
  });

  describe('query limits', () => {
    it('refuses an over-deep query with QUERY_TOO_COMPLEX before any subgraph call', async () => {
      const before = subgraph.requests();
      const { status, body } = await post(gateway, nestedParents(10));
      expect(status).toBe(400);
      expect(body.errors?.[0]).toMatchObject({
        message: 'The query is too deep: depth 12 exceeds the limit of 10.',
        extensions: { code: 'QUERY_TOO_COMPLEX', messages: { id: 'Kueri terlalu dalam: kedalaman 12 melebihi batas 10.' } },
      });
      expect(subgraph.requests()).toBe(before);
    });

    it('accepts a query exactly at the depth limit', async () => {
      const { body } = await post(gateway, nestedParents(8));
      expect(body.errors).toBeUndefined();
    });

    it('refuses an over-costly query with QUERY_TOO_COMPLEX naming the cost and the limit', async () => {
      const before = subgraph.requests();
      // items 1 + children lists 100 + grandchildren lists 100 × 100 = 10,101 (scalars are free).
      const { status, body } = await post(gateway, '{ items(first: 100) { children(first: 100) { children { id } } } }');
      expect(status).toBe(400);
      expect(body.errors?.[0].message).toBe(
        'The query is too costly: estimated cost 10,101 exceeds the limit of 5,000; ask for fewer items (first) or fewer nested lists.',
      );
      expect(body.errors?.[0].extensions?.code).toBe('QUERY_TOO_COMPLEX');
      expect(subgraph.requests()).toBe(before);
    });

    it('reads list sizes from variables when estimating the cost', async () => {
      // 1 + n + n² object fields: 2,551 for n = 50, 10,101 for n = 100.
      const query = 'query Nested($n: Int!) { items(first: $n) { children(first: $n) { children(first: $n) { id } } } }';
      expect((await post(gateway, query, { variables: { n: 50 } })).body.errors).toBeUndefined();
      expect((await post(gateway, query, { variables: { n: 100 } })).body.errors?.[0].extensions?.code).toBe('QUERY_TOO_COMPLEX');
    });

    it('allows introspection outside production, however deep the introspection query is', async () => {
      const { body } = await post(gateway, getIntrospectionQuery());
      expect(body.errors).toBeUndefined();
      expect(body.data).toHaveProperty('__schema.queryType.name', 'Query');
    });

    it('refuses introspection when it is switched off, as in production', async () => {
      const production = await startTestGateway({
        supergraphSdl: supergraphFor(subgraph.url),
        jwtSecret,
        internalSecret,
        introspection: false,
      });
      try {
        const { body } = await post(production, '{ __schema { queryType { name } } }');
        expect(body.errors?.[0].message).toMatch(/introspection is not allowed/i);
        expect((await post(production, '{ whoami { userId } }')).body).toEqual({ data: { whoami: null } });
      } finally {
        await production.close();
      }
    });
  });

  describe('errors', () => {
    it("passes a subgraph error's code, field and messages through unchanged", async () => {
      const { body } = await post(gateway, '{ failing }');
      expect(body.errors?.[0]).toMatchObject({
        message: 'Name must not be empty.',
        extensions: { code: 'BAD_USER_INPUT', field: 'input.name', messages: { id: 'Nama wajib diisi.', en: 'Name must not be empty.' } },
      });
    });

    it('passes a subgraph refusal (HTTP 401) through as UNAUTHENTICATED with its message', async () => {
      const impostor = await startTestGateway({
        supergraphSdl: supergraphFor(subgraph.url),
        jwtSecret,
        internalSecret: 'a-different-internal-secret-0123456789',
      });
      try {
        const { body } = await post(impostor, '{ whoami { userId } }');
        expect(body.errors?.[0]).toMatchObject({
          message: 'Calls must come through the gateway.',
          extensions: { code: 'UNAUTHENTICATED' },
        });
        expect(JSON.stringify(body)).not.toContain(subgraph.url);
      } finally {
        await impostor.close();
      }
    });
  });

  describe('request ids and logging', () => {
    it('echoes an incoming x-request-id and forwards it to the subgraph', async () => {
      const { requestId, body } = await post(gateway, '{ seenRequestIds { token header } }', { requestId: 'portal-req-42' });
      expect(requestId).toBe('portal-req-42');
      expect(body.data).toEqual({ seenRequestIds: { token: 'portal-req-42', header: 'portal-req-42' } });
    });

    it("passes the client's address to the subgraph as one X-Forwarded-For entry, through the trusted portal proxy", async () => {
      const direct = await post(gateway, '{ seenRequestIds { clientAddress } }');
      expect(direct.body.data).toEqual({ seenRequestIds: { clientAddress: '127.0.0.1' } });
      // The portal's proxy on loopback is trusted: the address it saw is the client's.
      const proxied = await post(gateway, '{ seenRequestIds { clientAddress } }', { forwardedFor: '203.0.113.7' });
      expect(proxied.body.data).toEqual({ seenRequestIds: { clientAddress: '203.0.113.7' } });
    });

    it('generates a request id when none is given', async () => {
      const { requestId, body } = await post(gateway, '{ seenRequestIds { token header } }');
      expect(requestId).toMatch(/^[0-9a-f-]{36}$/);
      expect(body.data).toEqual({ seenRequestIds: { token: requestId, header: requestId } });
    });

    it('writes one JSON log line per request with its id, operation, duration, error codes and role', async () => {
      await post(gateway, 'query WhoAmI { whoami { userId } }', { token: issueAccessToken(desk, jwtSecret), requestId: 'log-ok-1' });
      await post(gateway, 'query Broken { failing }', { requestId: 'log-error-1' });
      await post(gateway, '{ whoami { userId } }', { token: 'garbage', requestId: 'log-unauthenticated-1' });
      await post(gateway, `query TooDeep ${nestedParents(10)}`, { requestId: 'log-too-deep-1' });
      // The line is written when the response finishes, which may be just after the client has it.
      await new Promise((resolve) => setTimeout(resolve, 20));
      const lines = (id: string) => gateway.logs.filter((line) => line.requestId === id);
      expect(lines('log-ok-1')).toEqual([
        expect.objectContaining({
          msg: 'graphql request',
          operationName: 'WhoAmI',
          role: 'UNIT_DESK',
          errorCodes: [],
          status: 200,
          durationMs: expect.any(Number),
        }),
      ]);
      expect(lines('log-error-1')).toEqual([
        expect.objectContaining({ operationName: 'Broken', role: 'PUBLIC', errorCodes: ['BAD_USER_INPUT'] }),
      ]);
      expect(lines('log-unauthenticated-1')).toEqual([expect.objectContaining({ errorCodes: ['UNAUTHENTICATED'], status: 401 })]);
      expect(lines('log-too-deep-1')).toEqual([
        expect.objectContaining({ operationName: 'TooDeep', errorCodes: ['QUERY_TOO_COMPLEX'], status: 400 }),
      ]);
    });
  });

  describe('CORS', () => {
    it('allows the portal origin and exposes x-request-id', async () => {
      const response = await fetch(`${gateway.url}/graphql`, {
        method: 'OPTIONS',
        headers: {
          origin: 'http://localhost:4200',
          'access-control-request-method': 'POST',
          'access-control-request-headers': 'authorization,content-type',
        },
      });
      expect(response.headers.get('access-control-allow-origin')).toBe('http://localhost:4200');
      const actual = await fetch(`${gateway.url}/graphql`, {
        method: 'POST',
        headers: { origin: 'http://127.0.0.1:4200', 'content-type': 'application/json' },
        body: JSON.stringify({ query: '{ whoami { userId } }' }),
      });
      expect(actual.headers.get('access-control-expose-headers')).toMatch(/x-request-id/);
    });

    it('does not allow another origin', async () => {
      const response = await fetch(`${gateway.url}/graphql`, {
        method: 'OPTIONS',
        headers: { origin: 'http://evil.example', 'access-control-request-method': 'POST' },
      });
      expect(response.headers.get('access-control-allow-origin')).toBeNull();
    });
  });

  describe('/health', () => {
    it('reports ok with HTTP 200 when every subgraph answers', async () => {
      const response = await fetch(`${gateway.url}/health`);
      expect(response.status).toBe(200);
      expect(await response.json()).toEqual({
        status: 'ok',
        gateway: 'ok',
        subgraphs: { test: { status: 'ok', url: subgraph.url, latencyMs: expect.any(Number) } },
      });
    });

    it('starts with a subgraph down and reports degraded with HTTP 503, using the <NAME>_URL override', async () => {
      const downUrl = `http://127.0.0.1:${await closedPort()}/graphql`;
      const degraded = await startTestGateway({
        supergraphSdl: supergraphFor(subgraph.url),
        jwtSecret,
        internalSecret,
        env: { TEST_URL: downUrl },
      });
      try {
        const response = await fetch(`${degraded.url}/health`);
        expect(response.status).toBe(503);
        expect(await response.json()).toEqual({
          status: 'degraded',
          gateway: 'ok',
          subgraphs: { test: { status: 'down', url: downUrl, latencyMs: expect.any(Number), error: 'unreachable' } },
        });
        const { body } = await post(degraded, '{ whoami { userId } }');
        expect(body.errors?.[0]).toMatchObject({
          message: 'The test service is unavailable; try again shortly.',
          extensions: { code: 'INTERNAL_SERVER_ERROR' },
        });
        expect(JSON.stringify(body)).not.toContain(downUrl);
      } finally {
        await degraded.close();
      }
    });
  });
});
