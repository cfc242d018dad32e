import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A desk sends F-01 for its lokus: the submission locks the claims and evidence and keeps a receipt of
 * what was sent (each indicator's claimed level and its evidence documents with their SHA-256). The
 * national admin may reopen it with a reason; the row stays as history. At most one open (not
 * reopened) submission per lokus — the evaluation tasks read "F-01 sent" from that open row.
 */
export class F01Submissions1766000000000 implements MigrationInterface {
  name = 'F01Submissions1766000000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE evaluation.f01_submissions (
        id uuid PRIMARY KEY,
        lokus_id uuid NOT NULL REFERENCES evaluation.lokus(id) ON DELETE CASCADE,
        service_unit_id uuid NOT NULL,
        submitted_by uuid,
        submitted_by_name text,
        submitted_at timestamptz(3) NOT NULL,
        receipt jsonb NOT NULL,
        reopened_at timestamptz(3),
        reopened_by uuid,
        reopened_by_name text,
        reopen_reason text,
        CHECK ((reopened_at IS NULL) = (reopen_reason IS NULL)),
        CHECK (reopen_reason IS NULL OR btrim(reopen_reason) <> '')
      )`);
    await db.query(`CREATE UNIQUE INDEX f01_submissions_open_idx ON evaluation.f01_submissions (lokus_id) WHERE reopened_at IS NULL`);
    await db.query(`CREATE INDEX f01_submissions_lokus_idx ON evaluation.f01_submissions (lokus_id, submitted_at)`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TABLE evaluation.f01_submissions`);
  }
}
