// Texts of the list downloads (issue #16 §4), merged into the registry catalogue under `exports.`.

const id = {
  'exports.units': 'Unduh daftar unit pelayanan',
  'exports.services': 'Unduh daftar layanan dan kelengkapan Standar Pelayanan',
  'exports.agencies': 'Unduh daftar instansi',
  'exports.csv': 'CSV',
  'exports.csvIndonesian': 'CSV (format Indonesia)',
  'exports.xlsx': 'Excel (XLSX)',
  'exports.working': 'Menyiapkan berkas…',
  'exports.done': '{file} diunduh: {rows} baris.',
  'exports.demoRows': '{rows} baris berasal dari data contoh.',
  'exports.failed': 'Berkas tidak dapat dibuat. Persempit saringan atau coba lagi.',
  'exports.hint': 'Berkas berisi baris yang sama dengan daftar ini, bukan hanya halaman yang tampil.',
};

const en: typeof id = {
  'exports.units': 'Download the list of service units',
  'exports.services': 'Download the list of services and their Standar Pelayanan completeness',
  'exports.agencies': 'Download the list of agencies',
  'exports.csv': 'CSV',
  'exports.csvIndonesian': 'CSV (Indonesian format)',
  'exports.xlsx': 'Excel (XLSX)',
  'exports.working': 'Preparing the file…',
  'exports.done': '{file} downloaded: {rows} rows.',
  'exports.demoRows': '{rows} rows come from demo data.',
  'exports.failed': 'The file could not be made. Narrow the filter or try again.',
  'exports.hint': 'The file holds the same rows as this list, not only the page shown.',
};

export const EXPORT_MESSAGES = { id, en };
