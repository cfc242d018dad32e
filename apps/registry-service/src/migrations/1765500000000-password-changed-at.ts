import type { MigrationInterface, QueryRunner } from 'typeorm';
import { auditRowFunctionSql } from '@simpul/service-kit';

/**
 * When a person's password was last set (an invitation accepted, a reset, the first admin), so their
 * change history says "Kata sandi diubah". Not a secret: the trigger function is re-made with the
 * rule that audits `*_changed_at` stamps although their names mention a secret.
 */
export class PasswordChangedAt1765500000000 implements MigrationInterface {
  name = 'PasswordChangedAt1765500000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE registry.users ADD COLUMN password_changed_at timestamptz(3)`);
    await db.query(auditRowFunctionSql('registry'));
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE registry.users DROP COLUMN password_changed_at`);
  }
}
