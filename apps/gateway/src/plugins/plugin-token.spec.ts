import type { Identity, PluginScope } from '@simpul/contracts';
import { issueAccessToken, issuePluginToken, PLUGIN_TOKEN_HEADER } from '@simpul/service-kit';
import { composeTestSupergraph } from '../testing/compose-test-supergraph';
import { startTestGateway, type TestGateway } from '../testing/test-gateway';
import { startTestSubgraph, TEST_SUBGRAPH_SDL, type TestSubgraph } from '../testing/test-subgraph';

const jwtSecret = 'plugin-spec-access-secret-0123456789';
const internalSecret = 'plugin-spec-internal-secret-0123456789';

const unit = 'unit-samsat-kalsel';
const desk: Identity = {
  userId: 'user-desk-1',
  email: 'desk.samsat-kalsel@simpul.test',
  displayName: 'Loket Samsat Kalsel',
  role: 'UNIT_DESK',
  serviceUnitId: unit,
  mallId: null,
};
const otherDesk: Identity = { ...desk, userId: 'user-desk-2', email: 'desk.lain@simpul.test' };

interface Body {
  data?: Record<string, unknown> | null;
  errors?: Array<{ message: string; extensions?: Record<string, unknown> }>;
}

function pluginToken(options: { pluginId?: string; userId?: string; scopes?: PluginScope[]; secret?: string; now?: number } = {}): string {
  return issuePluginToken(
    {
      pluginId: options.pluginId ?? 'plugin-approved',
      userId: options.userId ?? desk.userId,
      serviceUnitId: unit,
      agencyId: 'agency-samsat',
      mallId: null,
      scopes: options.scopes ?? ['UNIT_INDICATORS_READ'],
    },
    options.secret ?? jwtSecret,
    options.now,
  );
}

describe('plugin tokens at the gateway', () => {
  let subgraph: TestSubgraph;
  let gateway: TestGateway;

  async function post(query: string, options: { plugin?: string; person?: Identity | null; variables?: Record<string, unknown> } = {}) {
    const headers: Record<string, string> = { 'content-type': 'application/json' };
    const person = options.person === undefined ? desk : options.person;
    if (person) headers.authorization = `Bearer ${issueAccessToken(person, jwtSecret)}`;
    if (options.plugin !== undefined) headers[PLUGIN_TOKEN_HEADER] = options.plugin;
    const response = await fetch(`${gateway.url}/graphql`, {
      method: 'POST',
      headers,
      body: JSON.stringify({ query, variables: options.variables }),
    });
    return { status: response.status, body: (await response.json()) as Body };
  }

  /** A refusal before any subgraph was asked, with its code and both languages. */
  async function expectRefused(
    request: Promise<{ status: number; body: Body }>,
    status: number,
    code: string,
    message: RegExp = /./,
  ): Promise<void> {
    const before = subgraph.requests();
    const { status: actual, body } = await request;
    expect({ status: actual, code: body.errors?.[0]?.extensions?.code }).toEqual({ status, code });
    expect(body.errors?.[0]?.message).toMatch(message);
    expect(body.errors?.[0]?.extensions?.messages).toEqual({ id: expect.any(String), en: expect.any(String) });
    expect(body.data ?? null).toBeNull();
    expect(subgraph.requests()).toBe(before);
  }

  beforeAll(async () => {
    subgraph = await startTestSubgraph(internalSecret);
    subgraph.internal.setPluginState('plugin-approved', 'APPROVED');
    subgraph.internal.setPluginState('plugin-suspended', 'SUSPENDED');
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

  it('serves an allowed query for its unit, to the subgraph as the person', async () => {
    const { status, body } = await post(`query($id: ID!) { serviceUnit(id: $id) { name readBy } }`, {
      plugin: pluginToken(),
      variables: { id: unit },
    });
    expect(status).toBe(200);
    expect(body).toEqual({ data: { serviceUnit: { name: `Unit ${unit}`, readBy: `${desk.userId} UNIT_DESK` } } });
  });

  it('asks the registry about a plugin once for many requests', async () => {
    const before = subgraph.internal.pluginStateCalls('plugin-approved');
    for (let i = 0; i < 3; i += 1)
      expect((await post(`{ serviceUnit(id: "${unit}") { id } }`, { plugin: pluginToken() })).status).toBe(200);
    expect(subgraph.internal.pluginStateCalls('plugin-approved')).toBe(before);
  });

  it('refuses a mutation', async () => {
    await expectRefused(
      post(`mutation { archiveServiceUnit(id: "${unit}") { id } }`, { plugin: pluginToken() }),
      403,
      'FORBIDDEN',
      /archiveServiceUnit/,
    );
  });

  it('refuses a field outside its scopes, naming it', async () => {
    await expectRefused(post('{ whoami { userId } }', { plugin: pluginToken() }), 403, 'FORBIDDEN', /`whoami`/);
    await expectRefused(
      post(`{ serviceUnit(id: "${unit}") { id } }`, { plugin: pluginToken({ scopes: ['MPP_DESK_SCHEDULE_READ'] }) }),
      403,
      'FORBIDDEN',
      /`serviceUnit`/,
    );
  });

  it("refuses another unit's id, through variables, aliases and fragments", async () => {
    const plugin = pluginToken();
    await expectRefused(post('{ serviceUnit(id: "unit-other") { name } }', { plugin }), 403, 'FORBIDDEN', /serviceUnit/);
    await expectRefused(
      post('query($id: ID!) { serviceUnit(id: $id) { name } }', { plugin, variables: { id: 'unit-other' } }),
      403,
      'FORBIDDEN',
    );
    await expectRefused(
      post(`{ mine: serviceUnit(id: "${unit}") { name } theirs: serviceUnit(id: "unit-other") { name } }`, { plugin }),
      403,
      'FORBIDDEN',
    );
    await expectRefused(
      post(
        `query { ...Mine ...Theirs } fragment Mine on Query { serviceUnit(id: "${unit}") { name } } fragment Theirs on Query { other: serviceUnit(id: "unit-other") { name } }`,
        { plugin },
      ),
      403,
      'FORBIDDEN',
    );
    await expectRefused(post('{ ... on Query { serviceUnit(id: "unit-other") { name } } }', { plugin }), 403, 'FORBIDDEN');
  });

  it('refuses an expired, a forged, a malformed and an empty plugin token as UNAUTHENTICATED', async () => {
    const query = `{ serviceUnit(id: "${unit}") { name } }`;
    await expectRefused(post(query, { plugin: pluginToken({ now: Date.now() - 11 * 60 * 1000 }) }), 401, 'UNAUTHENTICATED', /expired/);
    await expectRefused(
      post(query, { plugin: pluginToken({ secret: 'not-the-gateway-secret-0123456789' }) }),
      401,
      'UNAUTHENTICATED',
      /invalid/,
    );
    // The person's own access token is not a plugin token.
    await expectRefused(post(query, { plugin: issueAccessToken(desk, jwtSecret) }), 401, 'UNAUTHENTICATED', /invalid/);
    await expectRefused(post(query, { plugin: 'garbage' }), 401, 'UNAUTHENTICATED');
    await expectRefused(post(query, { plugin: '' }), 401, 'UNAUTHENTICATED');
  });

  it('refuses a plugin token of another person, or without the person signed in', async () => {
    const query = `{ serviceUnit(id: "${unit}") { name } }`;
    await expectRefused(post(query, { plugin: pluginToken(), person: otherDesk }), 403, 'FORBIDDEN', /another|not belong/);
    await expectRefused(post(query, { plugin: pluginToken(), person: null }), 403, 'FORBIDDEN');
  });

  it('refuses a plugin the registry says is suspended, or does not know', async () => {
    const query = `{ serviceUnit(id: "${unit}") { name } }`;
    await expectRefused(post(query, { plugin: pluginToken({ pluginId: 'plugin-suspended' }) }), 403, 'FORBIDDEN', /no longer approved/);
    await expectRefused(post(query, { plugin: pluginToken({ pluginId: 'plugin-deleted' }) }), 403, 'FORBIDDEN', /no longer approved/);
  });

  it('refuses introspection', async () => {
    await expectRefused(post('{ __schema { queryType { name } } }', { plugin: pluginToken() }), 403, 'FORBIDDEN', /introspect/);
    await expectRefused(post('{ __type(name: "ServiceUnit") { name } }', { plugin: pluginToken() }), 403, 'FORBIDDEN', /introspect/);
  });

  it('lets the portal send the plugin token header across origins (CORS preflight)', async () => {
    const response = await fetch(`${gateway.url}/graphql`, {
      method: 'OPTIONS',
      headers: {
        origin: 'http://localhost:4200',
        'access-control-request-method': 'POST',
        'access-control-request-headers': `authorization,content-type,${PLUGIN_TOKEN_HEADER}`,
      },
    });
    expect(response.status).toBeLessThan(300);
    expect(response.headers.get('access-control-allow-headers')).toContain(PLUGIN_TOKEN_HEADER);
  });

  it('fails with 503 rather than trusting a plugin the registry cannot vouch for', async () => {
    subgraph.internal.setPluginState('plugin-unchecked', 'APPROVED');
    subgraph.internal.failWith(500);
    try {
      await expectRefused(
        post(`{ serviceUnit(id: "${unit}") { name } }`, { plugin: pluginToken({ pluginId: 'plugin-unchecked' }) }),
        503,
        'INTERNAL_SERVER_ERROR',
      );
    } finally {
      subgraph.internal.failWith(null);
    }
  });
});
