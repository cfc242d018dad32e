import type { MigrationInterface, QueryRunner } from 'typeorm';
import { auditLogSql, auditTriggerSql, dropAuditLogSql, dropAuditTriggerSql, type AuditedTable } from '@simpul/service-kit';

/**
 * The registry's audit trail: every change to agencies, units, services (their Standar Pelayanan is
 * a column of the service, so a standard change is a change of its service) and users, recorded by
 * triggers in the transaction of the change. Users are audited without password hashes, tokens or
 * secrets (excluded by name pattern in the trigger, whatever columns identity adds later) and
 * without sign-in bookkeeping.
 */
const AUDITED: AuditedTable[] = [
  { schema: 'registry', table: 'agencies', objectType: 'Agency', ignoredColumns: ['created_at'] },
  { schema: 'registry', table: 'service_units', objectType: 'ServiceUnit', ignoredColumns: ['created_at', 'updated_at'] },
  { schema: 'registry', table: 'services', objectType: 'Service', ignoredColumns: ['created_at', 'updated_at', 'complete'] },
  { schema: 'registry', table: 'users', objectType: 'User', ignoredColumns: ['created_at', 'updated_at', 'last_sign_in_at'] },
];

export class RegistryAudit1765100000001 implements MigrationInterface {
  name = 'RegistryAudit1765100000001';

  async up(db: QueryRunner): Promise<void> {
    for (const statement of auditLogSql('registry')) await db.query(statement);
    for (const table of AUDITED) await db.query(auditTriggerSql(table));
  }

  async down(db: QueryRunner): Promise<void> {
    for (const table of AUDITED) await db.query(dropAuditTriggerSql(table));
    for (const statement of dropAuditLogSql('registry')) await db.query(statement);
  }
}
