// The only file that talks to the Module Federation runtime. The host declares no remotes at build
// time: it reads /remotes/manifest.json and registers what it lists, so a remote can be added or
// moved without rebuilding the portal.
import { loadRemote, registerRemotes } from '@module-federation/enhanced/runtime';
import { parseRemoteManifest, type RemoteAppProps, type RemoteDescriptor, type RemoteManifest } from '@simpul/web-kit';
import type { ComponentType } from 'react';

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
