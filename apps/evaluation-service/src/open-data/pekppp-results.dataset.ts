import { ippCategory } from '@simpul/scoring';
import { CC_BY_4_0, type OpenDataRow, type OpenDataset } from '@simpul/service-kit';

/**
 * The current IPP result of every lokus in a published PEKPPP cycle. Results of cycles not yet
 * published, earlier versions of a corrected result, the F-01 claims, evidence files, scores per
 * indicator and who computed a result stay in the service.
 */
export const PEKPPP_RESULTS_DATASET: OpenDataset = {
  id: 'pekppp-results',
  title: { id: 'Hasil PEKPPP (Indeks Pelayanan Publik) yang telah dipublikasikan', en: 'Published PEKPPP results (Public Service Index)' },
  description: {
    id: 'Indeks Pelayanan Publik (IPP, skala 1–5) dan kategorinya untuk setiap lokus Pemantauan dan Evaluasi Kinerja Penyelenggaraan Pelayanan Publik (PEKPPP) pada siklus yang telah dipublikasikan, dengan peringkat dalam kelompoknya, asal data (OFFICIAL dengan sumbernya atau DEMO) dan waktu publikasi. Isian F-01, berkas bukti dan nilai per indikator tidak disertakan.',
    en: 'The Public Service Index (IPP, 1–5) and its category for every lokus of the public service performance evaluation (PEKPPP) in published cycles, with the rank in its cohort, where the figure comes from (OFFICIAL with its source, or DEMO) and when it was published. F-01 claims, evidence files and per-indicator scores are not included.',
  },
  keywords: ['PEKPPP', 'IPP', 'indeks pelayanan publik', 'evaluasi', 'peringkat'],
  theme: ['Pemerintahan', 'Pelayanan Publik', 'Evaluasi Kinerja'],
  license: CC_BY_4_0,
  fields: [
    { key: 'result_id', type: 'string', description: { id: 'Pengenal hasil', en: 'Result id' } },
    { key: 'cycle_id', type: 'string', description: { id: 'Pengenal siklus', en: 'Cycle id' } },
    { key: 'year', type: 'integer', description: { id: 'Tahun siklus', en: 'Cycle year' } },
    { key: 'cycle_name', type: 'string', description: { id: 'Nama siklus', en: 'Cycle name' } },
    { key: 'scheme', type: 'string', description: { id: 'Skema (PEMANTAUAN, …)', en: 'Scheme (PEMANTAUAN = monitoring, …)' } },
    {
      key: 'service_unit_id',
      type: 'string',
      description: { id: 'Pengenal unit (lihat service-units)', en: 'Unit id (see service-units)' },
    },
    { key: 'unit_name', type: 'string', description: { id: 'Nama unit saat dievaluasi', en: 'Unit name when evaluated' } },
    { key: 'unit_kind', type: 'string', description: { id: 'Jenis unit', en: 'Unit kind' } },
    { key: 'agency_id', type: 'string', description: { id: 'Pengenal instansi', en: 'Agency id' } },
    { key: 'agency_name', type: 'string', description: { id: 'Nama instansi', en: 'Agency name' } },
    { key: 'province_code', type: 'string', description: { id: 'Kode provinsi', en: 'Province code' } },
    { key: 'province_name', type: 'string', description: { id: 'Nama provinsi', en: 'Province name' } },
    { key: 'government_level', type: 'string', description: { id: 'Tingkat pemerintahan', en: 'Level of government' } },
    { key: 'cohort', type: 'string', description: { id: 'Kelompok pembanding peringkat', en: 'Cohort ranked together' } },
    {
      key: 'ipp',
      type: 'number',
      description: { id: 'Indeks Pelayanan Publik (1–5, dua desimal)', en: 'Public Service Index (1–5, two decimals)' },
    },
    {
      key: 'category',
      type: 'string',
      description: { id: 'Kategori IPP (A–F) menurut PermenPANRB', en: 'IPP category (A–F) per the ministerial regulation' },
    },
    {
      key: 'evaluator_index',
      type: 'number',
      description: { id: 'Indeks dari penilaian evaluator', en: "Index from the evaluators' assessment" },
    },
    {
      key: 'user_index',
      type: 'number',
      description: { id: 'Indeks dari survei pengguna (F-03)', en: 'Index from the user survey (F-03)' },
    },
    { key: 'respondents', type: 'integer', description: { id: 'Jumlah responden survei pengguna', en: 'User survey respondents' } },
    { key: 'rank', type: 'integer', description: { id: 'Peringkat dalam kelompok', en: 'Rank in the cohort' } },
    { key: 'cohort_size', type: 'integer', description: { id: 'Jumlah lokus dalam kelompok', en: 'Lokus in the cohort' } },
    {
      key: 'origin',
      type: 'string',
      description: { id: 'OFFICIAL (angka resmi) atau DEMO (data contoh)', en: 'OFFICIAL (official figure) or DEMO (sample data)' },
    },
    { key: 'source', type: 'string', description: { id: 'Sumber angka resmi', en: 'Source of an official figure' } },
    { key: 'published_at', type: 'datetime', description: { id: 'Waktu siklus dipublikasikan', en: 'When the cycle was published' } },
  ],
  sql: `SELECT r.id AS result_id, c.id AS cycle_id, c.year, c.name AS cycle_name, c.scheme,
      l.service_unit_id, l.unit_name, l.unit_kind, l.agency_id, l.agency_name, l.province_code, l.province_name,
      l.government_level, r.cohort, r.index::float8 AS ipp,
      r.evaluator_index::float8 AS evaluator_index, r.user_index::float8 AS user_index, r.respondents,
      r.rank, r.cohort_size, r.origin, r.source, c.published_at
    FROM evaluation.results r
    JOIN evaluation.cycles c ON c.id = r.cycle_id AND c.published_at IS NOT NULL
    JOIN evaluation.lokus l ON l.id = r.lokus_id
    WHERE r.current
    ORDER BY c.year, r.cohort, r.rank NULLS LAST, r.id`,
  // The category is derived from the stored index through @simpul/scoring, as everywhere else.
  mapBatch: async (rows) =>
    rows.map((row) => ({ ...(row as OpenDataRow), category: row.ipp === null ? null : ippCategory(Number(row.ipp)).code })),
  modifiedSql: `SELECT greatest(max(c.published_at), max(r.computed_at)) AS modified
    FROM evaluation.results r JOIN evaluation.cycles c ON c.id = r.cycle_id AND c.published_at IS NOT NULL WHERE r.current`,
};
