import type { Connection } from '@simpul/service-kit';

/** A list with nothing in it, for callers who may not see the rows (and ids that cannot exist). */
export function emptyConnection<T>(): Connection<T> {
  return { totalCount: 0, edges: [], pageInfo: { hasNextPage: false, hasPreviousPage: false, startCursor: null, endCursor: null } };
}
