import type { Caller, LocalizedMessage } from '@simpul/contracts';
import { readAccessToken } from '@simpul/service-kit';

/** `tokenVersion`: the user's token version when the token was minted (checked against the registry). */
export type CallerCheck = { ok: true; caller: Caller; tokenVersion: number } | { ok: false; message: string; messages: LocalizedMessage };

export const EXPIRED: LocalizedMessage = {
  id: 'Sesi Anda telah berakhir; silakan masuk kembali.',
  en: 'Your session has expired; sign in again.',
};
const INVALID: LocalizedMessage = {
  id: 'Token akses tidak sah; silakan masuk kembali.',
  en: 'The access token is invalid; sign in again.',
};

/**
 * No Authorization header means the public (`null`). A header that is present but not a valid,
 * unexpired bearer token is refused rather than downgraded to the public, so a client with a stale
 * session learns it must sign in again instead of silently seeing less.
 */
export function callerFromAuthorization(header: string | undefined, secret: string, now = Date.now()): CallerCheck {
  if (header === undefined || header.trim() === '') return { ok: true, caller: null, tokenVersion: 0 };
  const match = /^Bearer\s+(\S+)\s*$/i.exec(header);
  if (!match) return { ok: false, message: INVALID.en, messages: INVALID };
  const check = readAccessToken(match[1], secret, now);
  if (check.ok) return { ok: true, caller: check.identity, tokenVersion: check.tokenVersion };
  const messages = check.reason === 'expired' ? EXPIRED : INVALID;
  return { ok: false, message: messages.en, messages };
}
