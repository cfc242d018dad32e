import { isRole, type Identity } from '@simpul/contracts';
import { signToken, verifyToken } from './signed-token';

/** How long a sign-in through GraphQL `signIn` lasts. */
export const ACCESS_TOKEN_TTL_SECONDS = 8 * 60 * 60;

/** How long the portal's access token lasts; its session renews it with a refresh token. */
export const SESSION_ACCESS_TTL_SECONDS = 15 * 60;

export interface AccessTokenOptions {
  /** The user's token version when the token was issued; a later version makes it stale. */
  tokenVersion?: number;
  ttlSeconds?: number;
}

/** The token a person receives from `signIn` and sends to the gateway as `Authorization: Bearer`. */
export function issueAccessToken(identity: Identity, secret: string, now = Date.now(), options: AccessTokenOptions = {}): string {
  return signToken(
    { sub: identity.userId, kind: 'access', identity, tv: options.tokenVersion ?? 0 },
    secret,
    options.ttlSeconds ?? ACCESS_TOKEN_TTL_SECONDS,
    now,
  );
}

export type AccessCheck = { ok: true; identity: Identity; tokenVersion: number } | { ok: false; reason: string };

export function readAccessToken(token: string, secret: string, now = Date.now()): AccessCheck {
  const check = verifyToken(token, secret, now);
  if (!check.ok) return { ok: false, reason: check.reason };
  const identity = check.claims.identity as Identity | undefined;
  if (check.claims.kind !== 'access' || !identity || !isRole(identity.role)) return { ok: false, reason: 'malformed' };
  const version = check.claims.tv;
  return { ok: true, identity, tokenVersion: typeof version === 'number' && Number.isInteger(version) ? version : 0 };
}
