import { mapConnection, type AuditEntry, type Connection } from '@simpul/service-kit';
import { REGISTRY_SCHEMA } from '../registry-database';

export const AUDIT_SCHEMA = REGISTRY_SCHEMA;

/** What the registry's audit log holds, by the GraphQL type the change is shown on. */
export const REGISTRY_AUDITED_TYPES = ['Agency', 'ServiceUnit', 'Service', 'User', 'DeskPlugin'] as const;

/** A Standar Pelayanan component's text reads as the component itself (`standard.FEE`), as the forms name it. */
function standardField(field: string): string {
  return field.replace(/^standard\.([A-Z_]+)\.content$/, 'standard.$1');
}

export function registryEntry(entry: AuditEntry): AuditEntry {
  if (entry.objectType !== 'Service') return entry;
  return { ...entry, changes: entry.changes.map((change) => ({ ...change, field: standardField(change.field) })) };
}

export function registryHistory(connection: Connection<AuditEntry>): Connection<AuditEntry> {
  return mapConnection(connection, registryEntry);
}
