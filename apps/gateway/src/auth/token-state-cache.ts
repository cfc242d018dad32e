import { LOOKUP_TTL_MS, LookupCache, type LookupCacheOptions } from '../cache/lookup-cache';

/** What the registry says about a user's tokens (`GET /internal/users/:id/token-state`). */
export interface TokenState {
  tokenVersion: number;
  active: boolean;
}

/** `null` when the registry has no such user (deleted): every token of theirs is refused. */
export type TokenStateLookup = (userId: string) => Promise<TokenState | null>;

export type TokenStateCacheOptions = LookupCacheOptions;

export const TOKEN_STATE_TTL_MS = LOOKUP_TTL_MS;

/**
 * Token states per user. A revoked token (deactivation, role change, password reset) is refused
 * within TTL + one request; concurrent requests of one user share one lookup. `refresh` is for a
 * token newer than the remembered answer, which cannot judge it.
 */
export class TokenStateCache extends LookupCache<TokenState | null> {}

/**
 * Whether a remembered answer is older than the token it is asked about: the token carries a later
 * version (signed in again after a password reset or role change), or the same version while the
 * answer says deactivated (versions move on deactivation, so it was minted after a reactivation).
 */
export function tokenNewerThan(state: TokenState | null, tokenVersion: number): boolean {
  return state !== null && (tokenVersion > state.tokenVersion || (tokenVersion === state.tokenVersion && !state.active));
}

/** Whether a token minted at `tokenVersion` is still good for this user. */
export function tokenStillValid(state: TokenState | null, tokenVersion: number): boolean {
  return state !== null && state.active && state.tokenVersion === tokenVersion;
}
