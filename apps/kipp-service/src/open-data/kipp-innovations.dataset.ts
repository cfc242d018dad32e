import { CC_BY_4_0, type OpenDataset } from '@simpul/service-kit';

/**
 * The innovation catalogue: every innovation that reached the Top 99 or Top 45 of a KIPP
 * competition, as the public catalogue shows it. Proposals (drafts, submissions, panel scores,
 * attachments, return notes) and the reasons given in status checks stay in the service.
 */
export const KIPP_INNOVATIONS_DATASET: OpenDataset = {
  id: 'kipp-innovations',
  title: { id: 'Katalog inovasi pelayanan publik (KIPP)', en: 'Public service innovation catalogue (KIPP)' },
  description: {
    id: 'Inovasi pelayanan publik yang masuk Top 99 atau Top 45 Kompetisi Inovasi Pelayanan Publik (KIPP), dengan ringkasan, kategori, kelompok, tahun penghargaan, unit dan instansi penyelenggara, wilayah, status keberlanjutan serta asal data. Proposal, nilai panel dan lampiran tidak disertakan.',
    en: 'Public service innovations that reached the Top 99 or Top 45 of the Public Service Innovation Competition (KIPP), with summary, category, group, award years, the unit and agency behind them, region, whether they continue, and where the data comes from. Proposals, panel scores and attachments are not included.',
  },
  keywords: ['KIPP', 'inovasi', 'Top 99', 'Top 45', 'SINOVIK', 'innovation'],
  theme: ['Pemerintahan', 'Pelayanan Publik', 'Inovasi'],
  license: CC_BY_4_0,
  fields: [
    { key: 'id', type: 'string', description: { id: 'Pengenal inovasi', en: 'Innovation id' } },
    { key: 'title', type: 'string', description: { id: 'Judul inovasi', en: 'Title' } },
    { key: 'summary', type: 'string', description: { id: 'Ringkasan', en: 'Summary' } },
    { key: 'category', type: 'string', description: { id: 'Kategori', en: 'Category' } },
    {
      key: 'group_code',
      type: 'string',
      description: {
        id: 'Kelompok: UMUM, REPLIKASI atau KHUSUS',
        en: 'Group: UMUM (general), REPLIKASI (replication) or KHUSUS (special)',
      },
    },
    { key: 'award', type: 'string', description: { id: 'Penghargaan tertinggi: TOP99 atau TOP45', en: 'Highest award: TOP99 or TOP45' } },
    {
      key: 'award_years',
      type: 'string',
      description: { id: 'Tahun-tahun masuk katalog, dipisah titik koma', en: 'Years in the catalogue, separated by semicolons' },
    },
    { key: 'first_year', type: 'integer', description: { id: 'Tahun pertama', en: 'First year' } },
    { key: 'latest_year', type: 'integer', description: { id: 'Tahun terakhir', en: 'Latest year' } },
    {
      key: 'service_unit_id',
      type: 'string',
      description: { id: 'Pengenal unit penyelenggara (lihat service-units)', en: 'Unit id (see service-units)' },
    },
    { key: 'agency_id', type: 'string', description: { id: 'Pengenal instansi', en: 'Agency id' } },
    { key: 'agency_type', type: 'string', description: { id: 'Jenis instansi', en: 'Agency type' } },
    { key: 'region_code', type: 'string', description: { id: 'Kode wilayah', en: 'Region code' } },
    { key: 'province_code', type: 'string', description: { id: 'Kode provinsi', en: 'Province code' } },
    { key: 'replicates_id', type: 'string', description: { id: 'Inovasi yang direplikasi', en: 'Innovation it replicates' } },
    {
      key: 'status',
      type: 'string',
      description: {
        id: 'CONTINUING (berlanjut), STOPPED (berhenti) atau kosong bila belum ditanyakan',
        en: 'CONTINUING, STOPPED, or empty when not asked yet',
      },
    },
    { key: 'origin', type: 'string', description: { id: 'OFFICIAL atau DEMO', en: 'OFFICIAL or DEMO' } },
    { key: 'source', type: 'string', description: { id: 'Sumber data resmi', en: 'Source of official data' } },
    { key: 'created_at', type: 'datetime', description: { id: 'Masuk katalog', en: 'Added to the catalogue' } },
  ],
  sql: `SELECT i.id, i.title, i.summary, i.category, i.group_code, i.award,
      (SELECT string_agg(e.year::text, ';' ORDER BY e.year) FROM kipp.innovation_entries e WHERE e.innovation_id = i.id) AS award_years,
      i.first_year, i.latest_year, i.service_unit_id, i.agency_id, i.agency_type, i.region_code, i.province_code,
      i.replicates_id, i.status, i.origin, i.source, i.created_at
    FROM kipp.innovations i
    ORDER BY i.id`,
  modifiedSql: `SELECT greatest((SELECT max(created_at) FROM kipp.innovations),
      (SELECT max(answered_at) FROM kipp.status_checks)) AS modified`,
};
