import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Reminders as notifications in the portal (issue #14 §4): one row per person and occasion (the
 * unique key makes a reminder sent twice, or by two replicas, land once), and each person's choice
 * to receive a kind by e-mail (no row: yes).
 */
export class Notifications1765600000000 implements MigrationInterface {
  name = 'Notifications1765600000000';

  async up(db: QueryRunner): Promise<void> {
    const kinds = `('PHASE_DEADLINE', 'KIPP_DRAFT_DEADLINE', 'AGREEMENT_ENDING', 'SKM_SAMPLE_SHORT', 'FOLLOW_UP_OVERDUE')`;
    await db.query(`
      CREATE TABLE registry.notifications (
        id uuid PRIMARY KEY,
        user_id uuid NOT NULL REFERENCES registry.users(id) ON DELETE CASCADE,
        kind text NOT NULL CHECK (kind IN ${kinds}),
        occasion text NOT NULL,
        module text NOT NULL CHECK (module IN ('PEKPPP', 'KIPP', 'MPP', 'SKM', 'REGISTRY')),
        title_id text NOT NULL,
        title_en text NOT NULL,
        body_id text NOT NULL,
        body_en text NOT NULL,
        url text NOT NULL,
        created_at timestamptz(3) NOT NULL DEFAULT now(),
        read_at timestamptz(3),
        CONSTRAINT notifications_user_occasion_key UNIQUE (user_id, occasion)
      )`);
    // The bell's page (newest first) and its unread count.
    await db.query(`CREATE INDEX notifications_user_created_idx ON registry.notifications (user_id, created_at DESC, id DESC)`);
    await db.query(`CREATE INDEX notifications_unread_idx ON registry.notifications (user_id) WHERE read_at IS NULL`);
    await db.query(`
      CREATE TABLE registry.notification_settings (
        user_id uuid NOT NULL REFERENCES registry.users(id) ON DELETE CASCADE,
        kind text NOT NULL CHECK (kind IN ${kinds}),
        email boolean NOT NULL,
        PRIMARY KEY (user_id, kind)
      )`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TABLE registry.notification_settings`);
    await db.query(`DROP TABLE registry.notifications`);
  }
}
