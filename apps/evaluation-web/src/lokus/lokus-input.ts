import type { GovernmentLevel, LokusUnitInput } from '../__generated__/operations';
import type { RegistryUnit } from './lokus.operations';

const CENTRAL_AGENCY_TYPES = ['KEMENTERIAN', 'LEMBAGA', 'BUMN'];

/** A registry unit as the snapshot a lokus keeps: the cohort (e.g. PROVINCE:SAMSAT) is built from kind and level. */
export function lokusInputFromUnit(unit: RegistryUnit): LokusUnitInput {
  const province =
    unit.region.level === 'PROVINCE'
      ? unit.region
      : (unit.region.parent ?? { code: unit.region.code.split('.')[0], name: unit.region.name });
  const governmentLevel: GovernmentLevel = CENTRAL_AGENCY_TYPES.includes(unit.agency.type)
    ? 'CENTRAL'
    : unit.region.level === 'PROVINCE'
      ? 'PROVINCE'
      : 'REGENCY';
  return {
    serviceUnitId: unit.id,
    unitName: unit.name,
    unitKind: unit.kind,
    serviceGroup: unit.serviceGroup,
    agencyId: unit.agency.id,
    agencyName: unit.agency.name,
    provinceCode: province.code,
    provinceName: province.name,
    governmentLevel,
  };
}
