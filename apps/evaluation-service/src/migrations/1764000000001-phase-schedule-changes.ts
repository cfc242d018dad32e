import type { MigrationInterface, QueryRunner } from 'typeorm';

/** The history of phases started ahead of their window (who, when, why, the windows before and after). */
export class PhaseScheduleChanges1764000000001 implements MigrationInterface {
  name = 'PhaseScheduleChanges1764000000001';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE evaluation.phase_schedule_changes (
        id uuid PRIMARY KEY,
        cycle_id uuid NOT NULL REFERENCES evaluation.cycles(id) ON DELETE CASCADE,
        phase text NOT NULL,
        previous_starts_at timestamptz(3) NOT NULL,
        previous_ends_at timestamptz(3) NOT NULL,
        new_starts_at timestamptz(3) NOT NULL,
        new_ends_at timestamptz(3) NOT NULL,
        reason text NOT NULL CHECK (btrim(reason) <> ''),
        changed_by uuid,
        changed_at timestamptz(3) NOT NULL
      )`);
    await db.query(`CREATE INDEX phase_schedule_changes_cycle_idx ON evaluation.phase_schedule_changes (cycle_id, changed_at)`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TABLE evaluation.phase_schedule_changes`);
  }
}
