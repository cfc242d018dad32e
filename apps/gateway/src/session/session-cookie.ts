/** The portal's session cookie: the registry's refresh token, never readable by page scripts. */
export const SESSION_COOKIE = 'simpul_session';
/** Only the /auth routes ever receive it (through the portal's same-origin proxy). */
export const SESSION_COOKIE_PATH = '/auth';

/** `Set-Cookie` for a refresh token that lasts until `expiresAt`; `secure` when the browser came over https. */
export function sessionCookie(refreshToken: string, expiresAt: string, secure: boolean, now = Date.now()): string {
  const maxAge = Math.max(0, Math.floor((Date.parse(expiresAt) - now) / 1000));
  return cookieLine(refreshToken, Number.isFinite(maxAge) ? maxAge : 0, secure);
}

/** `Set-Cookie` that makes the browser forget the session at once. */
export function clearedSessionCookie(secure: boolean): string {
  return cookieLine('', 0, secure);
}

function cookieLine(value: string, maxAge: number, secure: boolean): string {
  const parts = [`${SESSION_COOKIE}=${value}`, `Path=${SESSION_COOKIE_PATH}`, `Max-Age=${maxAge}`, 'HttpOnly', 'SameSite=Strict'];
  if (secure) parts.push('Secure');
  return parts.join('; ');
}

/** The refresh token in a `Cookie` header, or null. Tokens are base64url, so no decoding is needed. */
export function sessionTokenFrom(cookieHeader: string | undefined): string | null {
  if (!cookieHeader) return null;
  for (const pair of cookieHeader.split(';')) {
    const separator = pair.indexOf('=');
    if (separator < 0) continue;
    if (pair.slice(0, separator).trim() !== SESSION_COOKIE) continue;
    const value = pair.slice(separator + 1).trim();
    return value === '' ? null : value;
  }
  return null;
}
