import { registerMessages } from '@simpul/web-kit';

/** Texts of the download buttons. */
export const MPP_EXPORTS = 'mpp-exports';

const id: Record<string, string> = {
  tenancies: 'Unduh daftar instansi tergabung',
  tenanciesHint: 'Operator dan admin nasional mengunduh semua tahap; publik hanya instansi tergabung yang beroperasi.',
  quotas: 'Unduh kuota layanan',
  quotasHint: 'Kuota harian setiap layanan instansi tergabung yang masih di MPP ini, dengan kelengkapan Standar Pelayanannya.',
  desks: 'Unduh jadwal gerai',
  desksHint: 'Satu baris per gerai, dengan instansi tergabung dan jumlah petugas setiap hari.',
  visitors: 'Unduh pengunjung harian',
  visitorsHint: 'Pengunjung dan pengaduan per gerai per hari dalam rentang tanggal (paling banyak 366 hari).',
  from: 'Dari tanggal',
  to: 'Sampai tanggal',
  csv: 'Unduh CSV',
  csvIndonesian: 'Unduh CSV (format Indonesia)',
  xlsx: 'Unduh Excel (XLSX)',
  working: 'Menyiapkan berkas…',
  done: '{file} diunduh: {rows} baris.',
  demoRows: '{rows} baris berasal dari data contoh, bukan angka resmi.',
  failed: 'Berkas tidak dapat dibuat. Periksa rentang tanggal lalu coba lagi.',
};

const en: Record<string, string> = {
  tenancies: 'Download the tenant list',
  tenanciesHint: 'Operators and national admins download every step; the public only tenants in operation.',
  quotas: 'Download service quotas',
  quotasHint: 'The daily quota of every service of the tenants still at this mall, with whether its service standard is complete.',
  desks: 'Download the desk schedule',
  desksHint: 'One row per desk, with the tenant and number of staff on each day.',
  visitors: 'Download daily visitors',
  visitorsHint: 'Visitors and complaints per desk per day within a date range (at most 366 days).',
  from: 'From',
  to: 'To',
  csv: 'Download CSV',
  csvIndonesian: 'Download CSV (Indonesian format)',
  xlsx: 'Download Excel (XLSX)',
  working: 'Preparing the file…',
  done: '{file} downloaded: {rows} rows.',
  demoRows: '{rows} rows are demo data, not official figures.',
  failed: 'The file could not be made. Check the date range and try again.',
};

export const EXPORT_MESSAGES = { id, en };

registerMessages(MPP_EXPORTS, EXPORT_MESSAGES);
