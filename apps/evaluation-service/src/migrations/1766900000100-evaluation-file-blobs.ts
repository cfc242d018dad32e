import type { MigrationInterface, QueryRunner } from 'typeorm';
import { dropFileBlobsTableSql, fileBlobsTableSql } from '@simpul/service-kit';

/**
 * evaluation.file_blobs: the bytes of F-01 evidence when SIMPUL_FILES_STORE=postgres, so replicas on
 * different machines read the same files. Created always (empty while files stay on disk), so
 * switching the store needs no migration.
 */
export class EvaluationFileBlobs1766900000100 implements MigrationInterface {
  name = 'EvaluationFileBlobs1766900000100';

  async up(db: QueryRunner): Promise<void> {
    for (const statement of fileBlobsTableSql('evaluation')) await db.query(statement);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(dropFileBlobsTableSql('evaluation'));
  }
}
