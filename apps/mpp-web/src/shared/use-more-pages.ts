import { useCallback, useRef, useState } from 'react';
import { type Connection, nodes } from '@simpul/web-kit';

export interface GrowingList<T> {
  nodes: T[];
  totalCount: number;
  hasNextPage: boolean;
  /** The next page is on its way. */
  loadingMore: boolean;
  /** Asks for the page after the last one loaded (a no-op while one is loading or at the end). */
  loadMore: () => void;
}

/**
 * A list that grows by "load more" (a picker's options, a tenant's services inside a table cell),
 * where previous/next would lose what the user already looked through. The caller runs the query
 * with `after`; `collect` keeps every page received, in cursor order, until `resetKey` changes.
 */
export function useMorePages<T>(resetKey: string) {
  const [state, setState] = useState<{ key: string; afters: (string | null)[] }>({ key: resetKey, afters: [null] });
  const cache = useRef({ key: resetKey, pages: new Map<string, Connection<T>>() });
  if (cache.current.key !== resetKey) cache.current = { key: resetKey, pages: new Map() };
  const afters = state.key === resetKey ? state.afters : [null];
  const after = afters[afters.length - 1];

  const append = useCallback(
    (endCursor: string) => setState((s) => ({ key: resetKey, afters: [...(s.key === resetKey ? s.afters : [null]), endCursor] })),
    [resetKey],
  );

  /**
   * `page` is the query's answer for `after` (ignored while loading: it is still the previous
   * page); `initial` is a first page that arrived with a parent query, so the caller skips its own.
   */
  function collect(page: Connection<T> | null | undefined, loading: boolean, initial?: Connection<T>): GrowingList<T> {
    const pages = cache.current.pages;
    if (initial) pages.set('', initial);
    if (page && !loading) pages.set(after ?? '', page);
    const loaded = afters.map((cursor) => pages.get(cursor ?? '')).filter((p): p is Connection<T> => Boolean(p));
    const last = loaded[loaded.length - 1];
    const waiting = loaded.length < afters.length;
    return {
      nodes: loaded.flatMap((p) => nodes(p)),
      totalCount: last?.totalCount ?? 0,
      hasNextPage: Boolean(last?.pageInfo.hasNextPage),
      loadingMore: waiting && afters.length > 1,
      loadMore: () => {
        if (!waiting && last?.pageInfo.hasNextPage && last.pageInfo.endCursor) append(last.pageInfo.endCursor);
      },
    };
  }

  return { after, collect };
}
