import { createContext, useCallback, useContext } from 'react';

const BasePathContext = createContext('');
export const BasePathProvider = BasePathContext.Provider;

/** Absolute links inside the remote: `to('/units/1')` -> `/skm/surveys/1`, wherever the host mounted it. */
export function useSkmPath(): (path?: string) => string {
  const basePath = useContext(BasePathContext);
  return useCallback((path = '') => `${basePath}${path}`, [basePath]);
}
