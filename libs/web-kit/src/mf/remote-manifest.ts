import type { LocalizedMessage } from '@simpul/contracts';

/** One remote the portal can load, as `/remotes/manifest.json` lists it. */
export interface RemoteDescriptor {
  name: string;
  /** URL of its remoteEntry.js. */
  entry: string;
  /** The path the portal mounts it under, e.g. `/registry`. */
  routes: string;
  title: LocalizedMessage;
}

export interface RemoteManifest {
  remotes: RemoteDescriptor[];
}

/** What every remote's exposed `./App` receives from the host. */
export interface RemoteAppProps {
  /** Where the host mounted the remote; links inside the remote start with it. */
  basePath: string;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}

/** Validates a fetched manifest; a malformed entry is dropped rather than breaking the whole portal. */
export function parseRemoteManifest(value: unknown): RemoteManifest {
  const list = isRecord(value) && Array.isArray(value['remotes']) ? value['remotes'] : [];
  const remotes = list.flatMap((item): RemoteDescriptor[] => {
    if (!isRecord(item)) return [];
    const { name, entry, routes, title } = item;
    if (typeof name !== 'string' || !/^[a-z][a-z0-9_-]*$/i.test(name)) return [];
    if (typeof entry !== 'string' || typeof routes !== 'string' || !routes.startsWith('/')) return [];
    const titled =
      isRecord(title) && typeof title['id'] === 'string' && typeof title['en'] === 'string'
        ? { id: title['id'], en: title['en'] }
        : { id: name, en: name };
    return [{ name, entry, routes: routes.replace(/\/+$/, ''), title: titled }];
  });
  return { remotes };
}
