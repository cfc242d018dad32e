import type { Request } from 'express';

/**
 * The /auth routes act on a cookie, so another site must not be able to make a browser call them
 * (CSRF). A browser always sends Origin on a POST; it must be a portal origin (PORTAL_ORIGIN) or
 * the very origin the request was addressed to, as seen through trusted proxies (the portal's
 * same-origin proxy passes X-Forwarded-Host and -Proto). A JSON content type also forces a CORS
 * preflight on any cross-site fetch, which the gateway does not grant for these routes.
 */
export function refusedAsCrossSite(req: Request, portalOrigins: string[]): boolean {
  if (req.get('sec-fetch-site') === 'cross-site') return true;
  const origin = req.get('origin');
  if (origin === undefined) return false;
  if (portalOrigins.includes(origin)) return false;
  return origin !== `${req.protocol}://${req.host}`;
}

export function isJsonRequest(req: Request): boolean {
  return req.is('application/json') === 'application/json';
}

/** Secure cookies when the browser reached us over https (X-Forwarded-Proto, believed through TRUST_PROXY). */
export function cameOverHttps(req: Request): boolean {
  return req.protocol === 'https';
}
