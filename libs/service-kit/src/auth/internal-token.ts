import { isRole, type Caller, type Identity } from '@simpul/contracts';
import { signToken, verifyToken } from './signed-token';

/**
 * The header the gateway adds to every subgraph request. Its token proves the request came through
 * the gateway and carries the caller (or `null` for the public); a subgraph refuses any request
 * without a valid one.
 */
export const INTERNAL_TOKEN_HEADER = 'x-simpul-internal';

/** Short: a token is minted per request, so it only has to outlive one hop. */
const INTERNAL_TTL_SECONDS = 60;

export function issueInternalToken(caller: Caller, secret: string, requestId: string, now = Date.now()): string {
  return signToken({ kind: 'internal', caller, requestId }, secret, INTERNAL_TTL_SECONDS, now);
}

export type InternalCheck = { ok: true; caller: Caller; requestId: string } | { ok: false; reason: string };

export function readInternalToken(token: string | undefined, secret: string, now = Date.now()): InternalCheck {
  if (!token) return { ok: false, reason: 'missing' };
  const check = verifyToken(token, secret, now);
  if (!check.ok) return { ok: false, reason: check.reason };
  if (check.claims.kind !== 'internal') return { ok: false, reason: 'malformed' };
  const caller = (check.claims.caller ?? null) as Identity | null;
  if (caller !== null && !isRole(caller.role)) return { ok: false, reason: 'malformed' };
  return { ok: true, caller, requestId: typeof check.claims.requestId === 'string' ? check.claims.requestId : '' };
}
