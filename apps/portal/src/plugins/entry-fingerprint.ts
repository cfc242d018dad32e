import { PluginLoadError, type HostedPlugin } from '@simpul/web-kit';

function hex(buffer: ArrayBuffer): string {
  return Array.from(new Uint8Array(buffer), (byte) => byte.toString(16).padStart(2, '0')).join('');
}

/**
 * Why a plugin's entry did not load. A script the browser refuses for its integrity fails exactly
 * like one it could not fetch, so the entry is fetched once more and hashed: another SHA-256 than
 * the registered one means it was changed after approval; otherwise it could not be loaded.
 */
export async function explainLoadFailure(
  plugin: Pick<HostedPlugin, 'entryUrl' | 'sha256'>,
  cause: unknown,
  fetchImpl: typeof fetch = (input, init) => globalThis.fetch(input, init),
  subtle: SubtleCrypto | undefined = globalThis.crypto?.subtle,
): Promise<PluginLoadError> {
  try {
    const response = await fetchImpl(plugin.entryUrl, { mode: 'cors', cache: 'no-store', credentials: 'omit' });
    if (response.ok && subtle) {
      const digest = hex(await subtle.digest('SHA-256', await response.arrayBuffer()));
      if (digest !== plugin.sha256.toLowerCase())
        return new PluginLoadError('integrity', `The entry ${plugin.entryUrl} has SHA-256 ${digest}, not the registered ${plugin.sha256}`, {
          cause,
        });
    }
  } catch {
    // Unreachable again: an ordinary load failure.
  }
  return new PluginLoadError('load', `The entry ${plugin.entryUrl} could not be loaded`, { cause });
}
