import { BANJARMASIN_MALL_ID } from '../seed/demo-registry';
import { CALLERS, dataOf, nodesOf, startMpp, type MppHarness, type Page } from '../test-support/mpp-test-app';

interface Point {
  year: number;
  count: number;
  asOf: string | null;
  origin: string;
  source: string | null;
}

const GROWTH = `{ mallGrowth { published { year count asOf origin source } registered { year count asOf origin source } } }`;
const OVERVIEW = `{ nationalMallOverview { active proposed publishedCounts { count source } openedByYear { year cumulative }
  byProvince { provinceCode active total } malls(first: 100) { totalCount edges { node { mall { id status } tenants liveTenants } } } } }`;

interface Overview {
  nationalMallOverview: {
    active: number;
    proposed: number;
    publishedCounts: { count: number; source: string }[];
    openedByYear: { year: number; cumulative: number }[];
    malls: Page<{ mall: { id: string; status: string }; tenants: number; liveTenants: number }>;
  };
}

describe('public MPP figures for the front door', () => {
  let mpp: MppHarness;
  beforeAll(async () => {
    mpp = await startMpp();
  });
  afterAll(() => mpp?.close());

  it('mallGrowth, signed out: the official series per year with its source, and Simpul’s own count apart and marked', async () => {
    const { mallGrowth } = dataOf(
      await mpp.graphql<{ mallGrowth: { published: Point[]; registered: Point[] } }>(GROWTH, {}, { caller: null }),
    );
    // The seed articles' 43 MPP is one point of the KemenPAN-RB series, each year's last published count.
    expect(mallGrowth.published.map((point) => point.count)).toEqual([3, 43, 103, 152, 272, 305]);
    expect(mallGrowth.published.every((point) => point.origin === 'OFFICIAL' && point.source?.startsWith('KemenPAN-RB'))).toBe(true);
    expect(mallGrowth.published.at(-1)).toMatchObject({ year: 2025, asOf: expect.stringMatching(/^2025-12-/) });
    const years = mallGrowth.published.map((point) => point.year);
    expect(years).toEqual([...new Set(years)].sort((a, b) => a - b));
    // The demo seed's malls are demo: their count never reads as an official figure.
    expect(mallGrowth.registered.at(-1)).toMatchObject({ count: 6, origin: 'DEMO', source: null, asOf: null });
    const counts = mallGrowth.registered.map((point) => point.count);
    expect(counts).toEqual([...counts].sort((a, b) => a - b));
  });

  it('nationalMallOverview is public: counts for everyone, and the list of malls only as the public sees malls', async () => {
    const admin = dataOf(await mpp.graphql<Overview>(OVERVIEW, {}, { caller: CALLERS.admin })).nationalMallOverview;
    const publicView = dataOf(await mpp.graphql<Overview>(OVERVIEW, {}, { caller: null })).nationalMallOverview;
    expect(publicView).toMatchObject({ active: admin.active, proposed: admin.proposed, publishedCounts: admin.publishedCounts });
    expect(publicView.openedByYear).toEqual(admin.openedByYear);
    // A proposed mall is not public (mall(id) answers null for it), so the public list leaves it out …
    expect(nodesOf(admin.malls).some((row) => row.mall.status === 'PROPOSED')).toBe(true);
    expect(nodesOf(publicView.malls).every((row) => row.mall.status === 'ACTIVE')).toBe(true);
    // … and counts only LIVE tenants: Banjarmasin has 7 tenancies, 4 of them live.
    const banjarmasin = (view: Overview['nationalMallOverview']) => nodesOf(view.malls).find((row) => row.mall.id === BANJARMASIN_MALL_ID);
    expect(banjarmasin(admin)).toMatchObject({ tenants: 7, liveTenants: 4 });
    expect(banjarmasin(publicView)).toMatchObject({ tenants: 4, liveTenants: 4 });
    const operator = dataOf(await mpp.graphql<Overview>(OVERVIEW, {}, { caller: CALLERS.operator })).nationalMallOverview;
    expect(nodesOf(operator.malls)).toEqual(nodesOf(publicView.malls));
  });
});
