import { CC_BY_4_0, type OpenDataset } from '@simpul/service-kit';

const DIMENSIONS = ['INPUT', 'PROSES', 'OUTPUT', 'PENGADUAN'] as const;

/**
 * The Ombudsman RI compliance results recorded per instansi and year (evaluation.ombudsman_results,
 * docs/domain.md §7), as published by the Ombudsman: score or opinion, zone, dimension scores. Who
 * recorded a row (an admin's user id) stays in the service.
 */
export const OMBUDSMAN_RESULTS_DATASET: OpenDataset = {
  id: 'ombudsman-results',
  title: { id: 'Hasil penilaian kepatuhan Ombudsman RI', en: 'Ombudsman RI compliance results' },
  description: {
    id: 'Hasil Penilaian Kepatuhan Standar Pelayanan Publik / Opini Ombudsman RI per instansi dan tahun sebagaimana dipublikasikan Ombudsman: metode yang dipakai, nilai (2015–2021) atau opini (2022 dan sesudahnya), zona (hijau, kuning, merah), nilai dimensi Input, Proses, Output dan Pengaduan bila dipublikasikan, predikat risiko maladministrasi (2025), asal data dan sumbernya. Angka dicatat apa adanya, tidak dihitung ulang.',
    en: 'Ombudsman RI compliance assessment results / opinions per agency and year as the Ombudsman published them: the method, the score (2015–2021) or opinion (2022 onwards), the zone (green, yellow, red), the Input, Process, Output and Complaints dimension scores where published, the maladministration-risk predicate (2025), origin and source. Recorded as published, never recomputed.',
  },
  keywords: ['Ombudsman', 'kepatuhan', 'opini', 'zona', 'maladministrasi', 'compliance'],
  theme: ['Pemerintahan', 'Pelayanan Publik', 'Pengawasan'],
  license: CC_BY_4_0,
  fields: [
    { key: 'id', type: 'string', description: { id: 'Pengenal hasil', en: 'Result id' } },
    {
      key: 'agency_id',
      type: 'string',
      description: { id: 'Pengenal instansi (lihat agency_id di service-units)', en: 'Agency id (see agency_id in service-units)' },
    },
    { key: 'agency_name', type: 'string', description: { id: 'Nama instansi', en: 'Agency name' } },
    { key: 'region_code', type: 'string', description: { id: 'Kode wilayah instansi', en: 'Agency region code' } },
    { key: 'province_code', type: 'string', description: { id: 'Kode provinsi', en: 'Province code' } },
    { key: 'year', type: 'integer', description: { id: 'Tahun penilaian', en: 'Assessment year' } },
    {
      key: 'method',
      type: 'string',
      description: {
        id: 'Metode: KEPATUHAN_2015 (nilai dan zona, 2015–2021), OPINI_2022 (opini A–E dan dimensi), OPINI_2025 (opini dan risiko maladministrasi)',
        en: 'Method: KEPATUHAN_2015 (score and zone, 2015–2021), OPINI_2022 (opinion A–E and dimensions), OPINI_2025 (opinion and maladministration risk)',
      },
    },
    {
      key: 'score',
      type: 'number',
      description: { id: 'Nilai 0–100 bila metode memilikinya', en: 'Score 0–100 where the method has one' },
    },
    { key: 'opinion', type: 'string', description: { id: 'Opini A–E (2022 dan sesudahnya)', en: 'Opinion A–E (2022 onwards)' } },
    {
      key: 'zone',
      type: 'string',
      description: { id: 'Zona: HIJAU, KUNING atau MERAH', en: 'Zone: HIJAU (green), KUNING (yellow) or MERAH (red)' },
    },
    {
      key: 'maladministration_risk',
      type: 'string',
      description: { id: 'Predikat risiko maladministrasi (2025)', en: 'Maladministration-risk predicate (2025)' },
    },
    ...DIMENSIONS.map((dimension) => ({
      key: `${dimension.toLowerCase()}_score`,
      type: 'number' as const,
      description: { id: `Nilai dimensi ${dimension} bila dipublikasikan`, en: `${dimension} dimension score where published` },
    })),
    { key: 'origin', type: 'string', description: { id: 'OFFICIAL (angka resmi) atau DEMO (data contoh)', en: 'OFFICIAL or DEMO' } },
    { key: 'source', type: 'string', description: { id: 'Sumber angka resmi', en: 'Source of an official figure' } },
    { key: 'recorded_at', type: 'datetime', description: { id: 'Waktu dicatat di Simpul', en: 'When recorded in Simpul' } },
  ],
  sql: `SELECT o.id, o.agency_id, o.agency_name, o.region_code, o.province_code, o.year, o.method, o.score::float8 AS score,
      o.opinion, o.zone, o.maladministration_risk,
      ${DIMENSIONS.map(
        (d) =>
          `(SELECT s.score::float8 FROM evaluation.ombudsman_dimension_scores s WHERE s.result_id = o.id AND s.dimension = '${d}') AS ${d.toLowerCase()}_score`,
      ).join(',\n      ')},
      o.origin, o.source, o.recorded_at
    FROM evaluation.ombudsman_results o
    ORDER BY o.year, o.province_code NULLS LAST, o.agency_name, o.id`,
  modifiedSql: `SELECT max(recorded_at) AS modified FROM evaluation.ombudsman_results`,
};
