import type { MigrationInterface, QueryRunner } from 'typeorm';
import { stableId } from '@simpul/service-kit';

// The demo seed's competitions have stable ids by year (seed/demo-competition.ts).
const DEMO_COMPETITION_IDS = Array.from({ length: 101 }, (_, i) => stableId('competition', String(2000 + i)));

/**
 * Where a KIPP winner comes from: a competition run in this system is OFFICIAL, the demo seed's
 * competitions and catalogue are DEMO (made-up innovations); a published award from outside the
 * system can be stored OFFICIAL with its source. Catalogue entries take their competition's origin.
 */
export class KippDataOrigin1765300000100 implements MigrationInterface {
  name = 'KippDataOrigin1765300000100';

  async up(db: QueryRunner): Promise<void> {
    await db.query(
      `ALTER TABLE kipp.competitions ADD COLUMN origin text NOT NULL DEFAULT 'OFFICIAL' CHECK (origin IN ('OFFICIAL', 'DEMO'))`,
    );
    await db.query(
      `ALTER TABLE kipp.innovations ADD COLUMN origin text NOT NULL DEFAULT 'OFFICIAL' CHECK (origin IN ('OFFICIAL', 'DEMO')), ADD COLUMN source text`,
    );
    // Installations seeded before origins were stored: the demo competitions (stable ids by year) and
    // every catalogue entry that is not from a competition run here are demo data.
    await db.query(`UPDATE kipp.competitions SET origin = 'DEMO' WHERE id = ANY($1::uuid[])`, [DEMO_COMPETITION_IDS]);
    await db.query(`UPDATE kipp.innovations i SET origin = 'DEMO' WHERE NOT EXISTS (
      SELECT 1 FROM kipp.innovation_entries e JOIN kipp.proposals p ON p.id = e.proposal_id JOIN kipp.competitions c ON c.id = p.competition_id
      WHERE e.innovation_id = i.id AND c.origin = 'OFFICIAL')`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE kipp.innovations DROP COLUMN origin, DROP COLUMN source`);
    await db.query(`ALTER TABLE kipp.competitions DROP COLUMN origin`);
  }
}
