import { stableId } from '@simpul/service-kit';
import { BANJARMASIN_MALL_ID, DEMO_SERVICES, agencyId } from './seed/demo-registry';
import { tenancyId } from './seed/demo-malls';
import { CALLERS, dataOf, nodesOf, startMpp, type MppHarness, type Page } from './test-support/mpp-test-app';
import { CHECKLISTS, INVITE } from './test-support/operations';

const MALL_VIEW = `query($id: ID!) { mall(id: $id) { name openingHours { weekday } documents { title }
  tenancies(first: 100) { totalCount edges { node { step agency { id } agreements { edges { node { number } } } history { edges { node { step } } } services(first: 100) { edges { node { status service { id } } } } deskAssignments { weekday desk { number } } } } }
  desks { number assignments { weekday tenancy { agency { id } } } } } }`;

interface MallView {
  mall: {
    documents: unknown[];
    tenancies: Page<{
      step: string;
      agency: { id: string };
      agreements: Page<unknown>;
      history: Page<unknown>;
      services: Page<{ status: string; service: { id: string } }>;
    }>;
    desks: { number: number; assignments: { weekday: string; tenancy: { agency: { id: string } } }[] }[];
  } | null;
}

describe('who sees and changes what', () => {
  let mpp: MppHarness;
  beforeAll(async () => {
    mpp = await startMpp();
  });
  afterAll(() => mpp?.close());

  it('shows the public active malls with their live tenants, live services and opening hours only', async () => {
    const { mall } = dataOf(await mpp.graphql<MallView>(MALL_VIEW, { id: BANJARMASIN_MALL_ID }));
    expect(nodesOf(mall?.tenancies).map((tenancy) => tenancy.step)).toEqual(['LIVE', 'LIVE', 'LIVE', 'LIVE']);
    expect(
      nodesOf(mall?.tenancies).every((tenancy) => nodesOf(tenancy.agreements).length === 0 && nodesOf(tenancy.history).length === 0),
    ).toBe(true);
    const cityServices = nodesOf(mall?.tenancies)
      .find((tenancy) => tenancy.agency.id === agencyId('pemkot-63.71'))
      ?.services.edges.map((edge) => edge.node.service.id);
    expect(cityServices).not.toContain(DEMO_SERVICES.birthCertificate.id);
    expect(cityServices).toHaveLength(4);
    expect(mall?.documents).toEqual([]);
    // Desk 8 is shared: the public sees BPJS Kesehatan's days, not the tenant still onboarding.
    expect(mall?.desks.find((desk) => desk.number === 8)?.assignments.map((row) => row.weekday)).toEqual(['MONDAY', 'WEDNESDAY', 'FRIDAY']);
    const proposed = dataOf(
      await mpp.graphql<{ mall: unknown }>(`query($id: ID!) { mall(id: $id) { id } }`, {
        id: stableId('mall', 'mpp-kabupaten-tanah-laut'),
      }),
    );
    expect(proposed.mall).toBeNull();
    const hidden = dataOf(
      await mpp.graphql<{ tenancy: unknown }>(`query($id: ID!) { tenancy(id: $id) { id } }`, {
        id: tenancyId('mpp-kota-banjarmasin', 'bpjs-ketenagakerjaan'),
      }),
    );
    expect(hidden.tenancy).toBeNull();
  });

  it('shows the operator every tenancy of its own mall in full', async () => {
    const { mall } = dataOf(await mpp.graphql<MallView>(MALL_VIEW, { id: BANJARMASIN_MALL_ID }, { caller: CALLERS.operator }));
    expect(
      nodesOf(mall?.tenancies)
        .map((tenancy) => tenancy.step)
        .sort(),
    ).toEqual(['AGREEMENT_SIGNED', 'DESK_ASSIGNED', 'INVITED', 'LIVE', 'LIVE', 'LIVE', 'LIVE']);
    expect(nodesOf(mall?.tenancies).every((tenancy) => nodesOf(tenancy.history).length > 0)).toBe(true);
    expect(mall?.documents).toHaveLength(2);
    expect(mall?.desks.find((desk) => desk.number === 8)?.assignments.map((row) => row.weekday)).toEqual([
      'MONDAY',
      'TUESDAY',
      'WEDNESDAY',
      'THURSDAY',
      'FRIDAY',
    ]);
  });

  it("shows a unit desk its own agency's tenancies, agreements included, and nobody else's", async () => {
    const page = dataOf(
      await mpp.graphql<{ tenancies: Page<{ agency: { id: string }; agreements: Page<{ number: string }> }> }>(
        `{ tenancies(first: 100) { edges { node { agency { id } agreements { edges { node { number } } } } } } }`,
        {},
        { caller: CALLERS.deskSamsatKalsel },
      ),
    );
    const tenancies = nodesOf(page.tenancies).map((tenancy) => ({ ...tenancy, agreements: nodesOf(tenancy.agreements) }));
    const own = tenancies.filter((tenancy) => tenancy.agency.id === agencyId('pemprov-63'));
    expect(own).toEqual([{ agency: { id: agencyId('pemprov-63') }, agreements: [{ number: '120/PKS-SAMSAT/BAKEUDA/2021' }] }]);
    expect(
      tenancies.filter((tenancy) => tenancy.agency.id !== agencyId('pemprov-63')).every((tenancy) => tenancy.agreements.length === 0),
    ).toBe(true);
    const mutate = await mpp.graphql(
      INVITE,
      { input: { mallId: BANJARMASIN_MALL_ID, agencyId: agencyId('pemprov-62'), checklist: CHECKLISTS.INVITED } },
      { caller: CALLERS.deskSamsatKalsel },
    );
    expect(mutate.errors?.[0].extensions.code).toBe('FORBIDDEN');
  });

  it("shows a unit desk the desk days its own agency served at a mall, and no other tenant's", async () => {
    const DAYS = `query($id: ID!) { deskDays(mallId: $id, from: "2026-06-01", to: "2026-06-15", first: 100) {
      totalCount edges { node { tenancy { agency { id } } } } } }`;
    type Days = { deskDays: Page<{ tenancy: { agency: { id: string } } }> & { totalCount: number } };
    const all = dataOf(await mpp.graphql<Days>(DAYS, { id: BANJARMASIN_MALL_ID }, { caller: CALLERS.operator })).deskDays;
    const own = dataOf(await mpp.graphql<Days>(DAYS, { id: BANJARMASIN_MALL_ID }, { caller: CALLERS.deskSamsatKalsel })).deskDays;
    const agencies = new Set(nodesOf(own).map((day) => day.tenancy.agency.id));
    expect(own.totalCount).toBeGreaterThan(0);
    expect(all.totalCount).toBeLessThanOrEqual(100);
    expect([...agencies]).toEqual([agencyId('pemprov-63')]);
    expect(own.totalCount).toBe(nodesOf(all).filter((day) => day.tenancy.agency.id === agencyId('pemprov-63')).length);
    const publicDays = await mpp.graphql(DAYS, { id: BANJARMASIN_MALL_ID }, { caller: null });
    expect(publicDays.errors?.[0].extensions.code).toBe('UNAUTHENTICATED');
  });

  it("keeps another mall's operator out of this mall's records", async () => {
    const { mall } = dataOf(await mpp.graphql<MallView>(MALL_VIEW, { id: BANJARMASIN_MALL_ID }, { caller: CALLERS.otherOperator }));
    expect(nodesOf(mall?.tenancies).map((tenancy) => tenancy.step)).toEqual(['LIVE', 'LIVE', 'LIVE', 'LIVE']);
    const invite = await mpp.graphql(
      INVITE,
      { input: { mallId: BANJARMASIN_MALL_ID, agencyId: agencyId('pemprov-62'), checklist: CHECKLISTS.INVITED } },
      { caller: CALLERS.otherOperator },
    );
    expect(invite.errors?.[0].extensions.code).toBe('FORBIDDEN');
    const days = await mpp.graphql(
      `query($id: ID!) { deskDays(mallId: $id, from: "2026-06-01", to: "2026-06-15") { totalCount } }`,
      { id: BANJARMASIN_MALL_ID },
      { caller: CALLERS.otherOperator },
    );
    expect(days.errors?.[0].extensions.code).toBe('FORBIDDEN');
  });

  it('gives the national view to admins in full, and its counts to everyone', async () => {
    const { nationalMallOverview } = dataOf(
      await mpp.graphql<{
        nationalMallOverview: {
          active: number;
          proposed: number;
          publishedCounts: { count: number }[];
          openedByYear: { year: number; cumulative: number }[];
          byProvince: { provinceCode: string; active: number; proposed: number; total: number; province: { code: string } }[];
          malls: Page<{ mall: { id: string }; tenants: number; liveTenants: number; liveServices: number }>;
        };
      }>(
        `{ nationalMallOverview { active proposed publishedCounts { count } openedByYear { year cumulative }
        byProvince { provinceCode active proposed total province { code } } malls(first: 100) { totalCount edges { node { mall { id } tenants liveTenants liveServices } } } } }`,
        {},
        { caller: CALLERS.admin },
      ),
    );
    expect(nationalMallOverview.publishedCounts.map((row) => row.count)).toEqual([3, 43, 103, 152, 272, 305]);
    expect(nationalMallOverview).toMatchObject({ active: 5, proposed: 2 });
    expect(nationalMallOverview.byProvince[0]).toMatchObject({ provinceCode: '63', active: 3, proposed: 2, province: { code: '63' } });
    expect(nationalMallOverview.openedByYear.at(-1)?.cumulative).toBe(6);
    expect(nationalMallOverview.malls.totalCount).toBe(nationalMallOverview.byProvince.reduce((sum, row) => sum + row.total, 0));
    expect(nodesOf(nationalMallOverview.malls)[0]).toEqual({
      mall: { id: BANJARMASIN_MALL_ID },
      tenants: 7,
      liveTenants: 4,
      liveServices: 8,
    });
    // Public since issue #16 (the front door's MPP growth); what the public's list holds is in public-figures/mall-growth.spec.ts.
    const others = await Promise.all(
      [CALLERS.operator, CALLERS.evaluator, null].map((caller) => mpp.graphql(`{ nationalMallOverview { active } }`, {}, { caller })),
    );
    expect(
      others.map((response) => [
        response.errors,
        (response.data as { nationalMallOverview: { active: number } }).nationalMallOverview.active,
      ]),
    ).toEqual([
      [undefined, 5],
      [undefined, 5],
      [undefined, 5],
    ]);
  });

  it('refuses requests that bypass the gateway', async () => {
    const response = await mpp.graphql(`{ malls { totalCount } }`, {}, { withoutInternalToken: true });
    expect(response.status).toBe(401);
    expect(response.errors?.[0].extensions.code).toBe('UNAUTHENTICATED');
  });

  it('keeps SQL statements per page flat whatever the page size (keyset pages, DataLoaders, no N+1)', async () => {
    const statementsFor = async (first: number) => {
      const query = `query($first: Int!) { malls(first: $first) { totalCount edges { node { id openingHours { weekday } desks { number }
        tenancies(first: $first) { totalCount edges { node { id services(first: $first) { edges { node { id } } } agreements(first: $first) { edges { node { number document { file { sha256 } } } } }
          history(first: $first) { edges { node { step } } } deskAssignments { weekday } } } } } } } }`;
      mpp.queries.reset();
      const { malls } = dataOf(await mpp.graphql<{ malls: Page<{ id: string }> }>(query, { first }, { caller: CALLERS.admin }));
      return { statements: mpp.queries.count, rows: malls.edges.length };
    };
    // A page of 5 already holds malls with tenants, services and desks, so every loader runs once.
    const small = await statementsFor(5);
    const large = await statementsFor(100);
    expect(small.rows).toBe(5);
    expect(large.rows).toBeGreaterThan(small.rows);
    expect(large.statements).toBe(small.statements);
    // Malls, tenancies, services, agreements, history: two statements each (rows + count); opening hours, desks, assignments: one.
    expect(large.statements).toBeLessThanOrEqual(13);
  });
});
