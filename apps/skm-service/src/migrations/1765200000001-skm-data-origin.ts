import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Where a survey's IKM comes from: OFFICIAL for a survey run in this system (real answers), DEMO for
 * the demo seed's and the benchmark's generated ones (the seed marks its surveys). The IKM, its
 * trend and the desk figures are read with their survey's origin.
 */
export class SkmDataOrigin1765200000001 implements MigrationInterface {
  name = 'SkmDataOrigin1765200000001';

  async up(db: QueryRunner): Promise<void> {
    await db.query(
      `ALTER TABLE skm.surveys ADD COLUMN origin text NOT NULL DEFAULT 'OFFICIAL' CHECK (origin IN ('OFFICIAL', 'DEMO')), ADD COLUMN source text`,
    );
    // Benchmark surveys are generated answers.
    await db.query(`UPDATE skm.surveys SET origin = 'DEMO' WHERE public_code LIKE 'bench%'`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE skm.surveys DROP COLUMN origin, DROP COLUMN source`);
  }
}
