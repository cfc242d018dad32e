import type { ExportColumn } from '@simpul/reporting';
import { STANDARD_COMPONENTS, type StandardComponent } from '../services/standard/standard-component';

export interface UnitExportRow {
  id: string;
  name: string;
  kind: string;
  serviceGroup: string;
  agencyName: string | null;
  regionCode: string;
  regionName: string | null;
  address: string | null;
  phone: string | null;
  email: string | null;
  website: string | null;
  sippnId: string | null;
  pekpppId: string | null;
  sp4nLaporId: string | null;
  sinovikId: string | null;
  serviceCount: number;
  archived: boolean;
}

export const UNIT_COLUMNS: ExportColumn<UnitExportRow>[] = [
  { key: 'id', header: 'ID', headerEn: 'ID', value: (row) => row.id },
  { key: 'name', header: 'Nama unit', headerEn: 'Unit name', value: (row) => row.name },
  { key: 'kind', header: 'Jenis unit', headerEn: 'Unit kind', value: (row) => row.kind },
  { key: 'serviceGroup', header: 'Kelompok layanan', headerEn: 'Service group', value: (row) => row.serviceGroup },
  { key: 'agencyName', header: 'Instansi', headerEn: 'Agency', value: (row) => row.agencyName },
  { key: 'regionCode', header: 'Kode wilayah', headerEn: 'Region code', value: (row) => row.regionCode },
  { key: 'regionName', header: 'Wilayah', headerEn: 'Region', value: (row) => row.regionName },
  { key: 'address', header: 'Alamat', headerEn: 'Address', value: (row) => row.address },
  { key: 'phone', header: 'Telepon', headerEn: 'Phone', value: (row) => row.phone },
  { key: 'email', header: 'Surel', headerEn: 'E-mail', value: (row) => row.email },
  { key: 'website', header: 'Situs web', headerEn: 'Website', value: (row) => row.website },
  { key: 'sippnId', header: 'ID SIPPN', headerEn: 'SIPPN id', value: (row) => row.sippnId },
  { key: 'pekpppId', header: 'ID PEKPPP', headerEn: 'PEKPPP id', value: (row) => row.pekpppId },
  { key: 'sp4nLaporId', header: 'ID SP4N-LAPOR!', headerEn: 'SP4N-LAPOR! id', value: (row) => row.sp4nLaporId },
  { key: 'sinovikId', header: 'ID SINOVIK', headerEn: 'SINOVIK id', value: (row) => row.sinovikId },
  { key: 'serviceCount', header: 'Jumlah layanan aktif', headerEn: 'Active services', value: (row) => row.serviceCount, type: 'integer' },
  { key: 'archived', header: 'Diarsipkan', headerEn: 'Archived', value: (row) => row.archived, type: 'boolean' },
];

export interface ServiceExportRow {
  id: string;
  name: string;
  description: string | null;
  unitName: string;
  agencyName: string | null;
  regionName: string | null;
  complete: boolean;
  deliveryReady: boolean;
  filled: number;
  missing: StandardComponent[];
  unpublished: StandardComponent[];
  archived: boolean;
}

const LABEL = new Map(STANDARD_COMPONENTS.map((definition) => [definition.component, definition.label.id]));
const labels = (components: readonly StandardComponent[]) => components.map((component) => LABEL.get(component) ?? component).join('; ');

export const SERVICE_COLUMNS: ExportColumn<ServiceExportRow>[] = [
  { key: 'id', header: 'ID', headerEn: 'ID', value: (row) => row.id },
  { key: 'name', header: 'Nama layanan', headerEn: 'Service name', value: (row) => row.name },
  { key: 'unitName', header: 'Unit pelayanan', headerEn: 'Service unit', value: (row) => row.unitName },
  { key: 'agencyName', header: 'Instansi', headerEn: 'Agency', value: (row) => row.agencyName },
  { key: 'regionName', header: 'Wilayah', headerEn: 'Region', value: (row) => row.regionName },
  { key: 'description', header: 'Uraian', headerEn: 'Description', value: (row) => row.description },
  { key: 'complete', header: 'Standar lengkap', headerEn: 'Standard complete', value: (row) => row.complete, type: 'boolean' },
  {
    key: 'deliveryReady',
    header: 'Komponen penyampaian terpublikasi',
    headerEn: 'Delivery components published',
    value: (row) => row.deliveryReady,
    type: 'boolean',
  },
  {
    key: 'filled',
    header: 'Komponen terisi (dari 14)',
    headerEn: 'Components filled (of 14)',
    value: (row) => row.filled,
    type: 'integer',
  },
  { key: 'missing', header: 'Komponen belum diisi', headerEn: 'Components missing', value: (row) => labels(row.missing) },
  { key: 'unpublished', header: 'Belum dipublikasikan', headerEn: 'Not yet published', value: (row) => labels(row.unpublished) },
  { key: 'archived', header: 'Diarsipkan', headerEn: 'Archived', value: (row) => row.archived, type: 'boolean' },
];

export interface AgencyExportRow {
  id: string;
  name: string;
  type: string;
  regionCode: string | null;
  regionName: string | null;
  parentName: string | null;
  unitCount: number;
  archived: boolean;
}

export const AGENCY_COLUMNS: ExportColumn<AgencyExportRow>[] = [
  { key: 'id', header: 'ID', headerEn: 'ID', value: (row) => row.id },
  { key: 'name', header: 'Nama instansi', headerEn: 'Agency name', value: (row) => row.name },
  { key: 'type', header: 'Jenis instansi', headerEn: 'Agency type', value: (row) => row.type },
  { key: 'regionCode', header: 'Kode wilayah', headerEn: 'Region code', value: (row) => row.regionCode },
  { key: 'regionName', header: 'Wilayah', headerEn: 'Region', value: (row) => row.regionName },
  { key: 'parentName', header: 'Instansi induk', headerEn: 'Parent agency', value: (row) => row.parentName },
  { key: 'unitCount', header: 'Jumlah unit aktif', headerEn: 'Active units', value: (row) => row.unitCount, type: 'integer' },
  { key: 'archived', header: 'Diarsipkan', headerEn: 'Archived', value: (row) => row.archived, type: 'boolean' },
];
