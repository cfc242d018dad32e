import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Where MPP figures come from: a mall registered in the system and its recorded visitors are
 * OFFICIAL, the demo seed's malls and their generated visitor days are DEMO (the seed marks its
 * malls), and the national counts KemenPAN-RB published are OFFICIAL with their source.
 */
export class MppDataOrigin1765300000101 implements MigrationInterface {
  name = 'MppDataOrigin1765300000101';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE mpp.malls ADD COLUMN origin text NOT NULL DEFAULT 'OFFICIAL' CHECK (origin IN ('OFFICIAL', 'DEMO'))`);
    await db.query(`ALTER TABLE mpp.desk_days ADD COLUMN origin text NOT NULL DEFAULT 'OFFICIAL' CHECK (origin IN ('OFFICIAL', 'DEMO'))`);
    // Visitor days the demo seed generated were stored with source SEED.
    await db.query(`UPDATE mpp.desk_days SET origin = 'DEMO' WHERE source = 'SEED'`);
    await db.query(
      `ALTER TABLE mpp.published_mall_counts ADD COLUMN origin text NOT NULL DEFAULT 'OFFICIAL' CHECK (origin IN ('OFFICIAL', 'DEMO'))`,
    );
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE mpp.published_mall_counts DROP COLUMN origin`);
    await db.query(`ALTER TABLE mpp.desk_days DROP COLUMN origin`);
    await db.query(`ALTER TABLE mpp.malls DROP COLUMN origin`);
  }
}
