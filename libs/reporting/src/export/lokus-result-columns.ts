import type { ExportColumn } from './export-rows';

/** Where a figure came from (the services' DataOrigin). */
export type ExportOrigin = 'OFFICIAL' | 'DEMO' | 'DERIVED';

/** The words an export uses for an origin: a reader of the file needs no code list. */
export const ORIGIN_WORDS: Record<ExportOrigin, { id: string; en: string }> = {
  OFFICIAL: { id: 'resmi', en: 'official' },
  DEMO: { id: 'contoh (bukan angka resmi)', en: 'demo (not an official figure)' },
  DERIVED: { id: 'turunan (dihitung dari angka lain)', en: 'derived (computed from other figures)' },
};

/** One lokus' published result, the shape the evaluation service and reports export. */
export interface LokusResultRow {
  lokusId: string;
  /** The cycle's name and scheme: two cycles can share a year. */
  cycleName: string;
  schemeLabel: string;
  cohortLabel: string;
  unitName: string;
  agencyName: string;
  provinceCode: string;
  provinceName: string;
  year: number;
  instrumentId: string;
  index: number;
  /** Null for a published aggregate (no F-02 index was published). */
  evaluatorIndex: number | null;
  userIndex: number | null;
  categoryCode: string;
  categoryLabel: string;
  rank: number | null;
  cohortSize: number | null;
  origin: ExportOrigin;
  source: string | null;
}

export const LOKUS_RESULT_COLUMNS: ExportColumn<LokusResultRow>[] = [
  { key: 'cycleName', header: 'Siklus', headerEn: 'Cycle', value: (row) => row.cycleName },
  { key: 'scheme', header: 'Skema', headerEn: 'Scheme', value: (row) => row.schemeLabel },
  { key: 'cohort', header: 'Kelompok Pembanding', headerEn: 'Cohort', value: (row) => row.cohortLabel },
  { key: 'lokusId', header: 'ID Lokus', headerEn: 'Lokus ID', value: (row) => row.lokusId },
  { key: 'unitName', header: 'Unit Penyelenggara Pelayanan', headerEn: 'Service unit', value: (row) => row.unitName },
  { key: 'agencyName', header: 'Instansi', headerEn: 'Agency', value: (row) => row.agencyName },
  { key: 'provinceCode', header: 'Kode Provinsi', headerEn: 'Province code', value: (row) => row.provinceCode },
  { key: 'provinceName', header: 'Provinsi', headerEn: 'Province', value: (row) => row.provinceName },
  { key: 'year', header: 'Tahun', headerEn: 'Year', value: (row) => row.year, type: 'integer' },
  { key: 'instrumentId', header: 'Instrumen', headerEn: 'Instrument', value: (row) => row.instrumentId },
  { key: 'index', header: 'IPP', headerEn: 'IPP', value: (row) => row.index, type: 'decimal2' },
  {
    key: 'evaluatorIndex',
    header: 'Indeks F-02 (Evaluator)',
    headerEn: 'F-02 index (evaluator)',
    value: (row) => row.evaluatorIndex,
    type: 'decimal2',
  },
  {
    key: 'userIndex',
    header: 'Indeks F-03 (Pengguna Layanan)',
    headerEn: 'F-03 index (service users)',
    value: (row) => row.userIndex,
    type: 'decimal2',
  },
  { key: 'categoryCode', header: 'Kategori', headerEn: 'Category', value: (row) => row.categoryCode },
  { key: 'categoryLabel', header: 'Predikat', headerEn: 'Category label', value: (row) => row.categoryLabel },
  { key: 'rank', header: 'Peringkat', headerEn: 'Rank', value: (row) => row.rank, type: 'integer' },
  { key: 'cohortSize', header: 'Jumlah Lokus Sekelompok', headerEn: 'Cohort size', value: (row) => row.cohortSize, type: 'integer' },
  { key: 'origin', header: 'Asal Data', headerEn: 'Data origin', value: (row) => ORIGIN_WORDS[row.origin].id },
  { key: 'source', header: 'Sumber', headerEn: 'Source', value: (row) => row.source },
];
