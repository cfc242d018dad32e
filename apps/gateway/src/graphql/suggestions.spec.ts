import { composeTestSupergraph } from '../testing/compose-test-supergraph';
import { startTestGateway, type TestGateway } from '../testing/test-gateway';
import { startTestSubgraph, TEST_SUBGRAPH_SDL, type TestSubgraph } from '../testing/test-subgraph';

const internalSecret = 'suggestions-spec-internal-secret-0123456789';
const jwtSecret = 'suggestions-spec-access-secret-0123456789';

async function firstError(gateway: TestGateway, query: string): Promise<{ message: string; extensions?: Record<string, unknown> }> {
  const response = await fetch(`${gateway.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query }),
  });
  const body = (await response.json()) as { errors: Array<{ message: string; extensions?: Record<string, unknown> }> };
  return body.errors[0];
}

describe('"Did you mean" suggestions', () => {
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

  it('are not given in production, where introspection is off: an unknown field names no other field', async () => {
    const error = await firstError(production, '{ whoam { userId } }');
    expect(error.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(error.message).toMatch(/Cannot query field "whoam" on type "Query"/);
    expect(error.message).not.toMatch(/did you mean/i);
    expect(error.message).not.toContain('whoami');
  });

  it('hide argument and type names too in production', async () => {
    const error = await firstError(production, '{ items(firs: 1) { id } }');
    expect(error.message).not.toMatch(/did you mean/i);
    expect(error.message).not.toContain('"first"');
  });

  it('are still given in development, where the schema is open anyway', async () => {
    const error = await firstError(development, '{ whoam { userId } }');
    expect(error.message).toMatch(/Did you mean "whoami"\?/);
  });
});
