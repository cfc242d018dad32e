import { registerMessages } from '@simpul/web-kit';

/** Texts of the download buttons. */
export const KIPP_EXPORTS = 'kipp-exports';

const id: Record<string, string> = {
  catalogue: 'Unduh daftar inovasi ini',
  catalogueHint: 'Berkas berisi inovasi yang cocok dengan pencarian dan saringan di atas.',
  proposals: 'Unduh proposal dan nilai',
  proposalsHint: 'Setiap proposal yang dikirim, dengan nilai, jumlah penilai dan peringkat pada penilaian Tim Evaluasi dan presentasi.',
  csv: 'Unduh CSV',
  csvIndonesian: 'Unduh CSV (format Indonesia)',
  xlsx: 'Unduh Excel (XLSX)',
  working: 'Menyiapkan berkas…',
  done: '{file} diunduh: {rows} baris.',
  demoRows: '{rows} baris berasal dari data contoh, bukan angka resmi.',
  failed: 'Berkas tidak dapat dibuat. Coba lagi.',
};

const en: Record<string, string> = {
  catalogue: 'Download this list of innovations',
  catalogueHint: 'The file holds the innovations matching the search and filters above.',
  proposals: 'Download proposals and scores',
  proposalsHint:
    'Every submitted proposal, with its score, number of evaluators and rank in the Tim Evaluasi assessment and the presentation.',
  csv: 'Download CSV',
  csvIndonesian: 'Download CSV (Indonesian format)',
  xlsx: 'Download Excel (XLSX)',
  working: 'Preparing the file…',
  done: '{file} downloaded: {rows} rows.',
  demoRows: '{rows} rows are demo data, not official figures.',
  failed: 'The file could not be made. Try again.',
};

export const EXPORT_MESSAGES = { id, en };

registerMessages(KIPP_EXPORTS, EXPORT_MESSAGES);
