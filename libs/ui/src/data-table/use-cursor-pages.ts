import { useCallback, useState } from 'react';

/**
 * Previous/next over cursor pagination: the server only pages forward (`after`), so the cursors
 * of the pages already seen are kept to go back.
 */
export function useCursorPages(resetKey: string) {
  const [state, setState] = useState<{ key: string; cursors: (string | null)[] }>({ key: resetKey, cursors: [null] });
  // A new filter or sort starts again at page one.
  const cursors = state.key === resetKey ? state.cursors : [null];
  const page = cursors.length;
  const after = cursors[cursors.length - 1];
  const next = useCallback(
    (endCursor: string | null) => {
      if (endCursor) setState((s) => ({ key: resetKey, cursors: [...(s.key === resetKey ? s.cursors : [null]), endCursor] }));
    },
    [resetKey],
  );
  const previous = useCallback(() => {
    setState((s) => ({ key: resetKey, cursors: s.cursors.length > 1 ? s.cursors.slice(0, -1) : s.cursors }));
  }, [resetKey]);
  return { page, after, next, previous, hasPrevious: page > 1 };
}
