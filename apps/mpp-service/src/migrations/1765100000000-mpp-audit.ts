import type { MigrationInterface, QueryRunner } from 'typeorm';
import { auditLogSql, auditTriggerSql, dropAuditLogSql, dropAuditTriggerSql, type AuditedTable } from '@simpul/service-kit';

/**
 * The MPP audit trail, recorded by triggers in the transaction of each change: desks; desk
 * assignments (which tenant on which weekday, with how many staff), shown on their desk; and the
 * services a tenant offers with their daily quota, shown on the tenancy. The readiness the registry
 * reports (checked again on every refresh) is bookkeeping, not a decision, and is not audited.
 */
const AUDITED: AuditedTable[] = [
  { schema: 'mpp', table: 'desks', objectType: 'Desk', ignoredColumns: ['created_at', 'ikm', 'ikm_updated_at'] },
  {
    schema: 'mpp',
    table: 'desk_assignments',
    objectType: 'Desk',
    idColumn: 'desk_id',
    part: 'assignment',
    keyColumns: ['weekday', 'tenancy_id'],
    ignoredColumns: ['id', 'mall_id', 'desk_id', 'assigned_at', 'assigned_by'],
  },
  {
    schema: 'mpp',
    table: 'tenancy_services',
    objectType: 'Tenancy',
    idColumn: 'tenancy_id',
    part: 'service',
    keyColumns: ['service_id'],
    ignoredColumns: [
      'id',
      'tenancy_id',
      'service_unit_id',
      'delivery_ready',
      'missing_components',
      'unpublished_components',
      'checked_at',
      'added_at',
      'added_by',
      'seq',
    ],
  },
];

export class MppAudit1765100000000 implements MigrationInterface {
  name = 'MppAudit1765100000000';

  async up(runner: QueryRunner): Promise<void> {
    for (const statement of auditLogSql('mpp')) await runner.query(statement);
    for (const table of AUDITED) await runner.query(auditTriggerSql(table));
  }

  async down(runner: QueryRunner): Promise<void> {
    for (const table of AUDITED) await runner.query(dropAuditTriggerSql(table));
    for (const statement of dropAuditLogSql('mpp')) await runner.query(statement);
  }
}
