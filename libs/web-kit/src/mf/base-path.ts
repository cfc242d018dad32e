import { createContext, useCallback, useContext } from 'react';

const BasePathContext = createContext('');

/** Set by a remote's root to the path the host mounted it under (`/mpp`, `/evaluasi`, …). */
export const BasePathProvider = BasePathContext.Provider;

/**
 * Absolute links inside a remote: `to('/malls/1')` -> `/mpp/malls/1`, wherever the host mounted it.
 * The nearest provider wins, so a remote rendered inside another keeps its own paths.
 */
export function useBasePath(): (path?: string) => string {
  const basePath = useContext(BasePathContext);
  return useCallback((path = '') => `${basePath}${path}`, [basePath]);
}
