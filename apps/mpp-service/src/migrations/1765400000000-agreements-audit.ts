import type { MigrationInterface, QueryRunner } from 'typeorm';
import { auditTriggerSql, dropAuditTriggerSql, type AuditedTable } from '@simpul/service-kit';

/**
 * A tenancy's agreements (PKS) join its history: recording one, an addendum moving its expiry, and an
 * operator's correction of its number, dates or document are listed on the tenancy under `agreement.*`,
 * with the number always named so an entry says which PKS changed.
 */
const AGREEMENTS: AuditedTable = {
  schema: 'mpp',
  table: 'agreements',
  objectType: 'Tenancy',
  idColumn: 'tenancy_id',
  part: 'agreement',
  keyColumns: ['number'],
  ignoredColumns: ['id', 'tenancy_id', 'created_at', 'document_file_id'],
};

export class AgreementsAudit1765400000000 implements MigrationInterface {
  name = 'AgreementsAudit1765400000000';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query(auditTriggerSql(AGREEMENTS));
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query(dropAuditTriggerSql(AGREEMENTS));
  }
}
