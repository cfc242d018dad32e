import { BANJARMASIN_MALL_ID } from './seed/demo-registry';
import { CALLERS, dataOf, nodesOf, startMpp, type MppHarness, type Page } from './test-support/mpp-test-app';

const admin = { caller: CALLERS.admin };
const operator = { caller: CALLERS.operator };

/** Follows `after` cursors to the end with pages of `first`, returning every id in order. */
async function walk(
  mpp: MppHarness,
  query: string,
  variables: Record<string, unknown>,
  pick: (data: Record<string, unknown>) => Page<{ id: string }>,
  first: number,
  options = admin,
) {
  const ids: string[] = [];
  let after: string | null = null;
  let pages = 0;
  for (;;) {
    const page = pick(dataOf(await mpp.graphql<Record<string, unknown>>(query, { ...variables, first, after }, options)));
    ids.push(...nodesOf(page).map((node) => node.id));
    pages += 1;
    expect(page.edges.length).toBeLessThanOrEqual(first);
    if (!page.pageInfo.hasNextPage) return { ids, pages, totalCount: page.totalCount };
    after = page.pageInfo.endCursor;
  }
}

const MALLS = `query($first: Int, $after: String) { malls(first: $first, after: $after) { totalCount edges { cursor node { id } } pageInfo { hasNextPage endCursor } } }`;
const TENANCIES = `query($first: Int, $after: String) { tenancies(first: $first, after: $after) { totalCount edges { cursor node { id } } pageInfo { hasNextPage endCursor } } }`;
const MALL_TENANCIES = `query($id: ID!, $first: Int, $after: String) { mall(id: $id) { tenancies(first: $first, after: $after) { totalCount edges { cursor node { id } } pageInfo { hasNextPage endCursor } } } }`;
const DESK_DAYS = `query($mallId: ID!, $first: Int, $after: String) { deskDays(mallId: $mallId, from: "2026-05-01", to: "2026-06-15", first: $first, after: $after) {
  totalCount edges { cursor node { id date desk { number } } } pageInfo { hasNextPage endCursor } } }`;

describe('every list is paginated by cursor', () => {
  let mpp: MppHarness;
  beforeAll(async () => {
    mpp = await startMpp();
  });
  afterAll(() => mpp?.close());

  it('walks the malls page by page, each mall once, in the same order as one big page', async () => {
    const whole = await walk(mpp, MALLS, {}, (data) => data.malls as Page<{ id: string }>, 100);
    const paged = await walk(mpp, MALLS, {}, (data) => data.malls as Page<{ id: string }>, 3);
    expect(whole.ids.length).toBe(whole.totalCount);
    expect(paged.ids).toEqual(whole.ids);
    expect(paged.pages).toBe(Math.ceil(whole.totalCount / 3));
  });

  it("walks the tenancies and a mall's nested tenancies without gaps or repeats", async () => {
    const whole = await walk(mpp, TENANCIES, {}, (data) => data.tenancies as Page<{ id: string }>, 100);
    const paged = await walk(mpp, TENANCIES, {}, (data) => data.tenancies as Page<{ id: string }>, 4);
    expect(paged.ids).toEqual(whole.ids);
    expect(new Set(paged.ids).size).toBe(whole.totalCount);
    const pickNested = (data: Record<string, unknown>) => (data.mall as { tenancies: Page<{ id: string }> }).tenancies;
    const nestedWhole = await walk(mpp, MALL_TENANCIES, { id: BANJARMASIN_MALL_ID }, pickNested, 100, operator);
    const nestedPaged = await walk(mpp, MALL_TENANCIES, { id: BANJARMASIN_MALL_ID }, pickNested, 2, operator);
    expect(nestedWhole.totalCount).toBe(7);
    expect(nestedPaged.ids).toEqual(nestedWhole.ids);
    // The public sees only the LIVE tenants, and the count says so.
    const publicPage = pickNested(
      dataOf(await mpp.graphql<Record<string, unknown>>(MALL_TENANCIES, { id: BANJARMASIN_MALL_ID, first: 2 })),
    );
    expect(publicPage).toMatchObject({ totalCount: 4, pageInfo: { hasNextPage: true } });
  });

  it('pages desk days by date with a stable order', async () => {
    const whole = await walk(
      mpp,
      DESK_DAYS,
      { mallId: BANJARMASIN_MALL_ID },
      (data) => data.deskDays as Page<{ id: string }>,
      100,
      operator,
    );
    const paged = await walk(
      mpp,
      DESK_DAYS,
      { mallId: BANJARMASIN_MALL_ID },
      (data) => data.deskDays as Page<{ id: string }>,
      37,
      operator,
    );
    expect(whole.totalCount).toBeGreaterThan(100);
    expect(paged.ids).toEqual(whole.ids);
    const first = dataOf(
      await mpp.graphql<{ deskDays: Page<{ date: string }> }>(DESK_DAYS, { mallId: BANJARMASIN_MALL_ID, first: 100 }, operator),
    );
    const dates = nodesOf(first.deskDays).map((day) => day.date);
    expect(dates).toEqual([...dates].sort());
  });

  it('refuses a page size outside 1..100 and a forged cursor', async () => {
    for (const first of [0, 101]) {
      const response = await mpp.graphql(MALLS, { first });
      expect(response.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'first' });
    }
    const nested = await mpp.graphql(MALL_TENANCIES, { id: BANJARMASIN_MALL_ID, first: 500 });
    expect(nested.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'first' });
    for (const after of ['not-a-cursor', Buffer.from(JSON.stringify(['[]', 'x'])).toString('base64url')]) {
      const response = await mpp.graphql(TENANCIES, { first: 5, after }, admin);
      expect(response.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'after' });
    }
  });

  it('keeps the statements of a desk-day page the same for 5 rows and for 100', async () => {
    const count = async (first: number) => {
      mpp.queries.reset();
      dataOf(await mpp.graphql(DESK_DAYS, { mallId: BANJARMASIN_MALL_ID, first }, operator));
      return mpp.queries.count;
    };
    expect(await count(100)).toBe(await count(5));
  });
});
