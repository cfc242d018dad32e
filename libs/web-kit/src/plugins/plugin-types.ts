import type { LocalizedMessage } from '@simpul/contracts';
import type { DefinedPlugin } from '@simpul/plugin-sdk';

/** An approved desk plugin as `pluginsFor` lists it: what the host needs to load and name it. */
export interface HostedPlugin {
  id: string;
  name: LocalizedMessage;
  agency: { id: string };
  /** Its remoteEntry.js, on the agency's own origin. */
  entryUrl: string;
  /** The module it exposes, e.g. `./Plugin`. */
  exposedModule: string;
  version: string;
  /** Hex SHA-256 of the entry file, as registered and approved. */
  sha256: string;
  /** The same hash in Subresource Integrity form (`sha256-<base64>`), for the script tag. */
  integrity: string;
}

/** Why a plugin could not be shown; each says something different to the person. */
export type PluginFailure = 'load' | 'integrity' | 'invalid' | 'session' | 'render';

/** Thrown by a host loader so the slot can say why a plugin did not load. */
export class PluginLoadError extends Error {
  constructor(
    readonly failure: 'load' | 'integrity' | 'invalid',
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
    this.name = 'PluginLoadError';
  }
}

/**
 * Loads a plugin's exposed module and returns its `definePlugin(...)` result; `attempt` > 0 is a
 * retry, which must fetch the entry again rather than reuse a failed one.
 */
export type PluginLoader = (plugin: HostedPlugin, attempt: number) => Promise<DefinedPlugin>;
