import { registerMessages } from '@simpul/web-kit';

/** Texts of the download buttons. */
export const SKM_EXPORTS = 'skm-exports';

const id: Record<string, string> = {
  title: 'Unduh hasil',
  hint: 'Berkas berisi angka gabungan saja, tidak ada jawaban perorangan. Teks yang bisa dijalankan spreadsheet sebagai rumus diawali tanda petik.',
  view: 'Isi berkas',
  'view.ELEMENTS': 'IKM per unsur (U1–U9)',
  'view.SERVICES': 'IKM per jenis layanan',
  'view.RESPONDENT_PROFILE': 'IKM per profil responden',
  csv: 'Unduh CSV',
  csvIndonesian: 'Unduh CSV (format Indonesia)',
  xlsx: 'Unduh Excel (XLSX)',
  working: 'Menyiapkan berkas…',
  done: '{file} diunduh: {rows} baris.',
  demoRows: '{rows} baris berasal dari data contoh, bukan angka resmi.',
  failed: 'Berkas tidak dapat dibuat. Coba lagi.',
};

const en: Record<string, string> = {
  title: 'Download results',
  hint: 'The file holds combined figures only, no individual answers. Text a spreadsheet could run as a formula starts with an apostrophe.',
  view: 'File contents',
  'view.ELEMENTS': 'IKM per element (U1–U9)',
  'view.SERVICES': 'IKM per service',
  'view.RESPONDENT_PROFILE': 'IKM per respondent profile',
  csv: 'Download CSV',
  csvIndonesian: 'Download CSV (Indonesian format)',
  xlsx: 'Download Excel (XLSX)',
  working: 'Preparing the file…',
  done: '{file} downloaded: {rows} rows.',
  demoRows: '{rows} rows are demo data, not official figures.',
  failed: 'The file could not be made. Try again.',
};

export const EXPORT_MESSAGES = { id, en };

registerMessages(SKM_EXPORTS, EXPORT_MESSAGES);
