import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * One row saying whether demo data was ever loaded into this installation (set by the seed), so the
 * portal can tell every visitor that most figures are examples, not official ones.
 */
export class SystemStatus1765200000000 implements MigrationInterface {
  name = 'SystemStatus1765200000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE registry.system_status (
        singleton boolean PRIMARY KEY DEFAULT true CHECK (singleton),
        demo_data boolean NOT NULL DEFAULT false,
        demo_data_loaded_at timestamptz(3)
      )`);
    // An installation migrated with demo users already in it has demo data (their ids are derived from the demo e-mails).
    await db.query(`INSERT INTO registry.system_status (singleton, demo_data, demo_data_loaded_at)
      SELECT true, EXISTS (SELECT 1 FROM registry.users WHERE email = 'admin@simpul.test'), CASE WHEN EXISTS (SELECT 1 FROM registry.users WHERE email = 'admin@simpul.test') THEN now() END`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TABLE registry.system_status`);
  }
}
