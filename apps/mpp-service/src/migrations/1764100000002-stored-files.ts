import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Uploaded documents (signed PKS and addenda, the bupati/wali kota's letter, the urgency study).
 * The bytes live in the file storage under `storage_key`; this row says whose they are (the mall,
 * and the tenancy for a PKS, which decides who may download them) and keeps their SHA-256.
 */
export class StoredFiles1764100000002 implements MigrationInterface {
  name = 'StoredFiles1764100000002';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query(`
      CREATE TABLE mpp.files (
        id uuid PRIMARY KEY,
        mall_id uuid NOT NULL REFERENCES mpp.malls (id),
        tenancy_id uuid,
        storage_key text NOT NULL,
        file_name text NOT NULL CHECK (btrim(file_name) <> ''),
        mime_type text NOT NULL,
        size_bytes integer NOT NULL CHECK (size_bytes > 0),
        sha256 text NOT NULL CHECK (sha256 ~ '^[0-9a-f]{64}$'),
        uploaded_by uuid,
        uploaded_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT files_tenancy_in_mall FOREIGN KEY (mall_id, tenancy_id) REFERENCES mpp.tenancies (mall_id, id)
      );
      CREATE INDEX files_mall ON mpp.files (mall_id);
      ALTER TABLE mpp.mall_documents ADD COLUMN file_id uuid REFERENCES mpp.files (id);
      ALTER TABLE mpp.agreements ADD COLUMN document_file_id uuid REFERENCES mpp.files (id);
      ALTER TABLE mpp.agreement_addenda ADD COLUMN document_file_id uuid REFERENCES mpp.files (id);
    `);
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query(`
      ALTER TABLE mpp.agreement_addenda DROP COLUMN document_file_id;
      ALTER TABLE mpp.agreements DROP COLUMN document_file_id;
      ALTER TABLE mpp.mall_documents DROP COLUMN file_id;
      DROP TABLE mpp.files;
    `);
  }
}
