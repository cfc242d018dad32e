import { useEffect, useRef } from 'react';

/** Reloads when `revision` moves past the value it was mounted with (another section changed the data). */
export function useRefetchOn(revision: number, refetch: () => void): void {
  const seen = useRef(revision);
  useEffect(() => {
    if (seen.current === revision) return;
    seen.current = revision;
    refetch();
  }, [revision, refetch]);
}
