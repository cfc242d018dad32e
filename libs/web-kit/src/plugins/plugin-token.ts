import type { GraphQLClient } from '../graphql/client';
import { PLUGIN_SESSION, type PluginSession } from './plugin-operations';

/** Renew a plugin token this long before it expires (they live ten minutes). */
const RENEW_BEFORE_MS = 60_000;

export interface PluginTokenKeeper {
  /** A token good for at least a minute more; `fresh` asks for a new one whatever the old one's age. */
  get(fresh?: boolean): Promise<string>;
}

/** The MPP and desk a MALL_DESK page runs a plugin at; null elsewhere. */
export interface PluginTokenPlace {
  mallId: string | null;
  deskId: string | null;
}

/**
 * Keeps one plugin's token for one unit (and mall and desk), asking `pluginSession` again before it
 * expires, once however many of the plugin's requests wait for it.
 */
export function pluginTokenKeeper(
  client: GraphQLClient,
  pluginId: string,
  serviceUnitId: string,
  place: PluginTokenPlace = { mallId: null, deskId: null },
  now = () => Date.now(),
): PluginTokenKeeper {
  // Only what is known is sent: a unit page's token names no mall.
  const variables = {
    pluginId,
    serviceUnitId,
    ...(place.mallId ? { mallId: place.mallId } : {}),
    ...(place.mallId && place.deskId ? { deskId: place.deskId } : {}),
  };
  let session: PluginSession | null = null;
  let pending: Promise<string> | null = null;
  const stillGood = (current: PluginSession) => Date.parse(current.expiresAt) - RENEW_BEFORE_MS > now();
  return {
    get(fresh = false) {
      if (!fresh && session && stillGood(session)) return Promise.resolve(session.token);
      pending ??= client
        .request(PLUGIN_SESSION, variables)
        .then(({ pluginSession }) => {
          session = pluginSession;
          return pluginSession.token;
        })
        .finally(() => {
          pending = null;
        });
      return pending;
    },
  };
}
