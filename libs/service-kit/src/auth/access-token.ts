import { isRole, type Identity } from '@simpul/contracts';
import { signToken, verifyToken } from './signed-token';

/** How long a sign-in lasts. */
export const ACCESS_TOKEN_TTL_SECONDS = 8 * 60 * 60;

/** The token a person receives from `signIn` and sends to the gateway as `Authorization: Bearer`. */
export function issueAccessToken(identity: Identity, secret: string, now = Date.now()): string {
  return signToken({ sub: identity.userId, kind: 'access', identity }, secret, ACCESS_TOKEN_TTL_SECONDS, now);
}

export type AccessCheck = { ok: true; identity: Identity } | { ok: false; reason: string };

export function readAccessToken(token: string, secret: string, now = Date.now()): AccessCheck {
  const check = verifyToken(token, secret, now);
  if (!check.ok) return { ok: false, reason: check.reason };
  const identity = check.claims.identity as Identity | undefined;
  if (check.claims.kind !== 'access' || !identity || !isRole(identity.role)) return { ok: false, reason: 'malformed' };
  return { ok: true, identity };
}
