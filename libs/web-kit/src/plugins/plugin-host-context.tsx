import { createContext, useContext, useMemo, type ReactNode } from 'react';
import type { PluginLoader } from './plugin-types';

export interface PluginHost {
  load: PluginLoader;
}

// web-kit is a federation singleton, so the portal's provider is the one every remote's slot reads.
const PluginHostContext = createContext<PluginHost | null>(null);

/** The portal fills this with its Module Federation loader (apps/portal/src/mf.ts). */
export function PluginHostProvider({ load, children }: { load: PluginLoader; children: ReactNode }) {
  const value = useMemo(() => ({ load }), [load]);
  return <PluginHostContext.Provider value={value}>{children}</PluginHostContext.Provider>;
}

/** Null outside the portal (a remote's own tests, a page rendered alone): slots then show nothing. */
export function usePluginHost(): PluginHost | null {
  return useContext(PluginHostContext);
}
