import type { LogLine } from '../config/gateway-config';
import { LookupCache, type LookupCacheOptions } from '../cache/lookup-cache';

/** What the registry says about a desk plugin (`GET /internal/plugins/:id/state`). */
export interface PluginState {
  status: string;
}

/** `null` when the registry has no such plugin (deleted): its tokens are refused. */
export type PluginStateLookup = (pluginId: string) => Promise<PluginState | null>;

export type PluginVerdict = 'approved' | 'withdrawn' | 'unavailable';

/** Whether a plugin token's plugin may still act (asked once per plugin per 30 s). */
export type PluginStateCheck = (pluginId: string, requestId: string) => Promise<PluginVerdict>;

/**
 * A suspended or rejected plugin stops within the cache's 30 s, however long its tokens still run.
 * While the registry cannot be reached and no recent answer is known, plugin requests fail rather
 * than pass unchecked.
 */
export function pluginStateCheck(
  lookup: PluginStateLookup,
  log: (line: LogLine) => void,
  options: LookupCacheOptions = {},
): PluginStateCheck {
  const cache = new LookupCache(lookup, { maxEntries: 1_000, ...options });
  return async (pluginId, requestId) => {
    try {
      const state = await cache.get(pluginId);
      return state?.status === 'APPROVED' ? 'approved' : 'withdrawn';
    } catch (error) {
      log({ level: 'warn', msg: 'plugin state unavailable', requestId, error: error instanceof Error ? error.message : String(error) });
      return 'unavailable';
    }
  };
}
