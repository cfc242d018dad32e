import type { RemoteDescriptor } from '@simpul/web-kit';
import { createContext, useCallback, useContext, useEffect, useState, type ReactNode } from 'react';

export type ManifestState =
  | { status: 'loading'; remotes: RemoteDescriptor[] }
  | { status: 'ready'; remotes: RemoteDescriptor[] }
  | { status: 'failed'; remotes: RemoteDescriptor[] };

const ManifestContext = createContext<(ManifestState & { retry: () => void }) | null>(null);

export function ManifestProvider({
  children,
  fetchManifest,
}: {
  children: ReactNode;
  fetchManifest: () => Promise<{ remotes: RemoteDescriptor[] }>;
}) {
  const [state, setState] = useState<ManifestState>({ status: 'loading', remotes: [] });
  const [attempt, setAttempt] = useState(0);
  useEffect(() => {
    let live = true;
    setState((s) => ({ status: 'loading', remotes: s.remotes }));
    fetchManifest()
      .then(({ remotes }) => live && setState({ status: 'ready', remotes }))
      .catch(() => live && setState((s) => ({ status: 'failed', remotes: s.remotes })));
    return () => {
      live = false;
    };
  }, [fetchManifest, attempt]);
  const retry = useCallback(() => setAttempt((n) => n + 1), []);
  return <ManifestContext.Provider value={{ ...state, retry }}>{children}</ManifestContext.Provider>;
}

export function useManifest() {
  const context = useContext(ManifestContext);
  if (!context) throw new Error('ManifestProvider is missing');
  return context;
}
