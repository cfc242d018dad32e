import { composeTestSupergraph } from '../testing/compose-test-supergraph';
import { startTestGateway, type TestGateway } from '../testing/test-gateway';
import { startTestSubgraph, TEST_SUBGRAPH_SDL, type TestSubgraph } from '../testing/test-subgraph';

const internalSecret = 'selection-spec-internal-secret-0123456789';

interface Body {
  data?: Record<string, unknown> | null;
  errors?: Array<{ message: string; extensions?: Record<string, unknown> }>;
}

const aliases = (count: number, selection: string): string => Array.from({ length: count }, (_, i) => `a${i + 1}: ${selection}`).join(' ');

describe('aliases, root fields and fields per operation, through the gateway', () => {
  let subgraph: TestSubgraph;
  let gateway: TestGateway;

  async function post(payload: unknown): Promise<{ status: number; body: Body }> {
    const response = await fetch(`${gateway.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(payload),
    });
    return { status: response.status, body: (await response.json()) as Body };
  }

  beforeAll(async () => {
    subgraph = await startTestSubgraph(internalSecret);
    const supergraphSdl = composeTestSupergraph([{ name: 'test', url: subgraph.url, sdl: TEST_SUBGRAPH_SDL }]);
    gateway = await startTestGateway({ supergraphSdl, jwtSecret: 'selection-spec-access-secret-0123456789', internalSecret });
  });

  afterAll(async () => {
    await gateway?.close();
    await subgraph?.close();
  });

  it('refuses 1,000 aliases of one list before any subgraph call, naming the count and the limit in both languages', async () => {
    const before = subgraph.requests();
    const { status, body } = await post({ query: `{ ${aliases(1000, 'items { id name }')} }` });
    expect(status).toBe(400);
    expect(body.data).toBeUndefined();
    expect(body.errors?.[0]).toMatchObject({
      message: 'The query has too many aliases: 1,000 exceeds the limit of 50; ask for each field once and page with first/after.',
      extensions: {
        code: 'QUERY_TOO_COMPLEX',
        messages: {
          id: 'Kueri memakai terlalu banyak alias: 1.000 melebihi batas 50; minta setiap field sekali dan gunakan first/after untuk halaman berikutnya.',
        },
      },
    });
    expect(subgraph.requests()).toBe(before);
  });

  it('counts aliases inside a fragment once for every place it is spread', async () => {
    // 30 aliases in the fragment, spread under two different parents: 60 > 50.
    const query = `
      query Spread { items(first: 1) { ...Many parent { ...Many } } }
      fragment Many on Item { ${aliases(30, 'name')} }
    `;
    const { body } = await post({ query });
    expect(body.errors?.[0].message).toMatch(/too many aliases: 60 exceeds the limit of 50/);
  });

  it('refuses more top-level fields than allowed', async () => {
    const { status, body } = await post({ query: `{ ${aliases(21, 'whoami { userId }')} }` });
    expect(status).toBe(400);
    expect(body.errors?.[0]).toMatchObject({
      message: 'The query asks for too many top-level fields: 21 exceeds the limit of 20; split it into several requests.',
      extensions: { code: 'QUERY_TOO_COMPLEX', messages: { id: expect.stringMatching(/field tingkat atas: 21 melebihi batas 20/) } },
    });
  });

  it('refuses an operation selecting more fields than allowed, scalars and fragments counted in full', async () => {
    // Chain: 11 fields; Item: 2 + 2 × (1 + 11) = 26; 45 aliased children (1 + 26 each) under items: 1 + 45 × 27.
    const query = `
      query Wide { items(first: 1) { ${aliases(45, 'children(first: 1) { ...Wide }')} } }
      fragment Wide on Item { id name parent { ...Chain } children(first: 1) { ...Chain } }
      fragment Chain on Item { id name parent { id name parent { id name parent { id name } } } }
    `;
    const { body } = await post({ query });
    expect(body.errors?.[0]).toMatchObject({
      message: 'The query selects too many fields: 1,216 (fragments expanded) exceeds the limit of 1,000.',
      extensions: { code: 'QUERY_TOO_COMPLEX', messages: { id: expect.stringMatching(/terlalu banyak field: 1\.216/) } },
    });
  });

  it('still serves a query within every limit, aliases and all', async () => {
    const { status, body } = await post({ query: `{ ${aliases(20, 'items(first: 1) { id }')} }` });
    expect(status).toBe(200);
    expect(body.errors).toBeUndefined();
    expect(body.data).toHaveProperty('a20', [{ id: 'i1' }]);
  });

  it('refuses a batch (a JSON array of operations): one request is one operation', async () => {
    const before = subgraph.requests();
    const { status, body } = await post([{ query: '{ whoami { userId } }' }, { query: '{ whoami { userId } }' }]);
    expect(status).toBe(400);
    expect(JSON.stringify(body)).toMatch(/batching/i);
    expect(subgraph.requests()).toBe(before);
  });
});
