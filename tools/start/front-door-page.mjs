// The signed-out home's own page (issue #17): a visitor who is not signed in gets at `/` the small
// front door built by tools/build/rspack-front-door.mjs (dist/apps/portal/front/index.html) instead of
// the portal's app shell, so the national figures show before React, Mantine or Module Federation
// would have loaded. Someone signed in gets the portal at `/` as before, decided here and not in the
// browser, so nobody sees one page and then the other.
//
// How the server knows: the session cookie is the gateway's, on Path=/auth only, so `/` never sees
// it. Whenever an /auth answer sets or clears that cookie this server sets or clears, beside it, a
// marker on Path=/ with the same lifetime (`simpul_signed_in=1`, HttpOnly, SameSite=Strict): it
// carries no token, only that a session cookie is there. `?portal` (and a build without the page)
// gets the portal, as the SKM form's page does.
import fs from 'node:fs';
import path from 'node:path';

export const SESSION_COOKIE = 'simpul_session';
export const SIGNED_IN_COOKIE = 'simpul_signed_in';

/**
 * The front door's HTML file for a request to `/`, or null (another path, `?portal`, signed in, or not built).
 * @param {string} distRoot
 * @param {string} url the request's path and query
 * @param {string | undefined} cookieHeader
 */
export function frontDoorPage(distRoot, url, cookieHeader) {
  const { pathname, searchParams } = new URL(url, 'http://portal');
  if (pathname !== '/' || searchParams.has('portal') || signedIn(cookieHeader)) return null;
  const file = path.join(distRoot, 'portal', 'front', 'index.html');
  return fs.existsSync(file) ? file : null;
}

/** @param {string | undefined} cookieHeader */
export function signedIn(cookieHeader) {
  return (cookieHeader ?? '').split(';').some((pair) => pair.trim() === `${SIGNED_IN_COOKIE}=1`);
}

/**
 * An /auth answer's Set-Cookie with the marker added beside each session cookie it sets or clears:
 * the same Max-Age and Secure, on Path=/.
 * @param {string | string[] | undefined} setCookie
 * @returns {string[] | undefined}
 */
export function withSignedInMarker(setCookie) {
  if (setCookie === undefined) return undefined;
  const lines = Array.isArray(setCookie) ? setCookie : [setCookie];
  const markers = lines.flatMap((line) => {
    const [pair = '', ...attributes] = line.split(';').map((part) => part.trim());
    const separator = pair.indexOf('=');
    if (separator < 0 || pair.slice(0, separator) !== SESSION_COOKIE) return [];
    const value = pair.slice(separator + 1);
    // Without Max-Age the session cookie lasts as long as the browser session; so does the marker.
    const maxAge = attributes.find((part) => /^max-age=/i.test(part));
    const secure = attributes.some((part) => part.toLowerCase() === 'secure');
    const cleared = value === '' || /^max-age=0$/i.test(maxAge ?? '');
    const lifetime = cleared ? ['Max-Age=0'] : maxAge ? [maxAge] : [];
    return [
      [
        `${SIGNED_IN_COOKIE}=${cleared ? '' : '1'}`,
        'Path=/',
        ...lifetime,
        'HttpOnly',
        'SameSite=Strict',
        ...(secure ? ['Secure'] : []),
      ].join('; '),
    ];
  });
  return [...lines, ...markers];
}
