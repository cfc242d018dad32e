import type { ExportColumn } from '@simpul/reporting';

export const STEP_LABEL: Record<string, string> = {
  INVITED: 'Diundang',
  AGREEMENT_SIGNED: 'PKS ditandatangani',
  DESK_ASSIGNED: 'Gerai ditetapkan',
  SERVICES_READY: 'Layanan siap',
  LIVE: 'Beroperasi',
  PAUSED: 'Dijeda',
  LEFT: 'Keluar',
};

/** ISO weekday 1–7 → Indonesian name (the schedule columns of the desk file). */
export const WEEKDAYS: ReadonlyArray<readonly [number, string, string]> = [
  [1, 'Senin', 'Monday'],
  [2, 'Selasa', 'Tuesday'],
  [3, 'Rabu', 'Wednesday'],
  [4, 'Kamis', 'Thursday'],
  [5, 'Jumat', 'Friday'],
  [6, 'Sabtu', 'Saturday'],
  [7, 'Minggu', 'Sunday'],
];

const date = (value: Date | string | null) =>
  value === null ? null : typeof value === 'string' ? value : value.toISOString().slice(0, 10);

export interface TenancyExportRow {
  id: string;
  agencyId: string;
  agencyName: string;
  step: string;
  invitedAt: Date;
  liveSince: Date | null;
  leftAt: Date | null;
  desks: string;
  liveServices: number;
  agreementExpiresOn: string | null;
}

export const TENANCY_COLUMNS: ExportColumn<TenancyExportRow>[] = [
  { key: 'tenancyId', header: 'ID Tenant', headerEn: 'Tenancy ID', value: (row) => row.id },
  { key: 'agencyId', header: 'ID Instansi', headerEn: 'Agency ID', value: (row) => row.agencyId },
  { key: 'agency', header: 'Instansi', headerEn: 'Agency', value: (row) => row.agencyName },
  { key: 'step', header: 'Tahap', headerEn: 'Step', value: (row) => STEP_LABEL[row.step] ?? row.step },
  { key: 'invitedOn', header: 'Diundang', headerEn: 'Invited on', value: (row) => date(row.invitedAt) },
  { key: 'liveSince', header: 'Beroperasi Sejak', headerEn: 'Live since', value: (row) => date(row.liveSince) },
  { key: 'leftOn', header: 'Keluar', headerEn: 'Left on', value: (row) => date(row.leftAt) },
  { key: 'desks', header: 'Gerai', headerEn: 'Desks', value: (row) => row.desks },
  { key: 'liveServices', header: 'Layanan Beroperasi', headerEn: 'Live services', value: (row) => row.liveServices, type: 'integer' },
  { key: 'agreementExpiresOn', header: 'PKS Berlaku Sampai', headerEn: 'Agreement expires on', value: (row) => row.agreementExpiresOn },
];

export interface DeskExportRow {
  number: number;
  label: string | null;
  /** Weekday → "Agency (n petugas)". */
  schedule: Map<number, string>;
}

export const DESK_COLUMNS: ExportColumn<DeskExportRow>[] = [
  { key: 'number', header: 'Nomor Gerai', headerEn: 'Desk number', value: (row) => row.number, type: 'integer' },
  { key: 'label', header: 'Nama Gerai', headerEn: 'Desk label', value: (row) => row.label },
  ...WEEKDAYS.map(([day, id, en]): ExportColumn<DeskExportRow> => ({
    key: en.toLowerCase(),
    header: id,
    headerEn: en,
    value: (row) => row.schedule.get(day) ?? null,
  })),
];

export interface VisitorExportRow {
  date: string;
  deskNumber: number;
  agencyName: string;
  visitors: number;
  complaints: number;
  source: string;
  origin: string;
}

const SOURCE: Record<string, string> = { ENTRY: 'Isian', CSV: 'Impor CSV', SEED: 'Data contoh' };

export const VISITOR_COLUMNS: ExportColumn<VisitorExportRow>[] = [
  { key: 'date', header: 'Tanggal', headerEn: 'Date', value: (row) => row.date },
  { key: 'deskNumber', header: 'Nomor Gerai', headerEn: 'Desk number', value: (row) => row.deskNumber, type: 'integer' },
  { key: 'agency', header: 'Instansi', headerEn: 'Agency', value: (row) => row.agencyName },
  { key: 'visitors', header: 'Pengunjung', headerEn: 'Visitors', value: (row) => row.visitors, type: 'integer' },
  { key: 'complaints', header: 'Pengaduan', headerEn: 'Complaints', value: (row) => row.complaints, type: 'integer' },
  { key: 'source', header: 'Cara Pencatatan', headerEn: 'Recorded by', value: (row) => SOURCE[row.source] ?? row.source },
  {
    key: 'origin',
    header: 'Asal Data',
    headerEn: 'Data origin',
    value: (row) => (row.origin === 'DEMO' ? 'contoh (bukan angka resmi)' : 'resmi'),
  },
];

export interface QuotaExportRow {
  agencyName: string;
  serviceId: string;
  serviceName: string;
  status: string;
  dailyQuota: number | null;
  deliveryReady: boolean;
}

export const QUOTA_COLUMNS: ExportColumn<QuotaExportRow>[] = [
  { key: 'agency', header: 'Instansi', headerEn: 'Agency', value: (row) => row.agencyName },
  { key: 'serviceId', header: 'ID Layanan', headerEn: 'Service ID', value: (row) => row.serviceId },
  { key: 'service', header: 'Layanan', headerEn: 'Service', value: (row) => row.serviceName },
  { key: 'status', header: 'Status', headerEn: 'Status', value: (row) => (row.status === 'LIVE' ? 'Beroperasi' : 'Menunggu') },
  { key: 'dailyQuota', header: 'Kuota Harian', headerEn: 'Daily quota', value: (row) => row.dailyQuota, type: 'integer' },
  {
    key: 'deliveryReady',
    header: 'Standar Pelayanan Lengkap',
    headerEn: 'Service standard complete',
    value: (row) => row.deliveryReady,
    type: 'boolean',
  },
];
