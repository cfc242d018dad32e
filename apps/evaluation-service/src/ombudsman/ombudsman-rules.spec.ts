import { checkOmbudsmanResult, type OmbudsmanCandidate } from './ombudsman-rules';
import { OmbudsmanDimension, OmbudsmanMethod, OmbudsmanOpinion } from './ombudsman.enums';

// The rules every recorded or imported result meets, one case per rule (docs/domain.md §7).

const AGENCY = { id: '0190a0c4-0000-7000-8000-000000000001', name: 'Pemerintah Kota Banjarmasin', regionCode: '63.71' };

const candidate = (fields: Partial<OmbudsmanCandidate> = {}): OmbudsmanCandidate => ({
  agencyId: AGENCY.id,
  year: 2022,
  method: OmbudsmanMethod.KEPATUHAN_2015,
  score: 69.63,
  opinion: null,
  dimensions: [],
  maladministrationRisk: null,
  unitFindings: [],
  origin: 'OFFICIAL',
  source: 'Ombudsman RI Perwakilan Kalimantan Selatan, 2023',
  ...fields,
});

const fieldsOf = (input: OmbudsmanCandidate, known = true) =>
  checkOmbudsmanResult(input, known ? AGENCY : undefined, 2026).violations.map((violation) => violation.field);

describe('the rules of a published Ombudsman result', () => {
  it('Kota Banjarmasin 2022, 69,63 passes and is KUNING, with the agency as the registry names it', () => {
    const { result, violations } = checkOmbudsmanResult(candidate(), AGENCY, 2026);
    expect(violations).toEqual([]);
    expect(result).toMatchObject({ zone: 'KUNING', agencyName: 'Pemerintah Kota Banjarmasin', regionCode: '63.71' });
  });

  it.each<[string, Partial<OmbudsmanCandidate>, string[]]>([
    ['a score above 100', { score: 100.01 }, ['score']],
    ['a negative score', { score: -1 }, ['score']],
    ['three decimals', { score: 69.631 }, ['score']],
    ['an opinion with the 2015 method', { opinion: OmbudsmanOpinion.B }, ['opinion']],
    ['the 2015 method without a score', { score: null }, ['score']],
    ['dimensions with the 2015 method', { dimensions: [{ dimension: OmbudsmanDimension.INPUT, score: 70 }] }, ['dimensions']],
    ['a year before 2015', { year: 2014 }, ['year']],
    ['a year still to come', { year: 2027 }, ['year']],
    [
      'the 2022 method in 2021',
      { method: OmbudsmanMethod.OPINI_2022, year: 2021, score: null, opinion: OmbudsmanOpinion.C },
      ['methodVersion'],
    ],
    ['an opinion method without its opinion', { method: OmbudsmanMethod.OPINI_2022, score: null }, ['opinion']],
    [
      'a risk predicate before 2025',
      { method: OmbudsmanMethod.OPINI_2022, opinion: OmbudsmanOpinion.C, maladministrationRisk: 'Rendah' },
      ['maladministrationRisk'],
    ],
    [
      'a dimension twice, one out of range',
      {
        method: OmbudsmanMethod.OPINI_2022,
        opinion: OmbudsmanOpinion.C,
        dimensions: [
          { dimension: OmbudsmanDimension.INPUT, score: 70 },
          { dimension: OmbudsmanDimension.INPUT, score: 170 },
        ],
      },
      ['dimensions[1].dimension', 'dimensions[1].score'],
    ],
    ['an official figure without its source', { source: '  ' }, ['source']],
    [
      'a unit finding without its name',
      { unitFindings: [{ serviceUnitId: null, unitName: ' ', score: 70, note: null }] },
      ['unitFindings[0].unitName'],
    ],
  ])('refuses %s', (_, fields, expected) => expect(fieldsOf(candidate(fields))).toEqual(expected));

  it('refuses an agency the registry does not know, and an id that is no UUID', () => {
    expect(fieldsOf(candidate(), false)).toEqual(['agencyId']);
    expect(fieldsOf(candidate({ agencyId: 'kota-banjarmasin' }))).toEqual(['agencyId']);
  });

  it('a demo figure needs no source; a 2023 opinion takes the 2023 weights; a 2025 opinion keeps its predicate', () => {
    expect(fieldsOf(candidate({ origin: 'DEMO', source: null }))).toEqual([]);
    const opinion2023 = checkOmbudsmanResult(
      candidate({
        year: 2023,
        method: OmbudsmanMethod.OPINI_2022,
        score: null,
        opinion: OmbudsmanOpinion.A,
        dimensions: [{ dimension: OmbudsmanDimension.PROSES, score: 90 }],
      }),
      AGENCY,
      2026,
    ).result;
    expect(opinion2023).toMatchObject({ zone: 'HIJAU', dimensionWeights: [32.37] });
    const opinion2025 = checkOmbudsmanResult(
      candidate({
        year: 2025,
        method: OmbudsmanMethod.OPINI_2025,
        score: null,
        opinion: OmbudsmanOpinion.D,
        maladministrationRisk: ' Risiko tinggi ',
      }),
      AGENCY,
      2026,
    ).result;
    expect(opinion2025).toMatchObject({ zone: 'MERAH', maladministrationRisk: 'Risiko tinggi' });
  });
});
