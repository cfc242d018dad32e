import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Queue-system keys per mall and the tickets they turned into one-time survey links. A key's secret
 * is kept only as its SHA-256 (a 256-bit random secret needs no slow hash); a ticket is unique per
 * mall and WIB day (queue numbers restart every morning), so a resent "ticket served" finds the link
 * already made. A one-time link may now name the service it was issued for.
 */
export class SkmQueueKeys1767300000000 implements MigrationInterface {
  name = 'SkmQueueKeys1767300000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(
      `CREATE TABLE skm.queue_keys (
         id uuid PRIMARY KEY DEFAULT uuidv7(),
         mall_id uuid NOT NULL,
         name text NOT NULL CHECK (btrim(name) <> '' AND char_length(name) <= 80),
         secret_sha256 bytea NOT NULL UNIQUE,
         hint text NOT NULL,
         created_at timestamptz NOT NULL,
         created_by uuid,
         revoked_at timestamptz,
         revoked_by uuid
       )`,
    );
    await db.query(`CREATE INDEX queue_keys_mall ON skm.queue_keys (mall_id, created_at DESC, id)`);
    await db.query(`ALTER TABLE skm.survey_tokens ADD COLUMN service_id uuid`);
    await db.query(
      `CREATE TABLE skm.queue_tickets (
         mall_id uuid NOT NULL,
         served_on date NOT NULL,
         ticket text NOT NULL,
         desk_id uuid NOT NULL,
         service_id uuid NOT NULL,
         key_id uuid NOT NULL REFERENCES skm.queue_keys(id),
         token text NOT NULL UNIQUE REFERENCES skm.survey_tokens(token),
         created_at timestamptz NOT NULL,
         PRIMARY KEY (mall_id, served_on, ticket)
       )`,
    );
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TABLE skm.queue_tickets`);
    await db.query(`ALTER TABLE skm.survey_tokens DROP COLUMN service_id`);
    await db.query(`DROP TABLE skm.queue_keys`);
  }
}
