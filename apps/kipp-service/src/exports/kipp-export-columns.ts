import type { ExportColumn } from '@simpul/reporting';
import type { Innovation } from '../catalogue/innovation.model';

const GROUP: Record<string, string> = { UMUM: 'Umum', REPLIKASI: 'Replikasi', KHUSUS: 'Khusus' };
const AWARD: Record<string, string> = { TOP99: 'Top 99', TOP45: 'Top 45' };
const STATUS: Record<string, string> = {
  DRAFT: 'Draf',
  SUBMITTED: 'Terkirim',
  ADMIN_PASSED: 'Lolos seleksi administrasi',
  ADMIN_FAILED: 'Tidak lolos seleksi administrasi',
  TOP99: 'Top 99',
  DISQUALIFIED: 'Gugur (sanggahan)',
  TOP45: 'Top 45',
};
const INNOVATION_STATUS: Record<string, string> = { CONTINUING: 'Masih berjalan', STOPPED: 'Berhenti' };

/** A stage's aggregate of the evaluators' totals and the proposal's place in that stage's ranking. */
export interface StageScore {
  value: number;
  evaluators: number;
  rank: number;
  of: number;
}

export interface ProposalExportRow {
  id: string;
  title: string;
  group: string;
  category: string;
  agencyType: string;
  regionCode: string;
  status: string;
  submittedAt: Date | null;
  desk: StageScore | null;
  presentation: StageScore | null;
  origin: string;
}

export const PROPOSAL_COLUMNS: ExportColumn<ProposalExportRow>[] = [
  { key: 'proposalId', header: 'ID Proposal', headerEn: 'Proposal ID', value: (row) => row.id },
  { key: 'title', header: 'Judul Inovasi', headerEn: 'Innovation title', value: (row) => row.title },
  { key: 'group', header: 'Kelompok', headerEn: 'Group', value: (row) => GROUP[row.group] ?? row.group },
  { key: 'category', header: 'Kategori', headerEn: 'Category', value: (row) => row.category },
  { key: 'agencyType', header: 'Jenis Instansi', headerEn: 'Agency type', value: (row) => row.agencyType },
  { key: 'regionCode', header: 'Kode Wilayah', headerEn: 'Region code', value: (row) => row.regionCode },
  { key: 'status', header: 'Status', headerEn: 'Status', value: (row) => STATUS[row.status] ?? row.status },
  { key: 'submittedAt', header: 'Dikirim', headerEn: 'Submitted', value: (row) => row.submittedAt?.toISOString().slice(0, 10) ?? null },
  {
    key: 'deskScore',
    header: 'Nilai Penilaian Tim Evaluasi',
    headerEn: 'Desk assessment score',
    value: (row) => row.desk?.value,
    type: 'decimal2',
  },
  {
    key: 'deskEvaluators',
    header: 'Jumlah Penilai (TE)',
    headerEn: 'Evaluators (desk)',
    value: (row) => row.desk?.evaluators,
    type: 'integer',
  },
  {
    key: 'deskRank',
    header: 'Peringkat Penilaian TE',
    headerEn: 'Desk assessment rank',
    value: (row) => (row.desk ? `${row.desk.rank} dari ${row.desk.of}` : null),
  },
  {
    key: 'presentationScore',
    header: 'Nilai Presentasi dan Wawancara',
    headerEn: 'Presentation score',
    value: (row) => row.presentation?.value,
    type: 'decimal2',
  },
  {
    key: 'presentationEvaluators',
    header: 'Jumlah Penilai (TPI)',
    headerEn: 'Evaluators (presentation)',
    value: (row) => row.presentation?.evaluators,
    type: 'integer',
  },
  {
    key: 'presentationRank',
    header: 'Peringkat Presentasi',
    headerEn: 'Presentation rank',
    value: (row) => (row.presentation ? `${row.presentation.rank} dari ${row.presentation.of}` : null),
  },
  {
    key: 'origin',
    header: 'Asal Data',
    headerEn: 'Data origin',
    value: (row) => (row.origin === 'DEMO' ? 'contoh (bukan angka resmi)' : 'resmi'),
  },
];

export type InnovationExportRow = Innovation & { origin: string; source: string | null };

export const INNOVATION_COLUMNS: ExportColumn<InnovationExportRow>[] = [
  { key: 'innovationId', header: 'ID Inovasi', headerEn: 'Innovation ID', value: (row) => row.id },
  { key: 'title', header: 'Judul Inovasi', headerEn: 'Innovation title', value: (row) => row.title },
  { key: 'summary', header: 'Ringkasan', headerEn: 'Summary', value: (row) => row.summary },
  { key: 'category', header: 'Kategori', headerEn: 'Category', value: (row) => row.category },
  { key: 'group', header: 'Kelompok', headerEn: 'Group', value: (row) => GROUP[row.group] ?? row.group },
  { key: 'agencyType', header: 'Jenis Instansi', headerEn: 'Agency type', value: (row) => row.agencyType },
  { key: 'regionCode', header: 'Kode Wilayah', headerEn: 'Region code', value: (row) => row.regionCode },
  { key: 'firstYear', header: 'Tahun Pertama', headerEn: 'First year', value: (row) => row.firstYear, type: 'integer' },
  { key: 'latestYear', header: 'Tahun Terakhir', headerEn: 'Latest year', value: (row) => row.latestYear, type: 'integer' },
  { key: 'award', header: 'Penghargaan', headerEn: 'Award', value: (row) => AWARD[row.award] ?? row.award },
  {
    key: 'status',
    header: 'Status Tahunan',
    headerEn: 'Yearly status',
    value: (row) => (row.status ? INNOVATION_STATUS[row.status] : null),
  },
  {
    key: 'origin',
    header: 'Asal Data',
    headerEn: 'Data origin',
    value: (row) => (row.origin === 'DEMO' ? 'contoh (bukan angka resmi)' : 'resmi'),
  },
  { key: 'source', header: 'Sumber', headerEn: 'Source', value: (row) => row.source },
];
