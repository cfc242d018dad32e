import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A local admin's status checks ("Tugas saya" and myStatusChecks) find the innovations of its
 * agencies; without this index that was a scan of the whole catalogue (26,000 rows at national scale).
 */
export class KippInnovationAgencyIndex1765600000100 implements MigrationInterface {
  name = 'KippInnovationAgencyIndex1765600000100';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`CREATE INDEX innovations_agency_idx ON kipp.innovations (agency_id)`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP INDEX kipp.innovations_agency_idx`);
  }
}
