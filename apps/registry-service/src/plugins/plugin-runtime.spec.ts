import { readSecret, verifyPluginToken } from '@simpul/service-kit';
import { internalRequest } from '../test-support/internal-http';
import {
  CALLERS,
  DPMPTSP_KALSEL,
  DPMPTSP_KALTENG,
  SAMSAT_KALSEL,
  startRegistry,
  type RegistryHarness,
} from '../test-support/registry-test-app';
import { PEMPROV_KALSEL, PEMPROV_KALTENG, SUSPEND, refusal, register, review, type PluginView } from '../test-support/desk-plugins';
import { BANJARMASIN_MALL, demoDesk, PALANGKA_RAYA_MALL } from '../test-support/fake-mpp';

const PLUGINS_FOR = `query($page: PluginPage!, $unit: ID!) { pluginsFor(page: $page, serviceUnitId: $unit) { id entryUrl integrity status version name { id en } } }`;
const SESSION = `query($plugin: ID!, $unit: ID!) { pluginSession(pluginId: $plugin, serviceUnitId: $unit) { token expiresAt } }`;
const SESSION_AT = `query($plugin: ID!, $unit: ID!, $mall: ID, $desk: ID) {
  pluginSession(pluginId: $plugin, serviceUnitId: $unit, mallId: $mall, deskId: $desk) { token } }`;
const LIST = `query($agencyId: ID, $status: DeskPluginStatus, $first: Int, $after: String) {
  deskPlugins(agencyId: $agencyId, status: $status, first: $first, after: $after) {
    totalCount edges { node { id status agency { id } } } pageInfo { hasNextPage endCursor } } }`;
const ONE = `query($id: ID!) { deskPlugin(id: $id) { id status } }`;

type Listed = {
  deskPlugins: {
    totalCount: number;
    edges: { node: { id: string; agency: { id: string } } }[];
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
  };
};

/**
 * The run-time side of desk plugins: what a page loads (pluginsFor), the plugin token (pluginSession),
 * the review list, the origins for the portal's CSP and the gateway's state check.
 */
describe('desk plugins at run time (real GraphQL, real PostgreSQL)', () => {
  let registry: RegistryHarness;
  let home: PluginView; // Kalsel, DESK_HOME + UNIT_PAGE, approved
  let mall: PluginView; // Kalsel, MALL_DESK, approved
  let pending: PluginView; // Kalsel, DESK_HOME, pending
  let kalteng: PluginView; // Kalteng, DESK_HOME, approved

  const pluginsFor = (page: string, unit: string, caller: (typeof CALLERS)[keyof typeof CALLERS] | null) =>
    registry.graphql<{ pluginsFor: PluginView[] }>(PLUGINS_FOR, { page, unit }, caller ? { caller } : {});

  beforeAll(async () => {
    registry = await startRegistry();
    home = await register(registry, CALLERS.deskSamsatKalsel, {
      entryUrl: 'https://plugins.samsat-kalsel.invalid/tax/remoteEntry.js',
      scopes: ['UNIT_INDICATORS_READ', 'MPP_DESK_SCHEDULE_READ'],
    });
    mall = await register(registry, CALLERS.deskSamsatKalsel, {
      entryUrl: 'https://plugins.samsat-kalsel.invalid/antrean/remoteEntry.js',
      pages: ['MALL_DESK'],
      name: { id: 'Antrean', en: 'Queue' },
    });
    pending = await register(registry, CALLERS.deskSamsatKalsel, {
      entryUrl: 'https://pending.invalid/remoteEntry.js',
      pages: ['DESK_HOME'],
    });
    kalteng = await register(registry, CALLERS.deskDpmptspKalteng, {
      agencyId: PEMPROV_KALTENG,
      entryUrl: 'https://plugins.kalteng.invalid:8443/remoteEntry.js',
      pages: ['DESK_HOME'],
    });
    for (const plugin of [home, mall, kalteng]) await review(registry, CALLERS.admin, plugin.id, 'APPROVE');
  });
  afterAll(() => registry?.close());

  describe('pluginsFor', () => {
    it('gives the unit’s desk the APPROVED plugins of its agency for that page only', async () => {
      const desk = await pluginsFor('DESK_HOME', SAMSAT_KALSEL, CALLERS.deskSamsatKalsel);
      expect(desk.errors).toBeUndefined();
      expect(desk.data!.pluginsFor.map((plugin) => plugin.id)).toEqual([home.id]);
      expect(desk.data!.pluginsFor[0]).toMatchObject({ status: 'APPROVED', integrity: home.integrity, entryUrl: home.entryUrl });
      expect((await pluginsFor('MALL_DESK', SAMSAT_KALSEL, CALLERS.deskSamsatKalsel)).data!.pluginsFor.map((plugin) => plugin.id)).toEqual([
        mall.id,
      ]);
      expect((await pluginsFor('UNIT_PAGE', SAMSAT_KALSEL, CALLERS.deskSamsatKalsel)).data!.pluginsFor.map((plugin) => plugin.id)).toEqual([
        home.id,
      ]);
      // Another unit of the same agency sees the agency's plugins too (for its own desk).
      const kalteng = await pluginsFor('DESK_HOME', DPMPTSP_KALTENG, CALLERS.deskDpmptspKalteng);
      expect(kalteng.data!.pluginsFor.map((plugin) => plugin.name.id)).toEqual(['Estimasi Pajak Kendaraan']);
    });

    it('gives the MPP operator of a mall where the unit’s agency is a tenant, and a national admin, the same list', async () => {
      const operator = await pluginsFor('MALL_DESK', SAMSAT_KALSEL, CALLERS.operator);
      expect(operator.errors).toBeUndefined();
      expect(operator.data!.pluginsFor.map((plugin) => plugin.id)).toEqual([mall.id]);
      expect((await pluginsFor('DESK_HOME', DPMPTSP_KALSEL, CALLERS.admin)).data!.pluginsFor.map((plugin) => plugin.id)).toEqual([home.id]);
    });

    it('refuses a desk of another unit, an operator of a mall without the agency, an evaluator, the public, an unknown unit', async () => {
      expect(refusal(await pluginsFor('DESK_HOME', SAMSAT_KALSEL, CALLERS.deskDpmptspKalteng))).toMatchObject({
        code: 'FORBIDDEN',
        field: 'serviceUnitId',
      });
      expect(refusal(await pluginsFor('DESK_HOME', DPMPTSP_KALTENG, CALLERS.operator))).toMatchObject({ code: 'FORBIDDEN' });
      expect(refusal(await pluginsFor('DESK_HOME', SAMSAT_KALSEL, CALLERS.evaluator))).toMatchObject({ code: 'FORBIDDEN' });
      expect(refusal(await pluginsFor('DESK_HOME', SAMSAT_KALSEL, null))).toMatchObject({ code: 'UNAUTHENTICATED' });
      expect(refusal(await pluginsFor('DESK_HOME', '00000000-0000-4000-8000-000000000000', CALLERS.admin))).toMatchObject({
        code: 'NOT_FOUND',
        field: 'serviceUnitId',
      });
    });
  });

  describe('pluginSession', () => {
    it('mints a ten-minute plugin token for an APPROVED plugin on a unit of its agency, carrying its scopes', async () => {
      const result = await registry.graphql<{ pluginSession: { token: string; expiresAt: string } }>(
        SESSION,
        { plugin: home.id, unit: SAMSAT_KALSEL },
        { caller: CALLERS.deskSamsatKalsel },
      );
      expect(result.errors).toBeUndefined();
      const { token, expiresAt } = result.data!.pluginSession;
      const check = verifyPluginToken(token, readSecret('JWT_SECRET'));
      expect(check).toEqual({
        ok: true,
        claims: {
          pluginId: home.id,
          userId: CALLERS.deskSamsatKalsel.userId,
          serviceUnitId: SAMSAT_KALSEL,
          agencyId: PEMPROV_KALSEL,
          mallId: null,
          deskId: null,
          scopes: ['UNIT_INDICATORS_READ', 'MPP_DESK_SCHEDULE_READ'],
          exp: expect.any(Number) as number,
        },
      });
      const minutes = (new Date(expiresAt).getTime() - Date.now()) / 60_000;
      expect(minutes).toBeGreaterThan(9);
      expect(minutes).toBeLessThanOrEqual(10);
    });

    it('puts the operator’s mall in the token', async () => {
      const result = await registry.graphql<{ pluginSession: { token: string } }>(
        SESSION,
        { plugin: mall.id, unit: SAMSAT_KALSEL },
        { caller: CALLERS.operator },
      );
      const check = verifyPluginToken(result.data!.pluginSession.token, readSecret('JWT_SECRET'));
      expect(check.ok && check.claims).toMatchObject({ userId: CALLERS.operator.userId, mallId: CALLERS.operator.mallId });
    });

    describe('at an MPP desk (mallId, deskId)', () => {
      const at = (caller: (typeof CALLERS)[keyof typeof CALLERS], mall: string | null, desk: string | null = null) =>
        registry.graphql<{ pluginSession: { token: string } }>(
          SESSION_AT,
          { plugin: home.id, unit: SAMSAT_KALSEL, mall, desk },
          { caller },
        );
      const claimsOf = (result: Awaited<ReturnType<typeof at>>) => {
        const check = verifyPluginToken(result.data!.pluginSession.token, readSecret('JWT_SECRET'));
        return check.ok ? check.claims : null;
      };
      const DESK_3 = demoDesk('mpp-kota-banjarmasin', 3);

      it('puts the mall and desk of the unit’s agency’s tenancy in the token, for its desk, the mall’s operator and a national admin', async () => {
        const desk = await at(CALLERS.deskSamsatKalsel, BANJARMASIN_MALL, DESK_3);
        expect(desk.errors).toBeUndefined();
        expect(claimsOf(desk)).toMatchObject({ serviceUnitId: SAMSAT_KALSEL, mallId: BANJARMASIN_MALL, deskId: DESK_3 });
        expect(claimsOf(await at(CALLERS.operator, BANJARMASIN_MALL))).toMatchObject({ mallId: BANJARMASIN_MALL, deskId: null });
        expect(claimsOf(await at(CALLERS.admin, BANJARMASIN_MALL, demoDesk('mpp-kota-banjarmasin', 4)))).toMatchObject({
          mallId: BANJARMASIN_MALL,
          deskId: demoDesk('mpp-kota-banjarmasin', 4),
        });
      });

      it('refuses a mall where the agency is no tenant, a desk of another tenant, another operator’s mall and a desk without its mall, in both languages', async () => {
        const notTenant = refusal(await at(CALLERS.admin, PALANGKA_RAYA_MALL));
        expect(notTenant).toEqual({
          code: 'FORBIDDEN',
          field: 'mallId',
          id: 'Instansi unit ini tidak tergabung di MPP tersebut.',
          en: "This unit's agency is not a tenant of that MPP.",
        });
        expect(refusal(await at(CALLERS.deskSamsatKalsel, BANJARMASIN_MALL, demoDesk('mpp-kota-banjarmasin', 9)))).toMatchObject({
          code: 'FORBIDDEN',
          field: 'deskId',
        });
        expect(refusal(await at(CALLERS.operator, PALANGKA_RAYA_MALL))).toMatchObject({ code: 'FORBIDDEN', field: 'mallId' });
        expect(refusal(await at(CALLERS.deskSamsatKalsel, null, DESK_3))).toMatchObject({ code: 'BAD_USER_INPUT', field: 'deskId' });
        expect(refusal(await at(CALLERS.deskSamsatKalsel, 'not-a-mall'))).toMatchObject({ code: 'BAD_USER_INPUT', field: 'mallId' });
      });
    });

    it('refuses a plugin not APPROVED, another agency’s unit, someone who does not work on the unit', async () => {
      const as = (plugin: string, unit: string, caller: (typeof CALLERS)[keyof typeof CALLERS]) =>
        registry.graphql(SESSION, { plugin, unit }, { caller });
      expect(refusal(await as(pending.id, SAMSAT_KALSEL, CALLERS.deskSamsatKalsel))).toMatchObject({
        code: 'FORBIDDEN',
        field: 'pluginId',
      });
      expect(refusal(await as(home.id, DPMPTSP_KALTENG, CALLERS.admin))).toMatchObject({ code: 'FORBIDDEN', field: 'serviceUnitId' });
      expect(refusal(await as(kalteng.id, SAMSAT_KALSEL, CALLERS.deskSamsatKalsel))).toMatchObject({
        code: 'FORBIDDEN',
        field: 'serviceUnitId',
      });
      expect(refusal(await as(home.id, SAMSAT_KALSEL, CALLERS.deskDpmptspKalteng))).toMatchObject({
        code: 'FORBIDDEN',
        field: 'serviceUnitId',
      });
      expect(refusal(await as('00000000-0000-4000-8000-000000000000', SAMSAT_KALSEL, CALLERS.admin))).toMatchObject({ code: 'NOT_FOUND' });
    });
  });

  describe('deskPlugins and deskPlugin', () => {
    it('a national admin pages through every agency’s plugins, newest first, without repeats', async () => {
      const seen: string[] = [];
      let after: string | null = null;
      for (let page = 0; page < 5; page += 1) {
        const result: { data?: Listed | null } = await registry.graphql<Listed>(LIST, { first: 3, after }, { caller: CALLERS.admin });
        const connection = result.data!.deskPlugins;
        expect(connection.totalCount).toBe(4);
        seen.push(...connection.edges.map((edge) => edge.node.id));
        if (!connection.pageInfo.hasNextPage) break;
        after = connection.pageInfo.endCursor;
      }
      expect(seen).toEqual([kalteng.id, pending.id, mall.id, home.id]);
      const approvedKalsel = await registry.graphql<Listed>(
        LIST,
        { agencyId: PEMPROV_KALSEL, status: 'APPROVED' },
        { caller: CALLERS.admin },
      );
      expect(approvedKalsel.data!.deskPlugins.edges.map((edge) => edge.node.id)).toEqual([mall.id, home.id]);
    });

    it('a desk sees its own agency’s plugins only, and is refused another agency’s', async () => {
      const own = await registry.graphql<Listed>(LIST, {}, { caller: CALLERS.deskSamsatKalsel });
      expect(own.data!.deskPlugins.edges.map((edge) => edge.node.agency.id)).toEqual([PEMPROV_KALSEL, PEMPROV_KALSEL, PEMPROV_KALSEL]);
      expect(refusal(await registry.graphql(LIST, { agencyId: PEMPROV_KALTENG }, { caller: CALLERS.deskSamsatKalsel }))).toMatchObject({
        code: 'FORBIDDEN',
        field: 'agencyId',
      });
      expect(refusal(await registry.graphql(LIST, {}, { caller: CALLERS.evaluator }))).toMatchObject({ code: 'FORBIDDEN' });
      const one = (id: string, caller: (typeof CALLERS)[keyof typeof CALLERS]) =>
        registry.graphql<{ deskPlugin: { id: string } | null }>(ONE, { id }, { caller });
      expect((await one(home.id, CALLERS.deskSamsatKalsel)).data!.deskPlugin).toEqual({ id: home.id, status: 'APPROVED' });
      expect((await one(home.id, CALLERS.deskDpmptspKalteng)).data!.deskPlugin).toBeNull();
      expect((await one(kalteng.id, CALLERS.admin)).data!.deskPlugin).toMatchObject({ id: kalteng.id });
    });
  });

  describe('the portal’s CSP origins and the gateway’s state check', () => {
    it('approvedPluginOrigins is public and lists the distinct origins of APPROVED entries only', async () => {
      const result = await registry.graphql<{ approvedPluginOrigins: string[] }>('{ approvedPluginOrigins }');
      expect(result.data!.approvedPluginOrigins).toEqual(['https://plugins.kalteng.invalid:8443', 'https://plugins.samsat-kalsel.invalid']);
    });

    it('GET /internal/plugins/:id/state answers the status, 404 for an unknown id, 401 without the internal token', async () => {
      expect(await internalRequest(registry, `/internal/plugins/${home.id}/state`, { method: 'GET' })).toMatchObject({
        status: 200,
        body: { status: 'APPROVED' },
      });
      expect(await internalRequest(registry, `/internal/plugins/${pending.id}/state`, { method: 'GET' })).toMatchObject({
        body: { status: 'PENDING' },
      });
      expect((await internalRequest(registry, '/internal/plugins/not-a-plugin/state', { method: 'GET' })).status).toBe(404);
      expect(
        (await internalRequest(registry, `/internal/plugins/${home.id}/state`, { method: 'GET', withoutInternalToken: true })).status,
      ).toBe(401);
    });
  });

  describe('suspension at run time', () => {
    it('a suspended plugin disappears from pluginsFor and the CSP origins, gets no session, and its state says SUSPENDED', async () => {
      const suspended = await registry.graphql(SUSPEND, { id: kalteng.id, reason: 'Entri tidak sesuai.' }, { caller: CALLERS.admin });
      expect(suspended.errors).toBeUndefined();
      expect((await pluginsFor('DESK_HOME', DPMPTSP_KALTENG, CALLERS.deskDpmptspKalteng)).data!.pluginsFor).toEqual([]);
      const origins = await registry.graphql<{ approvedPluginOrigins: string[] }>('{ approvedPluginOrigins }');
      expect(origins.data!.approvedPluginOrigins).toEqual(['https://plugins.samsat-kalsel.invalid']);
      const session = await registry.graphql(
        SESSION,
        { plugin: kalteng.id, unit: DPMPTSP_KALTENG },
        { caller: CALLERS.deskDpmptspKalteng },
      );
      expect(refusal(session)).toMatchObject({ code: 'FORBIDDEN', field: 'pluginId' });
      expect((await internalRequest(registry, `/internal/plugins/${kalteng.id}/state`, { method: 'GET' })).body).toEqual({
        status: 'SUSPENDED',
      });
    });
  });
});
