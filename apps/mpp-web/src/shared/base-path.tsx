import { createContext, useCallback, useContext } from 'react';

const BasePathContext = createContext('');
export const BasePathProvider = BasePathContext.Provider;

/** Absolute links inside the remote: `to('/malls/1')` -> `/mpp/malls/1`, wherever the host mounted it. */
export function useMppPath(): (path?: string) => string {
  const basePath = useContext(BasePathContext);
  return useCallback((path = '') => `${basePath}${path}`, [basePath]);
}
