// The enums of the registry contract (types generated from the supergraph), in the order the UI lists them.
import { DELIVERY_COMPONENT_CODES, STANDARD_COMPONENT_CODES } from '@simpul/contracts';
import type { AgencyType, ExternalIdsInput, ServiceGroup, ServiceUnitKind, StandardComponent } from '../__generated__/operations';

export type { AgencyType, ServiceGroup, ServiceUnitKind, StandardComponent };

/**
 * `list` as it is, checked to name every value of the generated union `T` and nothing else: a value
 * the contract adds fails typecheck here instead of going missing from a select.
 */
export function everyOf<T extends string>() {
  return <const L extends readonly T[]>(
    list: L & NoInfer<[Exclude<T, L[number]>] extends [never] ? unknown : { missing: Exclude<T, L[number]> }>,
  ) => list;
}

export const SERVICE_UNIT_KINDS = everyOf<ServiceUnitKind>()([
  'SAMSAT',
  'DPMPTSP',
  'RSUD',
  'DINAS_SOSIAL',
  'DISDUKCAPIL',
  'KECAMATAN',
  'IMIGRASI',
  'PUSKESMAS',
  'BPJS',
  'KEPOLISIAN',
  'PENGADILAN',
  'KEJAKSAAN',
  'BPN',
  'KEMENAG',
  'BAPENDA',
  'DISNAKER',
  'PDAM',
  'BANK',
  'OTHER',
]);

export const SERVICE_GROUPS = everyOf<ServiceGroup>()(['BARANG', 'JASA', 'ADMINISTRASI']);

export const AGENCY_TYPES = everyOf<AgencyType>()(['KEMENTERIAN', 'LEMBAGA', 'PROVINSI', 'KABUPATEN', 'KOTA', 'BUMN', 'BUMD', 'SWASTA']);

export type ExternalIdKey = keyof ExternalIdsInput;
export const EXTERNAL_SYSTEMS = [
  { key: 'sippn', label: 'SIPPN' },
  { key: 'pekppp', label: 'PEKPPP' },
  { key: 'sp4nLapor', label: 'SP4N-LAPOR!' },
  { key: 'sinovik', label: 'SINOVIK' },
] as const satisfies readonly { key: ExternalIdKey; label: string }[];

/** The 14 components of a Standar Pelayanan: the first six are service delivery, the rest management. */
export const STANDARD_COMPONENTS = everyOf<StandardComponent>()(STANDARD_COMPONENT_CODES);
export const DELIVERY_COMPONENTS: readonly StandardComponent[] = DELIVERY_COMPONENT_CODES;
