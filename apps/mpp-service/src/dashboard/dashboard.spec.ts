import pg from 'pg';
import { BANJARMASIN_MALL_ID, DEMO_SERVICES } from '../seed/demo-registry';
import { CALLERS, dataOf, nodesOf, startMpp, TEST_TODAY, type MppHarness, type Page } from '../test-support/mpp-test-app';
import { addDays } from '../common/dates';

const operator = { caller: CALLERS.operator };
const DASHBOARD = `query($mallId: ID!, $from: String, $to: String) { mallDashboard(mallId: $mallId, from: $from, to: $to) {
  from to
  funnel { step current reached }
  occupancy { weekday open desks occupied rate }
  monthly: visitorTrend(granularity: MONTH) { period visitors complaints deskDays }
  agreementsNearingExpiry { edges { node { agency { id } agreement { number status daysToExpiry } } } }
  servicesNotReady { edges { node { reason missingComponents unpublishedComponents service { id } } } }
  busiestDesks(first: 3) { totalCount edges { node { desk { number } visitors complaints days averagePerDay } } }
  busiestServices(first: 3) { edges { node { service { id } visitors days } } }
  quotaUse { edges { node { service { id } dailyQuota days visitors use daysOverQuota peakDay } } }
} }`;

type Lists = 'agreementsNearingExpiry' | 'servicesNotReady' | 'busiestDesks' | 'busiestServices' | 'quotaUse';
type AsPages<T> = { [K in keyof T]: K extends Lists ? (T[K] extends (infer N)[] ? Page<N> : never) : T[K] };

interface Dashboard {
  mallDashboard: {
    from: string;
    to: string;
    funnel: { step: string; current: number; reached: number }[];
    occupancy: { weekday: string; open: boolean; desks: number; occupied: number; rate: number }[];
    monthly: { period: string; visitors: number; complaints: number; deskDays: number }[];
    agreementsNearingExpiry: { agreement: { number: string; status: string; daysToExpiry: number } }[];
    servicesNotReady: { reason: string; missingComponents: string[]; unpublishedComponents: string[]; service: { id: string } }[];
    busiestDesks: { desk: { number: number }; visitors: number; complaints: number; days: number; averagePerDay: number }[];
    busiestServices: { service: { id: string }; visitors: number }[];
    quotaUse: {
      service: { id: string };
      dailyQuota: number;
      days: number;
      visitors: number;
      use: number;
      daysOverQuota: number;
      peakDay: number;
    }[];
  };
}

describe("the operator's dashboard", () => {
  let mpp: MppHarness;
  let db: pg.Client;
  let dashboard: Dashboard['mallDashboard'];
  let desksTotal = 0;
  beforeAll(async () => {
    mpp = await startMpp();
    db = new pg.Client({ connectionString: mpp.database.url });
    await db.connect();
    const paged = dataOf(
      await mpp.graphql<{ mallDashboard: AsPages<Dashboard['mallDashboard']> }>(DASHBOARD, { mallId: BANJARMASIN_MALL_ID }, operator),
    ).mallDashboard;
    desksTotal = paged.busiestDesks.totalCount;
    dashboard = {
      ...paged,
      agreementsNearingExpiry: nodesOf(paged.agreementsNearingExpiry),
      servicesNotReady: nodesOf(paged.servicesNotReady),
      busiestDesks: nodesOf(paged.busiestDesks),
      busiestServices: nodesOf(paged.busiestServices),
      quotaUse: nodesOf(paged.quotaUse),
    };
  });
  afterAll(async () => {
    await db?.end();
    await mpp?.close();
  });

  it('covers the last 90 days by default', () => {
    expect(dashboard).toMatchObject({ from: addDays(TEST_TODAY, -89), to: TEST_TODAY });
  });

  it('shows the onboarding funnel by step', () => {
    const current = Object.fromEntries(dashboard.funnel.map((step) => [step.step, step.current]));
    expect(current).toEqual({ INVITED: 1, AGREEMENT_SIGNED: 1, DESK_ASSIGNED: 1, SERVICES_READY: 0, LIVE: 4, PAUSED: 0, LEFT: 0 });
    expect(dashboard.funnel.map((step) => step.reached)).toEqual([7, 6, 5, 4, 4, 0, 0]);
  });

  it('shows desk occupancy by weekday, shared desks counted once', () => {
    expect(dashboard.occupancy.map((day) => [day.weekday, day.open, day.occupied])).toEqual([
      ['MONDAY', true, 6],
      ['TUESDAY', true, 6],
      ['WEDNESDAY', true, 6],
      ['THURSDAY', true, 6],
      ['FRIDAY', true, 6],
      ['SATURDAY', true, 3],
      ['SUNDAY', false, 0],
    ]);
    expect(dashboard.occupancy[0]).toMatchObject({ desks: 10, rate: 0.6 });
  });

  it('sums visitors by month exactly as the desk days hold them', async () => {
    const { rows } = await db.query<{ visitors: number; days: number }>(
      `SELECT sum(visitors)::int AS visitors, count(*)::int AS days FROM mpp.desk_days WHERE mall_id = $1 AND visit_date BETWEEN $2 AND $3`,
      [BANJARMASIN_MALL_ID, dashboard.from, dashboard.to],
    );
    expect(dashboard.monthly.map((point) => point.period)).toEqual(['2026-03-01', '2026-04-01', '2026-05-01', '2026-06-01']);
    expect(dashboard.monthly.reduce((sum, point) => sum + point.visitors, 0)).toBe(rows[0].visitors);
    expect(dashboard.monthly.reduce((sum, point) => sum + point.deskDays, 0)).toBe(rows[0].days);
  });

  it('warns about the Samsat agreement expiring in 35 days', () => {
    expect(dashboard.agreementsNearingExpiry.map((row) => row.agreement)).toEqual([
      { number: '120/PKS-SAMSAT/BAKEUDA/2021', status: 'EXPIRING', daysToExpiry: 35 },
    ]);
  });

  it('lists the services not ready and why', () => {
    expect(dashboard.servicesNotReady).toEqual([
      {
        reason: 'STANDARD_INCOMPLETE',
        missingComponents: [],
        unpublishedComponents: ['PRODUCT'],
        service: { id: DEMO_SERVICES.birthCertificate.id },
      },
      { reason: 'STANDARD_INCOMPLETE', missingComponents: [], unpublishedComponents: ['DURATION'], service: { id: DEMO_SERVICES.jht.id } },
    ]);
  });

  it('ranks the busiest desks and services, with complaints', () => {
    const desks = dashboard.busiestDesks;
    expect(desks).toHaveLength(3);
    expect(desksTotal).toBeGreaterThan(3);
    expect(desks[0].visitors).toBeGreaterThanOrEqual(desks[1].visitors);
    expect(desks[0].desk.number).toBe(3); // Samsat's annual STNK desk, quota 150 a day
    expect(desks[0].averagePerDay).toBeCloseTo(desks[0].visitors / desks[0].days, 1);
    expect(dashboard.busiestServices[0].service.id).toBe(DEMO_SERVICES.stnkAnnual.id);
  });

  it('measures quota use per service (Imigrasi: 30 passports a day)', async () => {
    const passport = dashboard.quotaUse.find((row) => row.service.id === DEMO_SERVICES.passport.id);
    const { rows } = await db.query<{ days: number; visitors: number; over: number; peak: number }>(
      `SELECT count(*)::int AS days, sum(s.visitors)::int AS visitors, count(*) FILTER (WHERE s.visitors > 30)::int AS over, max(s.visitors)::int AS peak
       FROM mpp.desk_day_services s JOIN mpp.desk_days d ON d.id = s.desk_day_id WHERE s.service_id = $1 AND d.visit_date BETWEEN $2 AND $3`,
      [DEMO_SERVICES.passport.id, dashboard.from, dashboard.to],
    );
    expect(passport).toEqual({
      service: { id: DEMO_SERVICES.passport.id },
      dailyQuota: 30,
      days: rows[0].days,
      visitors: rows[0].visitors,
      use: Math.round((rows[0].visitors / (30 * rows[0].days)) * 1000) / 1000,
      daysOverQuota: rows[0].over,
      peakDay: rows[0].peak,
    });
    expect(passport?.use).toBeGreaterThan(0.6);
  });

  it('refuses a range out of order, and other operators', async () => {
    const reversed = await mpp.graphql(DASHBOARD, { mallId: BANJARMASIN_MALL_ID, from: '2026-06-10', to: '2026-06-01' }, operator);
    expect(reversed.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'to' });
    const stranger = await mpp.graphql(DASHBOARD, { mallId: BANJARMASIN_MALL_ID }, { caller: CALLERS.otherOperator });
    expect(stranger.errors?.[0].extensions.code).toBe('FORBIDDEN');
  });
});
