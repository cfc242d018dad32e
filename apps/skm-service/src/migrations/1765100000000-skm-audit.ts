import type { MigrationInterface, QueryRunner } from 'typeorm';
import { auditLogSql, auditTriggerSql, dropAuditLogSql, dropAuditTriggerSql, type AuditedTable } from '@simpul/service-kit';

/**
 * The SKM audit trail: every change to a survey's settings (title, target unit/mall/desk, period,
 * elements and their weights, expected users, hours) recorded by a trigger in the transaction of
 * the change. Answers, tokens and rollups are not settings and are not audited.
 */
const SURVEYS: AuditedTable = { schema: 'skm', table: 'surveys', objectType: 'SkmSurvey', ignoredColumns: ['created_at', 'created_by'] };

export class SkmAudit1765100000000 implements MigrationInterface {
  name = 'SkmAudit1765100000000';

  async up(runner: QueryRunner): Promise<void> {
    for (const statement of auditLogSql('skm')) await runner.query(statement);
    await runner.query(auditTriggerSql(SURVEYS));
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query(dropAuditTriggerSql(SURVEYS));
    for (const statement of dropAuditLogSql('skm')) await runner.query(statement);
  }
}
