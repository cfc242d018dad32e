import type { GraphQLClient } from '../graphql/client';
import { PLUGIN_SESSION, type PluginSession } from './plugin-operations';

/** Renew a plugin token this long before it expires (they live ten minutes). */
const RENEW_BEFORE_MS = 60_000;

export interface PluginTokenKeeper {
  /** A token good for at least a minute more; `fresh` asks for a new one whatever the old one's age. */
  get(fresh?: boolean): Promise<string>;
}

/**
 * Keeps one plugin's token for one unit, asking `pluginSession` again before it expires, once
 * however many of the plugin's requests wait for it.
 */
export function pluginTokenKeeper(
  client: GraphQLClient,
  pluginId: string,
  serviceUnitId: string,
  now = () => Date.now(),
): PluginTokenKeeper {
  let session: PluginSession | null = null;
  let pending: Promise<string> | null = null;
  const stillGood = (current: PluginSession) => Date.parse(current.expiresAt) - RENEW_BEFORE_MS > now();
  return {
    get(fresh = false) {
      if (!fresh && session && stillGood(session)) return Promise.resolve(session.token);
      pending ??= client
        .request(PLUGIN_SESSION, { pluginId, serviceUnitId })
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
