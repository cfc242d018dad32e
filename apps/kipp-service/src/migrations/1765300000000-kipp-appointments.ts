import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * KIPP appointments administered in the portal (issue 11 §2), uploaded attachments (issue 12 item 7)
 * and names in the decision trail (item 8):
 * - `panel_members`: Tim Evaluasi (TE) and panel (TPI) membership per competition; the person's
 *   name and agency (for conflicts of interest) stay in `evaluator_profiles`. Existing profiles
 *   become members of every existing competition, as they were before;
 * - `local_admins` records who appointed each local admin and when;
 * - `appointment_events`: every appointment and revocation (who, when), kept after a revocation;
 * - `decisions.decided_by_name`: the decider's name as it was when deciding;
 * - attachments keep their stored file (storage key, SHA-256) instead of a typed URL.
 */
export class KippAppointments1765300000000 implements MigrationInterface {
  name = 'KippAppointments1765300000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE kipp.panel_members (
        competition_id uuid NOT NULL REFERENCES kipp.competitions(id) ON DELETE CASCADE,
        user_id uuid NOT NULL REFERENCES kipp.evaluator_profiles(user_id),
        panel text NOT NULL CHECK (panel IN ('TE', 'TPI')),
        appointed_by uuid,
        appointed_at timestamptz(3) NOT NULL DEFAULT now(),
        PRIMARY KEY (competition_id, user_id)
      )`);
    await db.query(`CREATE INDEX panel_members_user_idx ON kipp.panel_members (user_id)`);
    await db.query(
      `INSERT INTO kipp.panel_members (competition_id, user_id, panel) SELECT c.id, e.user_id, e.panel FROM kipp.competitions c CROSS JOIN kipp.evaluator_profiles e`,
    );
    await db.query(
      `ALTER TABLE kipp.local_admins ADD COLUMN appointed_by uuid, ADD COLUMN appointed_at timestamptz(3) NOT NULL DEFAULT now()`,
    );
    await db.query(`
      CREATE TABLE kipp.appointment_events (
        id uuid PRIMARY KEY,
        role text NOT NULL CHECK (role IN ('LOCAL_ADMIN', 'TE', 'TPI')),
        action text NOT NULL CHECK (action IN ('APPOINTED', 'REVOKED')),
        user_id uuid NOT NULL,
        display_name text NOT NULL,
        agency_id uuid,
        competition_id uuid REFERENCES kipp.competitions(id) ON DELETE CASCADE,
        actor_id uuid NOT NULL,
        actor_name text NOT NULL,
        at timestamptz(3) NOT NULL DEFAULT clock_timestamp()
      )`);
    await db.query(`CREATE INDEX appointment_events_at_idx ON kipp.appointment_events (at DESC, id)`);
    await db.query(`ALTER TABLE kipp.decisions ADD COLUMN decided_by_name text`);
    await db.query(
      `ALTER TABLE kipp.proposal_attachments ADD COLUMN storage_key text, ADD COLUMN sha256 text CHECK (sha256 ~ '^[0-9a-f]{64}$'), ALTER COLUMN url DROP NOT NULL`,
    );
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DELETE FROM kipp.proposal_attachments WHERE url IS NULL`);
    await db.query(`ALTER TABLE kipp.proposal_attachments DROP COLUMN storage_key, DROP COLUMN sha256, ALTER COLUMN url SET NOT NULL`);
    await db.query(`ALTER TABLE kipp.decisions DROP COLUMN decided_by_name`);
    await db.query(`DROP TABLE kipp.appointment_events`);
    await db.query(`ALTER TABLE kipp.local_admins DROP COLUMN appointed_by, DROP COLUMN appointed_at`);
    await db.query(`DROP TABLE kipp.panel_members`);
  }
}
