// How the portal finds and loads its remotes. The host declares no remotes at build time: it reads
// /remotes/manifest.json, so a remote can be added or moved without rebuilding the portal; containers
// are loaded by ./remote-container.ts.
import { pluginFromModule, pluginRemote, type DefinedPlugin } from '@simpul/plugin-sdk';
import {
  parseRemoteManifest,
  PluginLoadError,
  type HostedPlugin,
  type PluginLoader,
  type RemoteAppProps,
  type RemoteDescriptor,
  type RemoteManifest,
} from '@simpul/web-kit';
import type { ComponentType } from 'react';
import { explainLoadFailure } from './plugins/entry-fingerprint';
import { loadExposedModule } from './remote-container';

export const MANIFEST_URL = '/remotes/manifest.json';

export async function fetchRemoteManifest(url = MANIFEST_URL): Promise<RemoteManifest> {
  const response = await fetch(url, { headers: { accept: 'application/json' }, cache: 'no-cache' });
  if (!response.ok) throw new Error(`Manifest request failed with ${response.status}`);
  return parseRemoteManifest(await response.json());
}

export type RemoteApp = ComponentType<RemoteAppProps>;
export type RemoteLoader = (remote: RemoteDescriptor, attempt: number) => Promise<RemoteApp>;

/**
 * Loads a remote's `./App`; its remoteEntry.js assigns the container to `window[<name>]`
 * (tools/build/rspack-web.mjs). A retry runs the entry again, so a failed load is really fetched anew.
 */
export const loadRemoteApp: RemoteLoader = async (remote, attempt) => {
  const module = (await loadExposedModule({ name: remote.name, entry: remote.entry, global: remote.name }, './App', attempt > 0)) as {
    default?: RemoteApp;
  };
  if (!module?.default) throw new Error(`Remote ${remote.name} exposes no default component at ./App`);
  return module.default;
};

/** Each plugin remote's name (`plugin_<id>`) with the entry and integrity it was approved with. */
const approvedEntries = new Map<string, { entry: string; integrity: string }>();

/**
 * Loads an approved desk plugin at run time as `plugin_<id>`: its remoteEntry.js runs from a script
 * tag carrying the approved SRI hash and `crossorigin="anonymous"`, so the browser refuses an entry
 * that changed after approval. A retry, or a new entry or hash after a new approval, drops the old
 * container (a failed one is never reused); then it loads the exposed module and checks it is a
 * `definePlugin(...)` result.
 */
export const loadPlugin: PluginLoader = async (plugin: HostedPlugin, attempt: number): Promise<DefinedPlugin> => {
  // Only a script entry can be held to its approved hash by the browser (SRI); a Module Federation
  // manifest would load scripts it names itself, unchecked.
  if (new URL(plugin.entryUrl).pathname.endsWith('.json'))
    throw new PluginLoadError('invalid', `${plugin.entryUrl} is a manifest; a desk plugin's entry must be its remoteEntry.js`);
  const remote = pluginRemote(plugin);
  const known = approvedEntries.get(remote.name);
  approvedEntries.set(remote.name, { entry: remote.entry, integrity: plugin.integrity });
  const fresh = attempt > 0 || known?.entry !== remote.entry || known.integrity !== plugin.integrity;
  let module: unknown;
  try {
    module = await loadExposedModule(
      { name: remote.name, entry: remote.entry, global: remote.entryGlobalName, integrity: plugin.integrity },
      `./${plugin.exposedModule.replace(/^\.\//, '')}`,
      fresh,
    );
  } catch (error) {
    throw await explainLoadFailure(plugin, error);
  }
  const defined = pluginFromModule(module);
  if (!defined)
    throw new PluginLoadError('invalid', `${plugin.exposedModule} of ${plugin.entryUrl} does not export definePlugin(...) as its default`);
  return defined;
};
