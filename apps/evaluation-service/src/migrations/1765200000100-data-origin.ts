import type { MigrationInterface, QueryRunner } from 'typeorm';
import { stableId } from '@simpul/service-kit';

// The cycles the demo seed creates (seed/demo-data.ts): their results are demo until the seed marks the
// few published figures among them as official with their source.
const DEMO_CYCLE_KEYS = ['pekppp-2019', 'pekppp-2020', 'pekppp-2022', 'pekppp-2026'];

/**
 * Where each figure came from, stored beside it: a cycle is OFFICIAL (real work in this system) or DEMO
 * (created by the demo seed); a result carries its own origin and source (a published figure inside a
 * demo cycle is OFFICIAL with its decree or article); a national figure is OFFICIAL with its source.
 */
export class DataOrigin1765200000100 implements MigrationInterface {
  name = 'DataOrigin1765200000100';

  async up(db: QueryRunner): Promise<void> {
    await db.query(
      `ALTER TABLE evaluation.cycles ADD COLUMN origin text NOT NULL DEFAULT 'OFFICIAL' CHECK (origin IN ('OFFICIAL', 'DEMO'))`,
    );
    await db.query(`UPDATE evaluation.cycles SET origin = 'DEMO' WHERE id = ANY($1::uuid[])`, [
      DEMO_CYCLE_KEYS.map((key) => stableId('cycle', key)),
    ]);
    await db.query(`ALTER TABLE evaluation.results ADD COLUMN origin text, ADD COLUMN source text`);
    await db.query(
      `UPDATE evaluation.results r SET origin = c.origin, source = CASE WHEN c.origin = 'OFFICIAL' THEN c.name END FROM evaluation.cycles c WHERE c.id = r.cycle_id`,
    );
    await db.query(
      `ALTER TABLE evaluation.results ALTER COLUMN origin SET NOT NULL, ADD CONSTRAINT results_origin_check CHECK (origin IN ('OFFICIAL', 'DEMO', 'DERIVED'))`,
    );
    await db.query(
      `ALTER TABLE evaluation.national_figures ADD COLUMN origin text NOT NULL DEFAULT 'OFFICIAL' CHECK (origin IN ('OFFICIAL', 'DEMO'))`,
    );
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE evaluation.national_figures DROP COLUMN origin`);
    await db.query(`ALTER TABLE evaluation.results DROP COLUMN origin, DROP COLUMN source`);
    await db.query(`ALTER TABLE evaluation.cycles DROP COLUMN origin`);
  }
}
