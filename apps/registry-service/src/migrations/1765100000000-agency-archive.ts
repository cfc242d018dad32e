import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Agencies can be archived (kept for history, hidden from lists) instead of deleted. */
export class AgencyArchive1765100000000 implements MigrationInterface {
  name = 'AgencyArchive1765100000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE registry.agencies ADD COLUMN archived_at timestamptz(3)`);
    await db.query(`ALTER TABLE registry.agencies ADD CONSTRAINT agencies_name_not_blank CHECK (btrim(name) <> '') NOT VALID`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE registry.agencies DROP CONSTRAINT agencies_name_not_blank`);
    await db.query(`ALTER TABLE registry.agencies DROP COLUMN archived_at`);
  }
}
