import type { ExportColumn } from './export-rows';

/** One lokus' published result, the shape the evaluation service and reports export. */
export interface LokusResultRow {
  lokusId: string;
  unitName: string;
  agencyName: string;
  provinceCode: string;
  provinceName: string;
  year: number;
  instrumentId: string;
  index: number;
  evaluatorIndex: number;
  userIndex: number | null;
  categoryCode: string;
  categoryLabel: string;
  rank: number | null;
  cohortSize: number | null;
}

export const LOKUS_RESULT_COLUMNS: ExportColumn<LokusResultRow>[] = [
  { key: 'lokusId', header: 'ID Lokus', headerEn: 'Lokus ID', value: (row) => row.lokusId },
  { key: 'unitName', header: 'Unit Penyelenggara Pelayanan', headerEn: 'Service unit', value: (row) => row.unitName },
  { key: 'agencyName', header: 'Instansi', headerEn: 'Agency', value: (row) => row.agencyName },
  { key: 'provinceCode', header: 'Kode Provinsi', headerEn: 'Province code', value: (row) => row.provinceCode },
  { key: 'provinceName', header: 'Provinsi', headerEn: 'Province', value: (row) => row.provinceName },
  { key: 'year', header: 'Tahun', headerEn: 'Year', value: (row) => row.year, type: 'integer' },
  { key: 'instrumentId', header: 'Instrumen', headerEn: 'Instrument', value: (row) => row.instrumentId },
  { key: 'index', header: 'IPP', headerEn: 'IPP', value: (row) => row.index, type: 'decimal2' },
  { key: 'evaluatorIndex', header: 'Indeks F-02 (Evaluator)', headerEn: 'F-02 index (evaluator)', value: (row) => row.evaluatorIndex, type: 'decimal2' },
  { key: 'userIndex', header: 'Indeks F-03 (Pengguna Layanan)', headerEn: 'F-03 index (service users)', value: (row) => row.userIndex, type: 'decimal2' },
  { key: 'categoryCode', header: 'Kategori', headerEn: 'Category', value: (row) => row.categoryCode },
  { key: 'categoryLabel', header: 'Predikat', headerEn: 'Category label', value: (row) => row.categoryLabel },
  { key: 'rank', header: 'Peringkat', headerEn: 'Rank', value: (row) => row.rank, type: 'integer' },
  { key: 'cohortSize', header: 'Jumlah Lokus Sekelompok', headerEn: 'Cohort size', value: (row) => row.cohortSize, type: 'integer' },
];
