import type { MigrationInterface, QueryRunner } from 'typeorm';
import { dropFileBlobsTableSql, fileBlobsTableSql } from '@simpul/service-kit';

/**
 * mpp.file_blobs: the bytes of agreements (PKS) and tenancy documents when SIMPUL_FILES_STORE=postgres, so replicas on
 * different machines read the same files. Created always (empty while files stay on disk), so
 * switching the store needs no migration.
 */
export class MppFileBlobs1766900000100 implements MigrationInterface {
  name = 'MppFileBlobs1766900000100';

  async up(db: QueryRunner): Promise<void> {
    for (const statement of fileBlobsTableSql('mpp')) await db.query(statement);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(dropFileBlobsTableSql('mpp'));
  }
}
