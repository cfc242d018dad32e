import type { GovernmentLevel, LokusUnitInput, ServiceGroup } from '../__generated__/operations';
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

export const IMPORT_COLUMNS = [
  'serviceUnitId',
  'unitName',
  'unitKind',
  'serviceGroup',
  'agencyId',
  'agencyName',
  'provinceCode',
  'provinceName',
  'governmentLevel',
] as const;

export interface ParsedImport {
  rows: LokusUnitInput[];
  /** Row numbers start at 1 for the first data row, as the server reports them. */
  problems: { row: number; field: string }[];
}

const LEVELS: readonly GovernmentLevel[] = ['CENTRAL', 'PROVINCE', 'REGENCY'];
const SERVICE_GROUPS: readonly ServiceGroup[] = ['BARANG', 'JASA', 'ADMINISTRASI'];

/**
 * Reads a pasted list (CSV or TSV with the header row of IMPORT_COLUMNS) into lokus rows; rows
 * with a missing or unknown value are reported by row and column, and the server checks the rest.
 */
export function parseLokusImport(text: string): ParsedImport {
  const lines = text
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line !== '');
  if (lines.length === 0) return { rows: [], problems: [{ row: 0, field: 'header' }] };
  const separator = lines[0].includes('\t') ? '\t' : lines[0].includes(';') ? ';' : ',';
  const header = lines[0].split(separator).map((cell) => cell.trim());
  const missing = IMPORT_COLUMNS.filter((column) => ['agencyName', 'provinceName'].indexOf(column) < 0 && !header.includes(column));
  if (missing.length > 0) return { rows: [], problems: missing.map((field) => ({ row: 0, field })) };
  const rows: LokusUnitInput[] = [];
  const problems: ParsedImport['problems'] = [];
  lines.slice(1).forEach((line, index) => {
    const cells = line.split(separator).map((cell) => cell.trim());
    const get = (column: string) => cells[header.indexOf(column)] ?? '';
    const row = index + 1;
    for (const column of ['serviceUnitId', 'unitName', 'unitKind', 'agencyId', 'provinceCode']) {
      if (get(column) === '') problems.push({ row, field: column });
    }
    if (!SERVICE_GROUPS.includes(get('serviceGroup') as ServiceGroup)) problems.push({ row, field: 'serviceGroup' });
    if (!LEVELS.includes(get('governmentLevel') as GovernmentLevel)) problems.push({ row, field: 'governmentLevel' });
    rows.push({
      serviceUnitId: get('serviceUnitId'),
      unitName: get('unitName'),
      unitKind: get('unitKind'),
      serviceGroup: get('serviceGroup') as ServiceGroup,
      agencyId: get('agencyId'),
      agencyName: get('agencyName') || null,
      provinceCode: get('provinceCode'),
      provinceName: get('provinceName') || null,
      governmentLevel: get('governmentLevel') as GovernmentLevel,
    });
  });
  return { rows, problems };
}
