import { randomUUID } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import { badUserInput } from '@simpul/service-kit';
import { hashSecretToken, newSecretToken } from './secret-token';

export type PasswordTokenPurpose = 'INVITATION' | 'RESET';

/** How long a set-password link works. */
export const PASSWORD_TOKEN_TTL_HOURS = 72;

/**
 * Stores a new single-use link token for `userId` (hashed) and returns the token itself, which only
 * the e-mail carries. Earlier unused links of the user stop working: the newest e-mail is the one.
 */
export async function issuePasswordToken(manager: EntityManager, userId: string, purpose: PasswordTokenPurpose): Promise<string> {
  const { token, hash } = newSecretToken();
  await manager.query(`UPDATE registry.password_tokens SET expires_at = least(expires_at, now()) WHERE user_id = $1 AND used_at IS NULL`, [
    userId,
  ]);
  await manager.query(
    `INSERT INTO registry.password_tokens (id, user_id, purpose, token_hash, expires_at) VALUES ($1, $2, $3, $4, now() + make_interval(hours => $5))`,
    [randomUUID(), userId, purpose, hash, PASSWORD_TOKEN_TTL_HOURS],
  );
  return token;
}

/** Ends every unused link of the user (deactivation). */
export async function expirePasswordTokens(manager: EntityManager, userId: string): Promise<void> {
  await manager.query(`UPDATE registry.password_tokens SET expires_at = least(expires_at, now()) WHERE user_id = $1 AND used_at IS NULL`, [
    userId,
  ]);
}

/** Finds the token's row, locked, and marks it used; typed refusals when unknown, used or expired. */
export async function consumePasswordToken(
  manager: EntityManager,
  token: string,
): Promise<{ userId: string; purpose: PasswordTokenPurpose }> {
  const rows: { id: string; user_id: string; purpose: PasswordTokenPurpose; used: boolean; expired: boolean }[] = await manager.query(
    `SELECT id, user_id, purpose, used_at IS NOT NULL AS used, expires_at <= now() AS expired
     FROM registry.password_tokens WHERE token_hash = $1 FOR UPDATE`,
    [hashSecretToken(token.trim())],
  );
  const row = rows[0];
  if (!row) throw badUserInput('token', 'This link is not valid. Ask for a new one.', 'Tautan ini tidak valid. Mintalah tautan baru.');
  if (row.used)
    throw badUserInput(
      'token',
      'This link has already been used. Ask for a new one if you need it.',
      'Tautan ini sudah dipakai. Mintalah tautan baru bila perlu.',
    );
  if (row.expired) {
    throw badUserInput(
      'token',
      'This link has expired or was replaced by a newer one. Ask for a new one.',
      'Tautan ini sudah kedaluwarsa atau diganti tautan yang lebih baru. Mintalah tautan baru.',
    );
  }
  await manager.query(`UPDATE registry.password_tokens SET used_at = now() WHERE id = $1`, [row.id]);
  return { userId: row.user_id, purpose: row.purpose };
}
