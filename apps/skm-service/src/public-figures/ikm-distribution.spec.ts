import { startSkm, type SkmHarness } from '../test-support/skm-test-app';

const QUERY = `query($year: Int) { ikmDistribution(year: $year) {
  year units unitsWithoutResult origin source availableYears bands { code label labelEn min max units } } }`;

interface Distribution {
  year: number | null;
  units: number;
  unitsWithoutResult: number;
  origin: string;
  source: string | null;
  availableYears: number[];
  bands: { code: string; label: string; labelEn: string; min: number; max: number; units: number }[];
}

describe('ikmDistribution: units per IKM band for the public front door', () => {
  let skm: SkmHarness;
  beforeAll(async () => {
    skm = await startSkm();
  });
  afterAll(() => skm?.close());

  async function distribution(year: number | null): Promise<Distribution> {
    const answer = await skm.graphql<{ ikmDistribution: Distribution }>(QUERY, { year }, { caller: null });
    if (!answer.data) throw new Error(JSON.stringify(answer.errors));
    return answer.data.ikmDistribution;
  }

  it('signed out, counts each unit once by its headline IKM of the year, in the four PermenPANRB 14/2017 bands', async () => {
    const last = await distribution(2025);
    expect(last.bands.map((band) => [band.code, band.label, band.min, band.max, band.units])).toEqual([
      ['A', 'Sangat Baik', 88.31, 100, 0],
      ['B', 'Baik', 76.61, 88.3, 4],
      ['C', 'Kurang Baik', 65, 76.6, 7],
      ['D', 'Tidak Baik', 25, 64.99, 1],
    ]);
    expect(last).toMatchObject({ year: 2025, units: 12, unitsWithoutResult: 0, availableYears: [2026, 2025] });
    // The seed's surveys are demo data: so is every count made of them.
    expect(last.origin).toBe('DEMO');
    expect(last.source).toBe('IKM utama setiap unit tahun 2025 (PermenPANRB 14/2017)');
  });

  it('rule: a period still running gives no result; the unit is counted apart, and by default the newest year with results shows', async () => {
    const current = await distribution(null);
    expect(current.year).toBe(2026);
    // 20 May 2026: the first quarter is complete for 12 units; the others' periods still run.
    expect(current.bands.map((band) => band.units)).toEqual([0, 5, 7, 0]);
    expect(current.units).toBe(12);
    expect(current.unitsWithoutResult).toBe(72);
    expect(current.bands.reduce((sum, band) => sum + band.units, 0)).toBe(current.units);
  });

  it('says plainly when a year has nothing, and refuses a year that cannot be one', async () => {
    const none = await distribution(2019);
    expect(none).toMatchObject({ year: 2019, units: 0, unitsWithoutResult: 0, source: null });
    expect(none.bands.map((band) => band.units)).toEqual([0, 0, 0, 0]);
    const refused = await skm.graphql(QUERY, { year: 19 }, { caller: null });
    expect(refused.errors?.[0].extensions.code).toBe('BAD_USER_INPUT');
  });
});
