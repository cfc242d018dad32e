import type { Caller, LocalizedMessage } from '@simpul/contracts';
import { verifyPluginToken, type PluginTokenClaims } from '@simpul/service-kit';
import { GraphQLError } from 'graphql';
import type { PluginStateCheck } from './plugin-state-check';

const INVALID: LocalizedMessage = {
  id: 'Token plugin tidak sah; muat ulang halaman.',
  en: 'The plugin token is invalid; reload the page.',
};
const EXPIRED: LocalizedMessage = {
  id: 'Token plugin telah berakhir; minta sesi plugin baru.',
  en: 'The plugin token has expired; ask for a new plugin session.',
};
const OTHER_PERSON: LocalizedMessage = {
  id: 'Token plugin ini bukan milik pengguna yang sedang masuk.',
  en: 'This plugin token does not belong to the person signed in.',
};
const WITHDRAWN: LocalizedMessage = {
  id: 'Plugin ini tidak lagi disetujui.',
  en: 'This plugin is no longer approved.',
};
const UNAVAILABLE: LocalizedMessage = {
  id: 'Izin plugin tidak dapat diperiksa saat ini; coba lagi sebentar lagi.',
  en: "The plugin's approval cannot be checked right now; try again shortly.",
};

function refusal(
  code: 'UNAUTHENTICATED' | 'FORBIDDEN' | 'INTERNAL_SERVER_ERROR',
  messages: LocalizedMessage,
  status: number,
): GraphQLError {
  return new GraphQLError(messages.en, { extensions: { code, messages, http: { status } } });
}

/**
 * What a request carrying `x-simpul-plugin-token` may do: the verified grant, or a refusal. The token
 * only narrows the person's own request — it must come with that person's bearer token, and its
 * plugin must still be APPROVED.
 */
export async function pluginGrantFor(
  token: string,
  caller: Caller,
  jwtSecret: string,
  pluginStates: PluginStateCheck,
  requestId: string,
  now = Date.now(),
): Promise<PluginTokenClaims> {
  const check = verifyPluginToken(token, jwtSecret, now);
  if (!check.ok) throw refusal('UNAUTHENTICATED', check.reason === 'expired' ? EXPIRED : INVALID, 401);
  if (!caller || caller.userId !== check.claims.userId) throw refusal('FORBIDDEN', OTHER_PERSON, 403);
  const verdict = await pluginStates(check.claims.pluginId, requestId);
  if (verdict === 'unavailable') throw refusal('INTERNAL_SERVER_ERROR', UNAVAILABLE, 503);
  if (verdict !== 'approved') throw refusal('FORBIDDEN', WITHDRAWN, 403);
  return check.claims;
}
