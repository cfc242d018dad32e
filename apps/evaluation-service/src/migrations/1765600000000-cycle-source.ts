import type { MigrationInterface, QueryRunner } from 'typeorm';
import { stableId } from '@simpul/service-kit';

// The demo seed's cycles (seed/demo-data.ts), by their stable ids.
const DEMO_CYCLE_KEYS = ['pekppp-2019', 'pekppp-2020', 'pekppp-2022', 'pekppp-2026'];

/**
 * A cycle says where it came from, as its figures do. A cycle created in this system (createEvaluationCycle)
 * is real work, not demo: OFFICIAL with no source (the system is its record). A cycle recorded from
 * elsewhere carries its source. The demo seed's cycles are DEMO; databases seeded before cycles kept an
 * origin, or where one was changed by hand, are corrected here by the seed's stable ids.
 */
export class CycleSource1765600000000 implements MigrationInterface {
  name = 'CycleSource1765600000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE evaluation.cycles ADD COLUMN source text`);
    await db.query(`UPDATE evaluation.cycles SET origin = 'DEMO', source = NULL WHERE id = ANY($1::uuid[]) AND origin <> 'DEMO'`, [
      DEMO_CYCLE_KEYS.map((key) => stableId('cycle', key)),
    ]);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE evaluation.cycles DROP COLUMN source`);
  }
}
