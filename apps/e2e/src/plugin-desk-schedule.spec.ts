import { PLUGIN_TOKEN_HEADER, stableId } from '@simpul/service-kit';
import { graphql, signInToken, useSharedStack, type GraphQLResult, type SharedStack } from './stack';

// Issue #15, a plugin at an MPP desk, through the gateway against the built registry, MPP service and
// PostgreSQL: the registry puts the mall (and desk) in the plugin token only where the unit's agency
// is a tenant, and the gateway lets MPP_DESK_SCHEDULE_READ read exactly that mall's desk days.

const SESSION = `query($plugin: ID!, $unit: ID!, $mall: ID, $desk: ID) {
  pluginSession(pluginId: $plugin, serviceUnitId: $unit, mallId: $mall, deskId: $desk) { token } }`;
const DESK_DAYS = `query($mall: ID!, $from: String!, $to: String!, $desk: ID) {
  deskDays(mallId: $mall, from: $from, to: $to, deskId: $desk, first: 50) { totalCount edges { node { date visitors desk { id number } } } } }`;

const SAMSAT_KALSEL = stableId('unit', 'samsat-63');
const BANJARMASIN = stableId('mall', 'mpp-kota-banjarmasin');
const BANJARBARU = stableId('mall', 'mpp-kota-banjarbaru');
// SAMSAT Kalimantan Selatan's agency serves at desks 3 and 4 of MPP Banjarmasin (the MPP demo data).
const DESK_3 = stableId('desk', 'mpp-kota-banjarmasin:3');
const DESK_5 = stableId('desk', 'mpp-kota-banjarmasin:5');

const today = new Date();
const WEEK = {
  from: new Date(today.getTime() - 13 * 86_400_000).toISOString().slice(0, 10),
  to: today.toISOString().slice(0, 10),
};

type DeskDays = { deskDays: { totalCount: number; edges: { node: { date: string; desk: { id: string; number: number } } }[] } };

let stack: SharedStack;
const tokens: Record<string, string> = {};

/** The person's own request with the plugin token beside it, as the portal sends a plugin's call. */
async function asPlugin<T>(
  person: string,
  pluginToken: string,
  query: string,
  variables: Record<string, unknown>,
): Promise<GraphQLResult<T>> {
  const response = await fetch(stack.gatewayUrl, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${person}`, [PLUGIN_TOKEN_HEADER]: pluginToken },
    body: JSON.stringify({ query, variables }),
  });
  return { status: response.status, ...((await response.json()) as Omit<GraphQLResult<T>, 'status'>) };
}

async function session(person: string, plugin: string, mall: string | null, desk: string | null = null) {
  return graphql<{ pluginSession: { token: string } }>(stack.gatewayUrl, SESSION, { plugin, unit: SAMSAT_KALSEL, mall, desk }, person);
}

async function tokenAt(person: string, plugin: string, mall: string, desk: string | null = null): Promise<string> {
  const result = await session(person, plugin, mall, desk);
  if (!result.data) throw new Error(JSON.stringify(result.errors));
  return result.data.pluginSession.token;
}

const refusal = (result: GraphQLResult<unknown>) => ({
  code: result.errors?.[0]?.extensions?.code,
  field: result.errors?.[0]?.extensions?.field,
  bilingual: Boolean(result.errors?.[0]?.extensions?.messages?.id && result.errors?.[0]?.extensions?.messages?.en),
  data: result.data ?? null,
});

describe('a desk plugin at an MPP desk (gateway, registry, MPP service, PostgreSQL)', () => {
  let operator: string;
  let demoPlugin: string;
  let indicatorsOnly: string | null = null;

  beforeAll(async () => {
    stack = useSharedStack();
    for (const email of ['operator.banjarmasin@simpul.test', 'admin@simpul.test', 'desk.samsat-kalsel@simpul.test']) {
      tokens[email] = await signInToken(stack.gatewayUrl, email);
    }
    operator = tokens['operator.banjarmasin@simpul.test'];
    // The example plugin as the demo data registers it: every page, both scopes.
    const listed = await graphql<{ pluginsFor: { id: string }[] }>(
      stack.gatewayUrl,
      'query($unit: ID!) { pluginsFor(page: MALL_DESK, serviceUnitId: $unit) { id } }',
      { unit: SAMSAT_KALSEL },
      operator,
    );
    demoPlugin = listed.data?.pluginsFor[0]?.id ?? '';
    expect(demoPlugin).not.toBe('');
  }, 120_000);

  afterAll(async () => {
    // Leaves no second plugin of the agency running on the stack the other suites share.
    if (indicatorsOnly) {
      await graphql(
        stack.gatewayUrl,
        'mutation($id: ID!) { suspendDeskPlugin(id: $id, reason: "Uji e2e selesai") { status } }',
        { id: indicatorsOnly },
        tokens['admin@simpul.test'],
      );
    }
  });

  it("with MPP_DESK_SCHEDULE_READ reads its mall's desk days (its desk's when named) and is refused another mall's", async () => {
    const atMall = await tokenAt(operator, demoPlugin, BANJARMASIN);
    const own = await asPlugin<DeskDays>(operator, atMall, DESK_DAYS, { mall: BANJARMASIN, ...WEEK });
    expect(own.errors).toBeUndefined();
    expect(own.data!.deskDays.totalCount).toBeGreaterThan(0);

    const atDesk = await tokenAt(operator, demoPlugin, BANJARMASIN, DESK_3);
    const desk = await asPlugin<DeskDays>(operator, atDesk, DESK_DAYS, { mall: BANJARMASIN, desk: DESK_3, ...WEEK });
    expect(desk.errors).toBeUndefined();
    expect(desk.data!.deskDays.edges.length).toBeGreaterThan(0);
    expect(new Set(desk.data!.deskDays.edges.map((edge) => edge.node.desk.number))).toEqual(new Set([3]));
    // Another desk of the same mall, with a token naming desk 3: refused.
    expect(refusal(await asPlugin(operator, atDesk, DESK_DAYS, { mall: BANJARMASIN, desk: DESK_5, ...WEEK }))).toEqual({
      code: 'FORBIDDEN',
      field: 'deskDays.deskId',
      bilingual: true,
      data: null,
    });

    // Another mall, which a national admin may read: refused with the plugin token.
    const admin = tokens['admin@simpul.test'];
    const adminToken = await tokenAt(admin, demoPlugin, BANJARMASIN);
    const withoutPlugin = await graphql<DeskDays>(stack.gatewayUrl, DESK_DAYS, { mall: BANJARBARU, ...WEEK }, admin);
    expect(withoutPlugin.errors).toBeUndefined();
    expect(refusal(await asPlugin(admin, adminToken, DESK_DAYS, { mall: BANJARBARU, ...WEEK }))).toEqual({
      code: 'FORBIDDEN',
      field: 'deskDays.mallId',
      bilingual: true,
      data: null,
    });
    // Nothing else of the mall with that scope.
    expect(refusal(await asPlugin(operator, atMall, 'query($id: ID!) { mall(id: $id) { name } }', { id: BANJARMASIN }))).toMatchObject({
      code: 'FORBIDDEN',
      data: null,
    });
  }, 60_000);

  it('gets no token for a mall where the agency is no tenant, nor for a desk of another tenant', async () => {
    const admin = tokens['admin@simpul.test'];
    expect(refusal(await session(admin, demoPlugin, BANJARBARU))).toEqual({
      code: 'FORBIDDEN',
      field: 'mallId',
      bilingual: true,
      data: null,
    });
    expect(refusal(await session(operator, demoPlugin, BANJARMASIN, DESK_5))).toEqual({
      code: 'FORBIDDEN',
      field: 'deskId',
      bilingual: true,
      data: null,
    });
    // A token of a unit page (no mall) reads no desk days.
    const unitToken = await graphql<{ pluginSession: { token: string } }>(
      stack.gatewayUrl,
      SESSION,
      { plugin: demoPlugin, unit: SAMSAT_KALSEL },
      tokens['desk.samsat-kalsel@simpul.test'],
    );
    expect(
      refusal(
        await asPlugin(tokens['desk.samsat-kalsel@simpul.test'], unitToken.data!.pluginSession.token, DESK_DAYS, {
          mall: BANJARMASIN,
          ...WEEK,
        }),
      ),
    ).toMatchObject({ code: 'FORBIDDEN', field: 'deskDays.mallId' });
  }, 60_000);

  it('without MPP_DESK_SCHEDULE_READ, the same desk days are refused', async () => {
    const desk = tokens['desk.samsat-kalsel@simpul.test'];
    const registered = await graphql<{ registerDeskPlugin: { id: string } }>(
      stack.gatewayUrl,
      `
        mutation ($input: RegisterDeskPluginInput!) {
          registerDeskPlugin(input: $input) {
            id
          }
        }
      `,
      {
        input: {
          agencyId: stableId('agency', 'pemprov-63'),
          name: { id: 'Uji tanpa izin jadwal gerai', en: 'Test without the desk schedule scope' },
          entryUrl: stack.examplePlugin.entryUrl,
          exposedModule: './Plugin',
          version: '0.0.1',
          sha256: stack.examplePlugin.sha256,
          pages: ['MALL_DESK'],
          scopes: ['UNIT_INDICATORS_READ'],
        },
      },
      desk,
    );
    expect(registered.errors).toBeUndefined();
    indicatorsOnly = registered.data!.registerDeskPlugin.id;
    const approved = await graphql(
      stack.gatewayUrl,
      'mutation($id: ID!) { reviewDeskPlugin(id: $id, decision: APPROVE) { status } }',
      { id: indicatorsOnly },
      tokens['admin@simpul.test'],
    );
    expect(approved.errors).toBeUndefined();

    const token = await tokenAt(operator, indicatorsOnly, BANJARMASIN);
    const refused = await asPlugin(operator, token, DESK_DAYS, { mall: BANJARMASIN, ...WEEK });
    expect(refusal(refused)).toEqual({ code: 'FORBIDDEN', field: 'deskDays', bilingual: true, data: null });
    // The person alone may: it is the plugin that is narrowed.
    expect((await graphql<DeskDays>(stack.gatewayUrl, DESK_DAYS, { mall: BANJARMASIN, ...WEEK }, operator)).errors).toBeUndefined();
  }, 60_000);
});
