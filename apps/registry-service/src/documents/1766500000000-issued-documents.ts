import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Issued documents (issue #16 §4): every printed report card the portal registers, so the QR on the
 * paper leads to what Simpul recorded when it was printed. The figures are kept as printed (label and
 * value text), the issuer's name and role as they were then. One row per person, kind, subject and
 * content: printing the same figures again gives the same code.
 */
export class IssuedDocuments1766500000000 implements MigrationInterface {
  name = 'IssuedDocuments1766500000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE registry.issued_documents (
        id uuid PRIMARY KEY,
        code text NOT NULL UNIQUE CHECK (code ~ '^[0-9A-HJKMNP-TV-Z]{12}$'),
        kind text NOT NULL CHECK (kind IN ('PEKPPP_RAPOR', 'SKM_REPORT', 'MPP_REPORT_CARD', 'OMBUDSMAN_SUMMARY')),
        subject_id text NOT NULL,
        title text NOT NULL,
        figures jsonb NOT NULL,
        source_path text,
        content_hash text NOT NULL,
        issued_by uuid NOT NULL REFERENCES registry.users(id),
        issuer_name text NOT NULL,
        issuer_role text NOT NULL,
        issued_at timestamptz(3) NOT NULL DEFAULT now(),
        CONSTRAINT issued_documents_content_key UNIQUE (issued_by, kind, subject_id, content_hash)
      )`);
    await db.query(`CREATE INDEX issued_documents_subject_idx ON registry.issued_documents (kind, subject_id)`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TABLE registry.issued_documents`);
  }
}
