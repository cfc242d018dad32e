import type { Translate } from '@simpul/web-kit';
import { EXTERNAL_SYSTEMS, type ExternalIdKey, type ServiceGroup, type ServiceUnitKind } from '../shared/enums';
import type { UnitDetail, UnitInput } from './unit.operations';
import { blankToNull } from '@simpul/ui';

export interface UnitFormValues {
  name: string;
  kind: ServiceUnitKind | '';
  serviceGroup: ServiceGroup | '';
  agencyId: string;
  provinceCode: string;
  regencyCode: string;
  address: string;
  phone: string;
  email: string;
  website: string;
  externalIds: Record<ExternalIdKey, string>;
}

/** The form's fields by their input path: server errors (`input.externalIds.sippn`) land on these. */
export const UNIT_FORM_FIELDS = [
  'name',
  'kind',
  'serviceGroup',
  'agencyId',
  'regionCode',
  'address',
  'phone',
  'email',
  'website',
  ...EXTERNAL_SYSTEMS.map((system) => `externalIds.${system.key}`),
] as const;

export const unitFieldId = (field: string) => `unit-${field.replace(/\./g, '-')}`;

export function emptyUnitValues(): UnitFormValues {
  return {
    name: '',
    kind: '',
    serviceGroup: '',
    agencyId: '',
    provinceCode: '',
    regencyCode: '',
    address: '',
    phone: '',
    email: '',
    website: '',
    externalIds: { sippn: '', pekppp: '', sp4nLapor: '', sinovik: '' },
  };
}

export function unitValuesFrom(unit: UnitDetail): UnitFormValues {
  const isRegency = unit.region.level === 'REGENCY';
  return {
    name: unit.name,
    kind: unit.kind,
    serviceGroup: unit.serviceGroup,
    agencyId: unit.agency.id,
    provinceCode: isRegency ? (unit.region.parent?.code ?? unit.region.code.split('.')[0]) : unit.region.code,
    regencyCode: isRegency ? unit.region.code : '',
    address: unit.address ?? '',
    phone: unit.phone ?? '',
    email: unit.email ?? '',
    website: unit.website ?? '',
    externalIds: {
      sippn: unit.externalIds.sippn ?? '',
      pekppp: unit.externalIds.pekppp ?? '',
      sp4nLapor: unit.externalIds.sp4nLapor ?? '',
      sinovik: unit.externalIds.sinovik ?? '',
    },
  };
}

/** What can be checked here; the server checks again and decides (unknown codes, duplicates). */
export function validateUnit(values: UnitFormValues, t: Translate): Record<string, string> {
  const errors: Record<string, string> = {};
  if (!values.name.trim()) errors['name'] = t('unitForm.nameMissing');
  if (!values.kind) errors['kind'] = t('unitForm.kindMissing');
  if (!values.serviceGroup) errors['serviceGroup'] = t('unitForm.groupMissing');
  if (!values.agencyId) errors['agencyId'] = t('unitForm.agencyMissing');
  if (!values.provinceCode) errors['regionCode'] = t('unitForm.regionMissing');
  if (values.email.trim() && !/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(values.email.trim())) errors['email'] = t('unitForm.emailInvalid');
  return errors;
}

export function toUnitInput(values: UnitFormValues): UnitInput {
  return {
    name: values.name.trim(),
    kind: values.kind as ServiceUnitKind,
    serviceGroup: values.serviceGroup as ServiceGroup,
    agencyId: values.agencyId,
    regionCode: values.regencyCode || values.provinceCode,
    address: blankToNull(values.address),
    phone: blankToNull(values.phone),
    email: blankToNull(values.email),
    website: blankToNull(values.website),
    externalIds: {
      sippn: blankToNull(values.externalIds.sippn),
      pekppp: blankToNull(values.externalIds.pekppp),
      sp4nLapor: blankToNull(values.externalIds.sp4nLapor),
      sinovik: blankToNull(values.externalIds.sinovik),
    },
  };
}

/** What only the national admin may change on a unit; a desk sees these read-only. */
export const ADMIN_ONLY_UNIT_FIELDS = ['kind', 'agencyId', 'regionCode', 'externalIds'] as const;

/**
 * Only what differs from the unit as loaded: a desk saving its address sends the address, not the
 * kind, agency, region and ids it may not touch. External ids travel together when one changed.
 */
export function changedUnitInput(initial: UnitFormValues, values: UnitFormValues): Partial<UnitInput> {
  const before = toUnitInput(initial);
  const after = toUnitInput(values);
  const changed: Partial<UnitInput> = {};
  for (const key of Object.keys(after) as (keyof UnitInput)[]) {
    if (JSON.stringify(before[key]) !== JSON.stringify(after[key])) Object.assign(changed, { [key]: after[key] });
  }
  return changed;
}
