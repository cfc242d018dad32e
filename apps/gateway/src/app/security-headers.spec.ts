import { composeTestSupergraph } from '../testing/compose-test-supergraph';
import { startTestGateway, type TestGateway } from '../testing/test-gateway';
import { startTestSubgraph, TEST_SUBGRAPH_SDL, type TestSubgraph } from '../testing/test-subgraph';

const internalSecret = 'headers-spec-internal-secret-0123456789';
const jwtSecret = 'headers-spec-access-secret-0123456789';
const STRICT_POLICY = "default-src 'none';frame-ancestors 'none';base-uri 'none';form-action 'none'";

function expectSecurityHeaders(response: Response): void {
  expect(response.headers.get('x-content-type-options')).toBe('nosniff');
  expect(response.headers.get('referrer-policy')).toBe('no-referrer');
  expect(response.headers.get('x-frame-options')).toBe('DENY');
  expect(response.headers.get('cross-origin-resource-policy')).toBe('same-site');
  expect(response.headers.get('x-powered-by')).toBeNull();
}

describe('the gateway’s security headers', () => {
  let subgraph: TestSubgraph;
  let development: TestGateway;
  let production: TestGateway;

  beforeAll(async () => {
    subgraph = await startTestSubgraph(internalSecret);
    const supergraphSdl = composeTestSupergraph([{ name: 'test', url: subgraph.url, sdl: TEST_SUBGRAPH_SDL }]);
    development = await startTestGateway({ supergraphSdl, jwtSecret, internalSecret });
    production = await startTestGateway({ supergraphSdl, jwtSecret, internalSecret, introspection: false });
  });

  afterAll(async () => {
    await development?.close();
    await production?.close();
    await subgraph?.close();
  });

  it('come with every GraphQL answer, refusals included, with a policy that loads and frames nothing', async () => {
    for (const query of ['{ whoami { userId } }', '{ nope }']) {
      const response = await fetch(`${development.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query }),
      });
      expectSecurityHeaders(response);
      expect(response.headers.get('content-security-policy')).toBe(STRICT_POLICY);
    }
  });

  it.each(['/health', '/files/evidence/unknown', '/nowhere'])('come with %s too', async (route) => {
    const response = await fetch(`${production.url}${route}`);
    expectSecurityHeaders(response);
    expect(response.headers.get('content-security-policy')).toBe(STRICT_POLICY);
  });

  it('leave the GraphiQL page outside production free to load its scripts, and keep the rest', async () => {
    const response = await fetch(`${development.url}/graphql`, { headers: { accept: 'text/html' } });
    expectSecurityHeaders(response);
    expect(response.headers.get('content-security-policy')).toBeNull();
    const closed = await fetch(`${production.url}/graphql`, { headers: { accept: 'text/html' } });
    expect(closed.headers.get('content-security-policy')).toBe(STRICT_POLICY);
  });
});
