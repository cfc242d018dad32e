import { DELIVERY_COMPONENT_CODES, STANDARD_COMPONENT_CODES, type StandardComponentCode } from '@simpul/contracts';

// The enums of the registry contract, in the order the UI lists them.
export const SERVICE_UNIT_KINDS = [
  'SAMSAT', 'DPMPTSP', 'RSUD', 'DINAS_SOSIAL', 'DISDUKCAPIL', 'KECAMATAN', 'IMIGRASI', 'PUSKESMAS', 'BPJS',
  'KEPOLISIAN', 'PENGADILAN', 'KEJAKSAAN', 'BPN', 'KEMENAG', 'BAPENDA', 'DISNAKER', 'PDAM', 'BANK', 'OTHER',
] as const;
export type ServiceUnitKind = (typeof SERVICE_UNIT_KINDS)[number];

export const SERVICE_GROUPS = ['BARANG', 'JASA', 'ADMINISTRASI'] as const;
export type ServiceGroup = (typeof SERVICE_GROUPS)[number];

export const AGENCY_TYPES = ['KEMENTERIAN', 'LEMBAGA', 'PROVINSI', 'KABUPATEN', 'KOTA', 'BUMN', 'BUMD', 'SWASTA'] as const;
export type AgencyType = (typeof AGENCY_TYPES)[number];

export const EXTERNAL_SYSTEMS = [
  { key: 'sippn', label: 'SIPPN' },
  { key: 'pekppp', label: 'PEKPPP' },
  { key: 'sp4nLapor', label: 'SP4N-LAPOR!' },
  { key: 'sinovik', label: 'SINOVIK' },
] as const;
export type ExternalIdKey = (typeof EXTERNAL_SYSTEMS)[number]['key'];

/** The 14 components of a Standar Pelayanan: the first six are service delivery, the rest management. */
export const STANDARD_COMPONENTS = STANDARD_COMPONENT_CODES;
export type StandardComponent = StandardComponentCode;
export const DELIVERY_COMPONENTS: readonly StandardComponent[] = DELIVERY_COMPONENT_CODES;

export type RegencyKind = 'KABUPATEN' | 'KOTA';
