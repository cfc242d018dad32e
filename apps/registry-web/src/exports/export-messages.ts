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

// English: ./export-messages.en.ts, a chunk fetched only when English is shown (issue #17).
export const EXPORT_MESSAGES = { id };
