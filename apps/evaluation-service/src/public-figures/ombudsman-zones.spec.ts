import { errorCode, ok, startEvaluation, type EvaluationHarness } from '../test-support/evaluation-test-app';

const ZONES = `query($year: Int) { ombudsmanZonesByProvince(year: $year) {
  year availableYears total origin source zoneCounts { zone label { id en } count }
  provinces { provinceCode hijau kuning merah total officialCount demoCount } } }`;
const SUMMARY = `query($year: Int) { ombudsmanProvinceSummary(regionCode: "63", year: $year) { year total zoneCounts { zone count } officialCount demoCount } }`;

interface ZoneMap {
  year: number | null;
  availableYears: number[];
  total: number;
  origin: string;
  source: string | null;
  zoneCounts: { zone: string; label: { id: string; en: string }; count: number }[];
  provinces: {
    provinceCode: string;
    hijau: number;
    kuning: number;
    merah: number;
    total: number;
    officialCount: number;
    demoCount: number;
  }[];
}

describe('ombudsmanZonesByProvince: the Ombudsman zones across the country for the front door', () => {
  let evaluation: EvaluationHarness;
  beforeAll(async () => {
    evaluation = await startEvaluation();
  });
  afterAll(() => evaluation?.close());

  it('signed out, counts each province’s instansi per zone as the province page does, and adds them up nationally', async () => {
    const { ombudsmanZonesByProvince: map } = ok(
      await evaluation.graphql<{ ombudsmanZonesByProvince: ZoneMap }>(ZONES, { year: 2022 }, { caller: null }),
    );
    expect(map.year).toBe(2022);
    expect(map.availableYears).toContain(2022);
    expect(map.zoneCounts.map((row) => row.zone)).toEqual(['HIJAU', 'KUNING', 'MERAH']);
    expect(map.zoneCounts[1].label).toEqual({ id: expect.any(String), en: expect.any(String) });
    const { ombudsmanProvinceSummary: summary } = ok(
      await evaluation.graphql<{
        ombudsmanProvinceSummary: {
          total: number;
          zoneCounts: { zone: string; count: number }[];
          officialCount: number;
          demoCount: number;
        };
      }>(SUMMARY, { year: 2022 }, { caller: null }),
    );
    const kalsel = map.provinces.find((province) => province.provinceCode === '63');
    // Kalimantan Selatan 2022: Kota Banjarmasin 69,63 kuning among them (Ombudsman RI, Penilaian Kepatuhan 2022).
    expect(kalsel).toEqual({
      provinceCode: '63',
      hijau: summary.zoneCounts[0].count,
      kuning: summary.zoneCounts[1].count,
      merah: summary.zoneCounts[2].count,
      total: summary.total,
      officialCount: summary.officialCount,
      demoCount: summary.demoCount,
    });
    expect(kalsel?.kuning).toBeGreaterThan(0);
    expect(map.zoneCounts.reduce((sum, row) => sum + row.count, 0)).toBe(map.total);
    expect(map.provinces.reduce((sum, province) => sum + province.total, 0)).toBe(map.total);
    // Official and demo results side by side: the count is demo, never read as an official figure.
    expect(map.origin).toBe(map.provinces.some((province) => province.demoCount > 0) ? 'DEMO' : 'OFFICIAL');
    if (map.origin === 'DEMO') expect(map.source).toBeNull();
  });

  it('says plainly when a year has no results, and refuses a year that cannot be one', async () => {
    const { ombudsmanZonesByProvince: none } = ok(
      await evaluation.graphql<{ ombudsmanZonesByProvince: ZoneMap }>(ZONES, { year: 2016 }, { caller: null }),
    );
    expect(none).toMatchObject({ year: 2016, total: 0, provinces: [], source: null });
    expect(none.zoneCounts.map((row) => row.count)).toEqual([0, 0, 0]);
    expect(errorCode(await evaluation.graphql(ZONES, { year: 16 }, { caller: null }))).toBe('BAD_USER_INPUT');
  });
});
