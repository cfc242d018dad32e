import { errorCode, ok, startEvaluation, type EvaluationHarness } from '../test-support/evaluation-test-app';

const QUERY = `query($year: Int) { ippByProvince(year: $year) {
  year cycleId cycleName scheme label { id en } origin source availableYears
  cohorts { code label labelEn }
  provinces { provinceCode provinceName count value category { code label } cohorts { cohort { code label } count value } } } }`;

interface Answer {
  ippByProvince: {
    year: number | null;
    cycleId: string | null;
    scheme: string | null;
    label: { id: string; en: string } | null;
    origin: string;
    source: string | null;
    availableYears: number[];
    cohorts: { code: string; label: string; labelEn: string }[];
    provinces: {
      provinceCode: string;
      provinceName: string | null;
      count: number;
      value: number;
      category: { code: string; label: string };
      cohorts: { cohort: { code: string }; count: number; value: number }[];
    }[];
  };
}

describe('ippByProvince: the public front door’s IPP per province', () => {
  let evaluation: EvaluationHarness;
  beforeAll(async () => {
    evaluation = await startEvaluation();
  });
  afterAll(() => evaluation?.close());

  it('signed out, gives the newest published cycle per province with its cohorts, the same means as cycleAggregates', async () => {
    const { ippByProvince } = ok(await evaluation.graphql<Answer>(QUERY, {}, { caller: null }));
    expect(ippByProvince).toMatchObject({
      year: 2022,
      scheme: 'PEMANTAUAN',
      label: { id: 'PEKPPP 2022 (Pemantauan)', en: 'PEKPPP 2022 (Monitoring)' },
      source: 'PEKPPP 2022 (Pemantauan)',
      // The seeded 2022 cycle holds demo results beside Samsat Kalsel's official one: its means are demo.
      origin: 'DEMO',
      cohorts: [{ code: 'PROVINCE:SAMSAT', label: 'Samsat tingkat provinsi', labelEn: 'Provincial Samsat' }],
    });
    expect(ippByProvince.provinces).toHaveLength(34);
    const kalsel = ippByProvince.provinces.find((province) => province.provinceCode === '63');
    expect(kalsel).toEqual({
      provinceCode: '63',
      provinceName: 'Kalimantan Selatan',
      count: 1,
      value: 4.02,
      category: { code: 'A-', label: 'Sangat Baik' },
      cohorts: [{ cohort: { code: 'PROVINCE:SAMSAT', label: 'Samsat tingkat provinsi' }, count: 1, value: 4.02 }],
    });
    const aggregates = ok(
      await evaluation.graphql<{ cycleAggregates: { province: { group: string; value: number; count: number }[] } }>(
        `query($id: ID!) { cycleAggregates(cycleId: $id) { province { group value count } } }`,
        { id: ippByProvince.cycleId },
        { caller: null },
      ),
    ).cycleAggregates.province;
    const byCode = new Map(aggregates.map((figure) => [figure.group, figure]));
    for (const province of ippByProvince.provinces)
      expect([province.value, province.count]).toEqual([
        byCode.get(province.provinceCode)?.value,
        byCode.get(province.provinceCode)?.count,
      ]);
  });

  it('rule: only published cycles show; the unpublished 2026 cycle is neither chosen nor offered as a year', async () => {
    const { ippByProvince } = ok(await evaluation.graphql<Answer>(QUERY, { year: 2026 }, { caller: null }));
    expect(ippByProvince).toMatchObject({ year: 2026, cycleId: null, label: null, provinces: [], cohorts: [], source: null });
    expect(ippByProvince.availableYears).toEqual([2022, 2020, 2019]);
  });

  it('answers an older published year, and refuses a year that cannot be one', async () => {
    const { ippByProvince } = ok(await evaluation.graphql<Answer>(QUERY, { year: 2020 }, { caller: null }));
    expect(ippByProvince.year).toBe(2020);
    expect(ippByProvince.provinces.length).toBeGreaterThan(0);
    expect(ippByProvince.provinces.every((province) => province.count > 0 && province.value >= 0 && province.value <= 5)).toBe(true);
    const refused = await evaluation.graphql(QUERY, { year: 20 }, { caller: null });
    expect(errorCode(refused)).toBe('BAD_USER_INPUT');
  });
});
