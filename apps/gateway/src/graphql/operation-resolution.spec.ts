import { composeTestSupergraph } from '../testing/compose-test-supergraph';
import { startTestGateway, type TestGateway } from '../testing/test-gateway';
import { startTestSubgraph, TEST_SUBGRAPH_SDL, type TestSubgraph } from '../testing/test-subgraph';

const internalSecret = 'operation-spec-internal-secret-0123456789';
const jwtSecret = 'operation-spec-access-secret-0123456789';

describe('choosing the operation to run', () => {
  let subgraph: TestSubgraph;
  let gateway: TestGateway;

  beforeAll(async () => {
    subgraph = await startTestSubgraph(internalSecret);
    const supergraphSdl = composeTestSupergraph([{ name: 'test', url: subgraph.url, sdl: TEST_SUBGRAPH_SDL }]);
    gateway = await startTestGateway({ supergraphSdl, jwtSecret, internalSecret });
  });

  afterAll(async () => {
    await gateway?.close();
    await subgraph?.close();
  });

  const post = async (body: unknown) => {
    const response = await fetch(`${gateway.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(body),
    });
    const json = (await response.json()) as { data?: unknown; errors?: Array<{ extensions?: Record<string, unknown> }> };
    return { status: response.status, error: json.errors?.[0], data: json.data };
  };

  it.each([
    ['an operationName the document does not hold', { query: 'query Mine { whoami { userId } }', operationName: 'Nope' }],
    ['a NUL character as operationName', { query: '{ whoami { userId } }', operationName: '\u0000' }],
    ['two operations and no operationName', { query: 'query A { whoami { userId } } query B { whoami { userId } }' }],
  ])('%s is BAD_USER_INPUT on operationName (400), in Indonesian and English', async (_case, body) => {
    const { status, error } = await post(body);
    expect(status).toBe(400);
    expect(error?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'operationName',
      messages: { id: expect.stringContaining('operationName'), en: expect.stringContaining('operationName') },
    });
  });

  it('the named operation of several runs', async () => {
    const { status, error } = await post({ query: 'query A { whoami { userId } } query B { whoami { userId } }', operationName: 'B' });
    expect(error).toBeUndefined();
    expect(status).toBe(200);
  });
});
