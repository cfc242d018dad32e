// The only file that talks to the Module Federation runtime. The host declares no remotes at build
// time: it reads /remotes/manifest.json and registers what it lists, so a remote can be added or
// moved without rebuilding the portal.
import { loadRemote, registerPlugins, registerRemotes, type ModuleFederationRuntimePlugin } from '@module-federation/enhanced/runtime';
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

export const MANIFEST_URL = '/remotes/manifest.json';

export async function fetchRemoteManifest(url = MANIFEST_URL): Promise<RemoteManifest> {
  const response = await fetch(url, { headers: { accept: 'application/json' }, cache: 'no-cache' });
  if (!response.ok) throw new Error(`Manifest request failed with ${response.status}`);
  const manifest = parseRemoteManifest(await response.json());
  registerRemotes(manifest.remotes.map(({ name, entry }) => ({ name, entry })));
  return manifest;
}

export type RemoteApp = ComponentType<RemoteAppProps>;
export type RemoteLoader = (remote: RemoteDescriptor, attempt: number) => Promise<RemoteApp>;

/**
 * Loads a remote's `./App`. A retry re-registers the remote with `force`, which drops the runtime's
 * cached (failed) container so the remoteEntry.js is really fetched again.
 */
export const loadRemoteApp: RemoteLoader = async (remote, attempt) => {
  if (attempt > 0) registerRemotes([{ name: remote.name, entry: remote.entry }], { force: true });
  const module = await loadRemote<{ default?: RemoteApp }>(`${remote.name}/App`);
  if (!module?.default) throw new Error(`Remote ${remote.name} exposes no default component at ./App`);
  return module.default;
};

/** Each plugin remote's name (`plugin_<id>`) with the entry and integrity it was approved with. */
const approvedEntries = new Map<string, { entry: string; integrity: string }>();

/**
 * A Module Federation runtime plugin: the script tag of an agency plugin's remoteEntry.js carries
 * the approved SRI hash and `crossorigin="anonymous"`, so the browser refuses an entry that changed
 * after approval. First-party remotes (same origin, built with the portal) are left as they are.
 */
export function pluginIntegrity(entries: ReadonlyMap<string, { entry: string; integrity: string }>): ModuleFederationRuntimePlugin {
  return {
    name: 'simpul-plugin-integrity',
    createScript({ url, remoteInfo }) {
      const approved = remoteInfo ? entries.get(remoteInfo.name) : undefined;
      if (!approved || url !== approved.entry) return undefined;
      const script = document.createElement('script');
      script.src = url;
      // Attributes rather than properties: they are what the browser checks when it fetches the script.
      script.setAttribute('integrity', approved.integrity);
      script.setAttribute('crossorigin', 'anonymous');
      return script;
    },
  };
}

let integrityRegistered = false;
/** Plugins whose last load failed: the runtime keeps the failed entry, so the next load registers anew. */
const failedLoads = new Set<string>();

/**
 * Loads an approved desk plugin at run time: registers it as `plugin_<id>` at its entry URL (a
 * retry, a load after a failed one, or a new entry after a new approval with `force`, so the
 * failed or old container is dropped), loads its exposed module and checks it is a
 * `definePlugin(...)` result.
 */
export const loadPlugin: PluginLoader = async (plugin: HostedPlugin, attempt: number): Promise<DefinedPlugin> => {
  if (!integrityRegistered) {
    registerPlugins([pluginIntegrity(approvedEntries)]);
    integrityRegistered = true;
  }
  // Only a script entry can be held to its approved hash by the browser (SRI); a Module Federation
  // manifest would load scripts it names itself, unchecked.
  if (new URL(plugin.entryUrl).pathname.endsWith('.json'))
    throw new PluginLoadError('invalid', `${plugin.entryUrl} is a manifest; a desk plugin's entry must be its remoteEntry.js`);
  const remote = pluginRemote(plugin);
  const known = approvedEntries.get(remote.name);
  approvedEntries.set(remote.name, { entry: remote.entry, integrity: plugin.integrity });
  const stale = attempt > 0 || failedLoads.has(remote.name) || known?.entry !== remote.entry || known.integrity !== plugin.integrity;
  if (stale) registerRemotes([remote], known ? { force: true } : undefined);
  let module: unknown;
  try {
    module = await loadRemote<unknown>(`${remote.name}/${plugin.exposedModule.replace(/^\.\//, '')}`);
    failedLoads.delete(remote.name);
  } catch (error) {
    failedLoads.add(remote.name);
    throw await explainLoadFailure(plugin, error);
  }
  const defined = pluginFromModule(module);
  if (!defined)
    throw new PluginLoadError('invalid', `${plugin.exposedModule} of ${plugin.entryUrl} does not export definePlugin(...) as its default`);
  return defined;
};
