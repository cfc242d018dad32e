import type { EntityManager } from 'typeorm';

/** Ends every refresh session of the user (deactivation, role change, password reset). */
export async function revokeAllSessions(manager: EntityManager, userId: string): Promise<void> {
  await manager.query(`UPDATE registry.sessions SET revoked_at = now() WHERE user_id = $1 AND revoked_at IS NULL`, [userId]);
}

/**
 * Makes every access token issued so far stale (the gateway compares versions) and ends every
 * refresh session, in the caller's transaction.
 */
export async function endAllAccess(manager: EntityManager, userId: string): Promise<void> {
  await manager.query(`UPDATE registry.users SET token_version = token_version + 1 WHERE id = $1`, [userId]);
  await revokeAllSessions(manager, userId);
}
