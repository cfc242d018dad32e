import { useQuery, type QueryState, type TypedDocument } from '@simpul/web-kit';
import { useLayoutEffect, useRef, useState } from 'react';

export interface PageOf<T> {
  totalCount: number;
  edges: { cursor: string; node: T }[];
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
}

export interface MorePages<T> {
  items: T[];
  totalCount: number | undefined;
  hasMore: boolean;
  loadMore: () => void;
  loading: boolean;
  query: QueryState<unknown>;
}

/**
 * "Muat lebih banyak" over a cursor connection: each page is fetched with `after` the last cursor
 * and appended; new `variables` (another filter) start again from the first page.
 */
export function useMorePages<TData, TVariables extends { after?: string | null }, T>(
  document: TypedDocument<TData, TVariables>,
  variables: Omit<TVariables, 'after'>,
  select: (data: TData) => PageOf<T> | null | undefined,
  options: { skip?: boolean } = {},
): MorePages<T> {
  const key = JSON.stringify(variables);
  const [state, setState] = useState<{ key: string; after: string | null; pages: { after: string | null; items: T[] }[] }>({
    key,
    after: null,
    pages: [],
  });
  const current = state.key === key ? state : { key, after: null, pages: [] };
  const query = useQuery(document, { ...variables, after: current.after } as TVariables, options);
  const connection = query.data ? select(query.data) : null;
  // Each response is kept once: a new filter re-runs the effect while the old response is still shown.
  const consumed = useRef<unknown>(null);

  // Before paint, so no frame shows the count of a page without its entries ("none yet").
  useLayoutEffect(() => {
    if (!connection || query.loading || consumed.current === query.data) return;
    consumed.current = query.data;
    setState((s) => {
      const base = s.key === key ? s : { key, after: null, pages: [] };
      if (base.pages.some((page) => page.after === base.after)) {
        // A refetch of a page already kept: replace it (its content may have changed).
        return {
          ...base,
          pages: base.pages.map((page) => (page.after === base.after ? { ...page, items: connection.edges.map((e) => e.node) } : page)),
        };
      }
      return { ...base, pages: [...base.pages, { after: base.after, items: connection.edges.map((e) => e.node) }] };
    });
  }, [query.data, query.loading, key]);

  const items = current.pages.flatMap((page) => page.items);
  return {
    items,
    totalCount: connection?.totalCount,
    hasMore: Boolean(connection?.pageInfo.hasNextPage),
    loadMore: () => {
      const endCursor = connection?.pageInfo.endCursor;
      if (endCursor) setState({ ...current, after: endCursor });
    },
    loading: query.loading,
    query,
  };
}
