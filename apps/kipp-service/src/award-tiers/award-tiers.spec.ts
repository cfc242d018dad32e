import pg from 'pg';
import { unitId } from '../seed/demo-registry';
import { CALLERS, dataOf, startKipp, type KippHarness } from '../test-support/kipp-test-app';

const TIERS = `{ kippAwardTiers { year winnerSize name source } }`;
const SET_TIER = `mutation($year: Int!, $size: Int!, $source: String!) { setKippAwardTier(year: $year, winnerSize: $size, source: $source) { year name } }`;
const RECORD = `mutation($input: HistoricalAwardInput!) { recordHistoricalAward(input: $input) { innovationId year award tierName title source } }`;
const UPDATE = `mutation($id: ID!, $input: HistoricalAwardInput!) { updateHistoricalAward(innovationId: $id, input: $input) { innovationId tierName title } }`;
const INNOVATION = `query($id: ID!) { innovation(id: $id) { title award awardName awardTierSize origin source history { year award awardName } } }`;

const award = (overrides: Record<string, unknown> = {}) => ({
  year: 2015,
  award: 'TOP45',
  title: 'Sistem pengendalian inflasi provinsi (contoh uji)',
  category: 'Tata kelola',
  serviceUnitId: unitId('dinsos-62'),
  source: 'Keputusan MenPAN-RB (contoh uji, 2015)',
  ...overrides,
});

interface GraphQLError {
  extensions: { code: string; field?: string };
}

describe('KIPP winners keep the tier their competition used', () => {
  let kipp: KippHarness;
  beforeAll(async () => {
    kipp = await startKipp();
  });
  afterAll(() => kipp?.close());

  const asAdmin = <T>(query: string, variables: Record<string, unknown> = {}) =>
    kipp.graphql<T>(query, variables, { caller: CALLERS.admin });
  const errorOf = (response: { errors?: unknown[] }) => (response.errors as GraphQLError[] | undefined)?.[0]?.extensions;

  it('rule: the published tiers of 2014–2018 are known with their source, and 2019 on is Top 45', async () => {
    const tiers = dataOf(
      await kipp.graphql<{ kippAwardTiers: { year: number; name: string; source: string | null }[] }>(TIERS),
    ).kippAwardTiers;
    const byYear = new Map(tiers.map((tier) => [tier.year, tier]));
    expect([2014, 2015, 2016, 2017, 2018].map((year) => byYear.get(year)?.name)).toEqual(['Top 9', 'Top 25', 'Top 35', 'Top 40', 'Top 40']);
    expect(byYear.get(2015)?.source).toMatch(/docs\/domain\.md §9/);
    expect(byYear.get(2026)?.name).toBe('Top 45');
  });

  it('rule: an admin enters a published 2015 winner, and the public sees it as a Top 25 with its source', async () => {
    const recorded = dataOf(
      await asAdmin<{ recordHistoricalAward: { innovationId: string; tierName: string } }>(RECORD, { input: award() }),
    ).recordHistoricalAward;
    expect(recorded.tierName).toBe('Top 25');
    const shown = dataOf(await kipp.graphql<{ innovation: Record<string, unknown> }>(INNOVATION, { id: recorded.innovationId })).innovation;
    expect(shown).toMatchObject({
      award: 'TOP45',
      awardName: 'Top 25',
      awardTierSize: 25,
      origin: 'OFFICIAL',
      source: 'Keputusan MenPAN-RB (contoh uji, 2015)',
      history: [{ year: 2015, award: 'TOP45', awardName: 'Top 25' }],
    });
    // Entered twice is refused, naming the field.
    expect(errorOf(await asAdmin(RECORD, { input: award() }))).toMatchObject({ code: 'CONFLICT', field: 'title' });

    const moved = dataOf(
      await asAdmin<{ updateHistoricalAward: { tierName: string; title: string } }>(UPDATE, {
        id: recorded.innovationId,
        input: award({ year: 2016, title: 'Sistem pengendalian inflasi (dikoreksi)' }),
      }),
    ).updateHistoricalAward;
    expect(moved).toEqual({ innovationId: recorded.innovationId, tierName: 'Top 35', title: 'Sistem pengendalian inflasi (dikoreksi)' });
  });

  it('rule: entries are checked — year, source, unit, a competition run here, and who may enter', async () => {
    expect(errorOf(await asAdmin(RECORD, { input: award({ year: 2013 }) }))).toMatchObject({ code: 'BAD_USER_INPUT', field: 'year' });
    expect(errorOf(await asAdmin(RECORD, { input: award({ source: '  ' }) }))).toMatchObject({ code: 'BAD_USER_INPUT', field: 'source' });
    expect(errorOf(await asAdmin(RECORD, { input: award({ serviceUnitId: unitId('no-such-unit') }) }))).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'serviceUnitId',
    });
    const refused = await kipp.graphql(RECORD, { input: award() }, { caller: CALLERS.deskDpmptspKalteng });
    expect(errorOf(refused)?.code).toBe('FORBIDDEN');
    // The 2026 competition as if an admin had created it in Simpul rather than the demo seed.
    const db = new pg.Client({ connectionString: kipp.database.url });
    await db.connect();
    try {
      expect((await db.query(`UPDATE kipp.competitions SET origin = 'OFFICIAL' WHERE year = 2026`)).rowCount).toBe(1);
    } finally {
      await db.end();
    }
    expect(errorOf(await asAdmin(RECORD, { input: award({ year: 2026 }) }))).toMatchObject({ code: 'CONFLICT', field: 'year' });
    expect(errorOf(await asAdmin(SET_TIER, { year: 2026, size: 30, source: 'Berita uji 2026' }))).toMatchObject({
      code: 'CONFLICT',
      field: 'year',
    });
  });

  it('rule: an admin records or corrects a past year’s tier; sizes outside 1–98 are refused', async () => {
    expect(errorOf(await asAdmin(SET_TIER, { year: 2014, size: 99, source: 'Berita uji 2014' }))).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'winnerSize',
    });
    expect(
      dataOf(await asAdmin<{ setKippAwardTier: { name: string } }>(SET_TIER, { year: 2014, size: 10, source: 'Berita uji 2014' }))
        .setKippAwardTier,
    ).toEqual({
      year: 2014,
      name: 'Top 10',
    });
  });
});
