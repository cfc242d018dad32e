// Hive Gateway (The Guild) serving the same supergraph as apps/gateway: an alternative gateway, so
// the supergraph is not tied to one vendor's router. Mount this folder and apps/gateway/supergraph.graphql
// into the ghcr.io/graphql-hive/gateway image (docker/README.md). It reads the same variables as apps/gateway:
//   INTERNAL_SECRET   signs the x-simpul-internal header every subgraph requires (refused without it)
//   JWT_SECRET        verifies the access token a signed-in caller sends as `Authorization: Bearer`
//   <NAME>_URL        each subgraph's URL (REGISTRY_URL …), else the one written in the supergraph
// What apps/gateway does and this does not: the token-version check (a revoked token stays valid
// until it expires, at most 15 minutes for the portal's), query depth and cost limits, rate limits,
// persisted operations, /files and /data. Use it for the public and read paths, or add those first.
import { createHmac, randomUUID, timingSafeEqual } from 'node:crypto';

const HEADER = Buffer.from(JSON.stringify({ alg: 'HS256', typ: 'JWT' })).toString('base64url');
// libs/contracts role.ts
const ROLES = new Set(['NATIONAL_ADMIN', 'EVALUATOR', 'MPP_OPERATOR', 'UNIT_DESK']);
const SUBGRAPHS = ['registry', 'evaluation', 'kipp', 'mpp', 'skm'];

/** @param {string} payload @param {string} secret */
const sign = (payload, secret) => createHmac('sha256', secret).update(`${HEADER}.${payload}`).digest('base64url');

/**
 * The caller of a verified access token (libs/service-kit auth/access-token.ts), `null` for none,
 * `undefined` for one that is forged, expired or not an access token.
 * @param {string | null} authorization
 * @param {string} secret
 * @param {number} now
 * @returns {Record<string, unknown> | null | undefined}
 */
export function callerOf(authorization, secret, now = Date.now()) {
  if (!authorization) return null;
  const [scheme, token = ''] = authorization.split(' ');
  const [header, payload = '', signature = ''] = token.split('.');
  if (scheme?.toLowerCase() !== 'bearer' || header !== HEADER) return undefined;
  const expected = Buffer.from(sign(payload, secret));
  const given = Buffer.from(signature);
  if (expected.length !== given.length || !timingSafeEqual(expected, given)) return undefined;
  /** @type {{ kind?: unknown, exp?: unknown, identity?: { role?: unknown } }} */
  let claims;
  try {
    claims = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8'));
  } catch {
    return undefined;
  }
  if (claims.kind !== 'access' || typeof claims.exp !== 'number' || claims.exp * 1000 <= now) return undefined;
  const identity = claims.identity;
  return identity && typeof identity.role === 'string' && ROLES.has(identity.role) ? identity : undefined;
}

/**
 * The x-simpul-internal token for `caller` (issueInternalToken in libs/service-kit auth/internal-token.ts):
 * HS256, one hop (60 s).
 * @param {Record<string, unknown> | null} caller
 * @param {string} secret
 * @param {number} now
 */
export function internalToken(caller, secret, now = Date.now()) {
  const iat = Math.floor(now / 1000);
  const payload = Buffer.from(JSON.stringify({ kind: 'internal', caller, requestId: randomUUID(), iat, exp: iat + 60 })).toString(
    'base64url',
  );
  return `${HEADER}.${payload}.${sign(payload, secret)}`;
}

/** @param {string} name */
function required(name) {
  const value = process.env[name];
  if (!value) throw new Error(`Set ${name}: the Simpul subgraphs refuse requests without the header it signs.`);
  return value;
}

const internalSecret = required('INTERNAL_SECRET');
const jwtSecret = required('JWT_SECRET');

/** @type {Record<string, { location: string }>} */
const transportEntries = {};
for (const name of SUBGRAPHS) {
  const url = process.env[`${name.toUpperCase()}_URL`];
  if (url) transportEntries[name] = { location: url };
}

export const gatewayConfig = {
  supergraph: process.env.SUPERGRAPH_PATH ?? './supergraph.graphql',
  transportEntries,
  propagateHeaders: {
    /** @param {{ request: Request }} payload */
    fromClientToSubgraphs({ request }) {
      const caller = callerOf(request.headers.get('authorization'), jwtSecret);
      // A bad token gets no header: the subgraph refuses the request rather than serve it as the public's.
      if (caller === undefined) return {};
      return { 'x-simpul-internal': internalToken(caller, internalSecret) };
    },
  },
};
