import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The uploader's name as it was when the document was uploaded (users live in the registry, whose
 * User is not a federated entity): the evaluator opening evidence sees who uploaded it. Documents
 * uploaded before this have no name (null).
 */
export class EvidenceUploaderName1765800000000 implements MigrationInterface {
  name = 'EvidenceUploaderName1765800000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE evaluation.documents ADD COLUMN uploaded_by_name text`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE evaluation.documents DROP COLUMN uploaded_by_name`);
  }
}
