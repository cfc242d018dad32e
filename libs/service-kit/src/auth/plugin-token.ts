import { createHmac } from 'node:crypto';
import { isPluginScope, type PluginScope } from '@simpul/contracts';
import { signToken, verifyToken } from './signed-token';

export { PLUGIN_SCOPES, isPluginScope, type PluginScope } from '@simpul/contracts';

/**
 * The header a plugin's GraphQL calls carry next to the person's `Authorization: Bearer`. The
 * gateway narrows such a request to the plugin's scopes and unit (issue #15).
 */
export const PLUGIN_TOKEN_HEADER = 'x-simpul-plugin-token';

/** Short: the portal asks for a new one through `pluginSession` when it runs out. */
export const PLUGIN_TOKEN_TTL_SECONDS = 10 * 60;

/**
 * What the registry grants a plugin for one person on one unit. `mallId` and `deskId` are the MPP
 * and desk the plugin runs at (a MALL_DESK page), checked by the registry against the tenancy of
 * the unit's agency; null elsewhere. `exp` is in seconds since the epoch.
 */
export interface PluginTokenClaims {
  pluginId: string;
  userId: string;
  serviceUnitId: string;
  agencyId: string;
  mallId: string | null;
  deskId: string | null;
  scopes: PluginScope[];
  exp: number;
}

/** What `issuePluginToken` signs: the claims without their expiry; no desk unless one is given. */
export type PluginGrant = Omit<PluginTokenClaims, 'exp' | 'deskId'> & { deskId?: string | null };

/**
 * The signing key for plugin tokens, derived from JWT_SECRET for this purpose only: a token signed
 * with it never verifies as an access or internal token, nor the other way round, whatever its claims.
 */
export function pluginTokenKey(jwtSecret: string): string {
  return createHmac('sha256', jwtSecret).update('simpul:plugin-token:v1').digest('base64url');
}

/** Signs a plugin token for `ttlSeconds` (ten minutes by default); `secret` is JWT_SECRET. */
export function issuePluginToken(claims: PluginGrant, secret: string, now = Date.now(), ttlSeconds = PLUGIN_TOKEN_TTL_SECONDS): string {
  const { pluginId, userId, serviceUnitId, agencyId, mallId, scopes } = claims;
  const deskId = claims.deskId ?? null;
  return signToken(
    { kind: 'plugin', pluginId, userId, serviceUnitId, agencyId, mallId, deskId, scopes },
    pluginTokenKey(secret),
    ttlSeconds,
    now,
  );
}

/** A token with the moment it stops working, for `pluginSession { token expiresAt }`. */
export function issuePluginSession(
  claims: PluginGrant,
  secret: string,
  now = Date.now(),
  ttlSeconds = PLUGIN_TOKEN_TTL_SECONDS,
): { token: string; expiresAt: Date } {
  const token = issuePluginToken(claims, secret, now, ttlSeconds);
  return { token, expiresAt: new Date((Math.floor(now / 1000) + ttlSeconds) * 1000) };
}

export type PluginTokenCheck = { ok: true; claims: PluginTokenClaims } | { ok: false; reason: 'malformed' | 'signature' | 'expired' };

function isText(value: unknown): value is string {
  return typeof value === 'string' && value.length > 0;
}

/** Verifies signature, expiry and shape; `secret` is JWT_SECRET. */
export function verifyPluginToken(token: string, secret: string, now = Date.now()): PluginTokenCheck {
  const check = verifyToken(token, pluginTokenKey(secret), now);
  if (!check.ok) return check;
  const c = check.claims;
  const scopes = c.scopes;
  if (
    c.kind !== 'plugin' ||
    !isText(c.pluginId) ||
    !isText(c.userId) ||
    !isText(c.serviceUnitId) ||
    !isText(c.agencyId) ||
    !(c.mallId === null || isText(c.mallId)) ||
    // Tokens signed before desks were granted carry no deskId: they name none.
    !(c.deskId === undefined || c.deskId === null || isText(c.deskId)) ||
    !Array.isArray(scopes) ||
    !scopes.every(isPluginScope)
  ) {
    return { ok: false, reason: 'malformed' };
  }
  return {
    ok: true,
    claims: {
      pluginId: c.pluginId,
      userId: c.userId,
      serviceUnitId: c.serviceUnitId,
      agencyId: c.agencyId,
      mallId: c.mallId,
      deskId: isText(c.deskId) ? c.deskId : null,
      scopes: [...scopes],
      exp: c.exp,
    },
  };
}
