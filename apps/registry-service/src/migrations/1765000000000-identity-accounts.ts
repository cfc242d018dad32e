import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Accounts administered in the portal: a status (INVITED until the password is set, ACTIVE,
 * DEACTIVATED), a token version that invalidates issued access tokens, one-time password links
 * (stored as SHA-256), the mail outbox written in the same transaction as the account, refresh
 * sessions, and sign-in throttling counters.
 */
export class IdentityAccounts1765000000000 implements MigrationInterface {
  name = 'IdentityAccounts1765000000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      ALTER TABLE registry.users
        ADD COLUMN status text NOT NULL DEFAULT 'ACTIVE' CHECK (status IN ('INVITED', 'ACTIVE', 'DEACTIVATED')),
        ADD COLUMN token_version integer NOT NULL DEFAULT 0,
        ADD COLUMN invited_at timestamptz(3),
        ADD COLUMN last_sign_in_at timestamptz(3),
        ALTER COLUMN password_hash DROP NOT NULL`);
    await db.query(
      `ALTER TABLE registry.users ADD CONSTRAINT users_active_has_password CHECK (status <> 'ACTIVE' OR password_hash IS NOT NULL)`,
    );
    // Each role's binding, exactly: a desk has a unit and no mall, an operator a mall and no unit.
    await db.query(`
      ALTER TABLE registry.users ADD CONSTRAINT users_binding_fits_role CHECK (CASE role
        WHEN 'UNIT_DESK' THEN service_unit_id IS NOT NULL AND mall_id IS NULL
        WHEN 'MPP_OPERATOR' THEN mall_id IS NOT NULL AND service_unit_id IS NULL
        ELSE service_unit_id IS NULL AND mall_id IS NULL END)`);
    await db.query(`CREATE INDEX users_name_idx ON registry.users (display_name, id)`);
    await db.query(`CREATE INDEX users_unit_idx ON registry.users (service_unit_id) WHERE service_unit_id IS NOT NULL`);
    await db.query(`CREATE INDEX users_mall_idx ON registry.users (mall_id) WHERE mall_id IS NOT NULL`);

    await db.query(`
      CREATE TABLE registry.password_tokens (
        id uuid PRIMARY KEY,
        user_id uuid NOT NULL REFERENCES registry.users(id),
        purpose text NOT NULL CHECK (purpose IN ('INVITATION', 'RESET')),
        token_hash text NOT NULL UNIQUE,
        created_at timestamptz(3) NOT NULL DEFAULT now(),
        expires_at timestamptz(3) NOT NULL,
        used_at timestamptz(3)
      )`);
    await db.query(`CREATE INDEX password_tokens_user_idx ON registry.password_tokens (user_id)`);

    await db.query(`
      CREATE TABLE registry.mail_outbox (
        id uuid PRIMARY KEY,
        recipient text NOT NULL,
        subject text NOT NULL,
        text_body text NOT NULL,
        html_body text NOT NULL,
        created_at timestamptz(3) NOT NULL DEFAULT now(),
        attempts integer NOT NULL DEFAULT 0,
        next_attempt_at timestamptz(3) NOT NULL DEFAULT now(),
        sent_at timestamptz(3),
        transport text,
        last_error text
      )`);
    await db.query(`CREATE INDEX mail_outbox_pending_idx ON registry.mail_outbox (next_attempt_at) WHERE sent_at IS NULL`);

    await db.query(`
      CREATE TABLE registry.sessions (
        id uuid PRIMARY KEY,
        user_id uuid NOT NULL REFERENCES registry.users(id),
        token_hash text NOT NULL UNIQUE,
        created_at timestamptz(3) NOT NULL DEFAULT now(),
        last_used_at timestamptz(3) NOT NULL DEFAULT now(),
        expires_at timestamptz(3) NOT NULL,
        revoked_at timestamptz(3)
      )`);
    await db.query(`CREATE INDEX sessions_user_idx ON registry.sessions (user_id) WHERE revoked_at IS NULL`);

    await db.query(`
      CREATE TABLE registry.sign_in_throttle (
        key text PRIMARY KEY,
        failures integer NOT NULL DEFAULT 0,
        last_failure_at timestamptz(3),
        blocked_until timestamptz(3)
      )`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TABLE registry.sign_in_throttle`);
    await db.query(`DROP TABLE registry.sessions`);
    await db.query(`DROP TABLE registry.mail_outbox`);
    await db.query(`DROP TABLE registry.password_tokens`);
    await db.query(`DROP INDEX registry.users_mall_idx`);
    await db.query(`DROP INDEX registry.users_unit_idx`);
    await db.query(`DROP INDEX registry.users_name_idx`);
    await db.query(`ALTER TABLE registry.users DROP CONSTRAINT users_binding_fits_role, DROP CONSTRAINT users_active_has_password`);
    // Accounts that never set a password cannot survive the older NOT NULL column.
    await db.query(`DELETE FROM registry.users WHERE password_hash IS NULL`);
    await db.query(`
      ALTER TABLE registry.users
        ALTER COLUMN password_hash SET NOT NULL,
        DROP COLUMN last_sign_in_at,
        DROP COLUMN invited_at,
        DROP COLUMN token_version,
        DROP COLUMN status`);
  }
}
