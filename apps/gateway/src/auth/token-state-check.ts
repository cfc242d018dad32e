import type { LocalizedMessage } from '@simpul/contracts';
import type { LogLine } from '../config/gateway-config';
import { TokenStateCache, tokenNewerThan, tokenStillValid, type TokenStateCacheOptions, type TokenStateLookup } from './token-state-cache';

export type TokenVerdict = 'valid' | 'revoked' | 'unavailable';

/** Whether a signed-in caller's token (user id + token version) still stands. */
export type TokenStateCheck = (userId: string, tokenVersion: number, requestId: string) => Promise<TokenVerdict>;

export const REVOKED: LocalizedMessage = {
  id: 'Sesi Anda telah berakhir karena akun Anda diubah; silakan masuk kembali.',
  en: 'Your session has ended because your account changed; sign in again.',
};

export const TOKEN_STATE_UNAVAILABLE: LocalizedMessage = {
  id: 'Sesi Anda tidak dapat diperiksa saat ini; coba lagi sebentar lagi.',
  en: 'Your session cannot be checked right now; try again shortly.',
};

/**
 * The gateway's revocation check: a token whose version is behind the registry's (deactivated,
 * role changed, password reset) or whose user is gone is refused. While the registry cannot be
 * reached and no recent answer is known, signed-in requests fail rather than pass unchecked.
 */
export function tokenStateCheck(
  lookup: TokenStateLookup,
  log: (line: LogLine) => void,
  options: TokenStateCacheOptions = {},
): TokenStateCheck {
  const cache = new TokenStateCache(lookup, options);
  return async (userId, tokenVersion, requestId) => {
    try {
      let state = await cache.get(userId);
      // A token minted after the remembered answer (a new sign-in right after a reset) is judged afresh.
      if (tokenNewerThan(state, tokenVersion)) state = await cache.refresh(userId);
      return tokenStillValid(state, tokenVersion) ? 'valid' : 'revoked';
    } catch (error) {
      log({ level: 'warn', msg: 'token state unavailable', requestId, error: error instanceof Error ? error.message : String(error) });
      return 'unavailable';
    }
  };
}
