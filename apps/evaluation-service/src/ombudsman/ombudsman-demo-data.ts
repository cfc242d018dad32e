import { stableId } from '@simpul/service-kit';
import { OmbudsmanDimension, OmbudsmanMethod, OmbudsmanOpinion } from './ombudsman.enums';
import type { OmbudsmanCandidate } from './ombudsman-rules';

// Ombudsman results for the demo. One is published: Kota Banjarmasin 2022, 69,63, zona kuning (the
// Ombudsman's Kalimantan Selatan office handed the 2022 results to the kab/kota; the source below).
// That report gives a score and a zone, which is what the score method records (docs/domain.md §7:
// "Kota Banjarmasin 69.63 → Kuning (2022 report)"), so it is stored as KEPATUHAN_2015 for 2022.
// Every other row is made up and stored as DEMO: a few years of history (so "what changed" shows
// something) and the provincial governments of a dozen provinces (so a zones chart has data).
// Agencies are the registry seed's, by the same stable ids: stableId('agency', 'pemkot-63.71').

export const BANJARMASIN_2022_SOURCE =
  'Ombudsman RI Perwakilan Kalimantan Selatan, Penyampaian Hasil Penilaian Kepatuhan Standar Pelayanan Publik Tahun 2022 (dikutip klikkalsel.com: "Standar Pelayanan Publik Kota Banjarmasin Tahun 2023 Ditingkatkan")';

export interface DemoOmbudsmanAgency {
  key: string;
  id: string;
  name: string;
  regionCode: string | null;
}

export interface DemoOmbudsmanResult extends OmbudsmanCandidate {
  id: string;
}

const agency = (key: string, name: string, regionCode: string | null): DemoOmbudsmanAgency => ({
  key,
  id: stableId('agency', key),
  name,
  regionCode,
});

const BANJARMASIN = agency('pemkot-63.71', 'Pemerintah Kota Banjarmasin', '63.71');
const PALANGKA_RAYA = agency('pemkot-62.71', 'Pemerintah Kota Palangka Raya', '62.71');

/** Provincial governments with demo history: code, 2021 score, 2022 score, 2023 opinion (null: none). */
const PROVINCIAL: [string, number, number, OmbudsmanOpinion | null][] = [
  ['63', 78.2, 82.51, OmbudsmanOpinion.B],
  ['62', 71.4, 74.86, OmbudsmanOpinion.C],
  ['64', 83.1, 86.02, OmbudsmanOpinion.A],
  ['11', 62.7, 66.35, OmbudsmanOpinion.C],
  ['31', 88.4, 90.11, OmbudsmanOpinion.A],
  ['32', 84.9, 85.77, OmbudsmanOpinion.B],
  ['33', 86.3, 89.4, OmbudsmanOpinion.A],
  ['35', 82.6, 84.95, OmbudsmanOpinion.B],
  ['51', 79.8, 81.3, null],
  ['73', 69.5, 72.18, OmbudsmanOpinion.C],
  ['91', 44.6, 48.9, OmbudsmanOpinion.D],
  ['82', 52.3, 49.75, OmbudsmanOpinion.E],
];

const unitId = (key: string) => stableId('unit', key);

function result(who: DemoOmbudsmanAgency, year: number, method: OmbudsmanMethod, fields: Partial<OmbudsmanCandidate>): DemoOmbudsmanResult {
  return {
    id: stableId('ombudsman-result', `${who.key}:${year}:${method}`),
    agencyId: who.id,
    year,
    method,
    score: null,
    opinion: null,
    dimensions: [],
    maladministrationRisk: null,
    unitFindings: [],
    origin: 'DEMO',
    source: null,
    ...fields,
  };
}

const dimensions = (input: number, proses: number, output: number, pengaduan: number) => [
  { dimension: OmbudsmanDimension.INPUT, score: input },
  { dimension: OmbudsmanDimension.PROSES, score: proses },
  { dimension: OmbudsmanDimension.OUTPUT, score: output },
  { dimension: OmbudsmanDimension.PENGADUAN, score: pengaduan },
];

/** The agencies the demo results name, with the names and regions the registry seed gives them. */
export function demoOmbudsmanAgencies(provinces: readonly { code: string; name: string }[]): DemoOmbudsmanAgency[] {
  const names = new Map(provinces.map((province) => [province.code, province.name]));
  return [
    BANJARMASIN,
    PALANGKA_RAYA,
    ...PROVINCIAL.filter(([code]) => names.has(code)).map(([code]) =>
      agency(`pemprov-${code}`, `Pemerintah Provinsi ${names.get(code)}`, code),
    ),
  ];
}

export function demoOmbudsmanResults(agencies: readonly DemoOmbudsmanAgency[]): DemoOmbudsmanResult[] {
  const byKey = new Map(agencies.map((row) => [row.key, row]));
  const results: DemoOmbudsmanResult[] = [
    result(BANJARMASIN, 2019, OmbudsmanMethod.KEPATUHAN_2015, { score: 61.27 }),
    result(BANJARMASIN, 2020, OmbudsmanMethod.KEPATUHAN_2015, { score: 64.05 }),
    result(BANJARMASIN, 2021, OmbudsmanMethod.KEPATUHAN_2015, { score: 66.18 }),
    result(BANJARMASIN, 2022, OmbudsmanMethod.KEPATUHAN_2015, { score: 69.63, origin: 'OFFICIAL', source: BANJARMASIN_2022_SOURCE }),
    result(BANJARMASIN, 2023, OmbudsmanMethod.OPINI_2022, {
      score: 74.12,
      opinion: OmbudsmanOpinion.C,
      dimensions: dimensions(78.4, 70.15, 76.9, 72.3),
      unitFindings: [
        {
          serviceUnitId: unitId('dpmptsp-63.71'),
          unitName: 'DPMPTSP Kota Banjarmasin',
          score: 86.4,
          note: 'Standar pelayanan terpampang di MPP',
        },
        {
          serviceUnitId: unitId('disdukcapil-63.71'),
          unitName: 'Disdukcapil Kota Banjarmasin',
          score: 77.9,
          note: 'Maklumat pelayanan belum dipublikasikan daring',
        },
        {
          serviceUnitId: unitId('dinsos-63.71'),
          unitName: 'Dinas Sosial Kota Banjarmasin',
          score: 58.2,
          note: 'Sarana pengaduan belum tersedia di loket',
        },
      ],
    }),
    result(PALANGKA_RAYA, 2021, OmbudsmanMethod.KEPATUHAN_2015, { score: 73.44 }),
    result(PALANGKA_RAYA, 2022, OmbudsmanMethod.KEPATUHAN_2015, { score: 80.12 }),
  ];
  for (const [code, score2021, score2022, opinion2023] of PROVINCIAL) {
    const who = byKey.get(`pemprov-${code}`);
    if (!who) continue;
    results.push(result(who, 2021, OmbudsmanMethod.KEPATUHAN_2015, { score: score2021 }));
    results.push(result(who, 2022, OmbudsmanMethod.KEPATUHAN_2015, { score: score2022 }));
    if (opinion2023)
      results.push(
        result(who, 2023, OmbudsmanMethod.OPINI_2022, {
          opinion: opinion2023,
          dimensions: dimensions(score2022 + 1.1, score2022 - 2.35, score2022 + 0.6, score2022 - 1.05).map((row) => ({
            ...row,
            score: Math.min(100, Math.round(row.score * 100) / 100),
          })),
        }),
      );
  }
  return results;
}
