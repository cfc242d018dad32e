import type { AuditFieldChange } from './audit-entry.types';

type Json = string | number | boolean | null | Json[] | { [key: string]: Json };

/** `service_unit_id` → `serviceUnitId`: the audit shows the names the GraphQL API uses. */
export function fieldName(column: string): string {
  return column.replace(/_([a-z0-9])/g, (_match, letter: string) => letter.toUpperCase());
}

function display(value: Json | undefined): string | null {
  if (value === null || value === undefined) return null;
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  return JSON.stringify(value);
}

function isNested(value: Json | undefined): value is Json[] | { [key: string]: Json } {
  return typeof value === 'object' && value !== null;
}

/** Leaves of two JSON values that differ, by path: `standard.REQUIREMENTS.content`, `elements.2.name`. */
function leafChanges(path: string, before: Json | undefined, after: Json | undefined, into: AuditFieldChange[], keepSame: boolean): void {
  if (isNested(before) || isNested(after)) {
    const left = (isNested(before) ? before : {}) as Record<string, Json>;
    const right = (isNested(after) ? after : {}) as Record<string, Json>;
    const keys = [...new Set([...Object.keys(left), ...Object.keys(right)])];
    for (const key of keys) leafChanges(`${path}.${key}`, left[key], right[key], into, keepSame);
    return;
  }
  const shown = { before: display(before), after: display(after) };
  if (keepSame || shown.before !== shown.after) into.push({ field: path, ...shown });
}

/**
 * The field-level changes of one audit row: for each changed column its before and after as display
 * text; JSON columns (a Standar Pelayanan, survey elements) are opened down to the values that
 * changed. Parts of an object are prefixed (`assignment.weekday`); their key columns are listed
 * even when unchanged, so the entry says which part it was.
 */
export function fieldChanges(row: {
  before: Record<string, Json> | null;
  after: Record<string, Json> | null;
  changed_fields: string[];
  part: string | null;
}): AuditFieldChange[] {
  const changes: AuditFieldChange[] = [];
  for (const column of row.changed_fields) {
    const path = row.part ? `${row.part}.${fieldName(column)}` : fieldName(column);
    const before = row.before?.[column];
    const after = row.after?.[column];
    const keepSame = Boolean(row.part) && row.before !== null && row.after !== null && JSON.stringify(before) === JSON.stringify(after);
    leafChanges(path, before, after, changes, keepSame);
  }
  return changes;
}
