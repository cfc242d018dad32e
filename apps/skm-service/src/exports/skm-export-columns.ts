import type { ExportColumn } from '@simpul/reporting';
import type { SkmElementResult } from '../results/result.model';

/** One element (U1–U9, or a custom one) of a survey's result. */
export const ELEMENT_COLUMNS: ExportColumn<SkmElementResult>[] = [
  { key: 'element', header: 'Kode Unsur', headerEn: 'Element code', value: (row) => row.code },
  { key: 'name', header: 'Unsur Pelayanan', headerEn: 'Service element', value: (row) => row.name },
  { key: 'weight', header: 'Bobot', headerEn: 'Weight', value: (row) => Math.round(row.weight * 10_000) / 10_000 },
  {
    key: 'answered',
    header: 'Jumlah Responden Menjawab',
    headerEn: 'Respondents answering',
    value: (row) => row.answered,
    type: 'integer',
  },
  { key: 'sum', header: 'Jumlah Nilai', headerEn: 'Sum of answers', value: (row) => row.sum, type: 'integer' },
  { key: 'nrr', header: 'NRR', headerEn: 'Mean score (NRR)', value: (row) => Math.round(row.nrr * 1000) / 1000 },
  { key: 'value', header: 'Nilai Unsur (NRR × 25)', headerEn: 'Element score (NRR × 25)', value: (row) => row.value, type: 'decimal2' },
  { key: 'quality', header: 'Mutu', headerEn: 'Quality', value: (row) => row.categoryCode },
  { key: 'needsFollowUp', header: 'Perlu Tindak Lanjut', headerEn: 'Needs follow-up', value: (row) => row.weak, type: 'boolean' },
];

export interface ServiceRow {
  serviceId: string | null;
  serviceName: string;
  respondents: number;
  ikm: number | null;
  quality: string | null;
}

export const SERVICE_COLUMNS: ExportColumn<ServiceRow>[] = [
  { key: 'serviceId', header: 'ID Layanan', headerEn: 'Service ID', value: (row) => row.serviceId },
  { key: 'service', header: 'Jenis Layanan', headerEn: 'Service', value: (row) => row.serviceName },
  { key: 'respondents', header: 'Jumlah Responden', headerEn: 'Respondents', value: (row) => row.respondents, type: 'integer' },
  { key: 'ikm', header: 'IKM', headerEn: 'IKM', value: (row) => row.ikm, type: 'decimal2' },
  { key: 'quality', header: 'Mutu', headerEn: 'Quality', value: (row) => row.quality },
];

export interface ProfileRow {
  dimension: string;
  group: string;
  respondents: number;
  sharePercent: number;
  ikm: number | null;
  quality: string | null;
}

export const PROFILE_COLUMNS: ExportColumn<ProfileRow>[] = [
  { key: 'dimension', header: 'Profil', headerEn: 'Profile', value: (row) => row.dimension },
  { key: 'group', header: 'Kelompok', headerEn: 'Group', value: (row) => row.group },
  { key: 'respondents', header: 'Jumlah Responden', headerEn: 'Respondents', value: (row) => row.respondents, type: 'integer' },
  {
    key: 'sharePercent',
    header: 'Persentase Responden (%)',
    headerEn: 'Share of respondents (%)',
    value: (row) => row.sharePercent,
    type: 'decimal2',
  },
  { key: 'ikm', header: 'IKM', headerEn: 'IKM', value: (row) => row.ikm, type: 'decimal2' },
  { key: 'quality', header: 'Mutu', headerEn: 'Quality', value: (row) => row.quality },
];
