import type { ServerPagination, useCursorPages } from '@simpul/ui';

/** A cursor connection as the MPP service returns it (every list is paginated, `first` 1..100). */
export interface Connection<T> {
  totalCount: number;
  edges: { cursor: string; node: T }[];
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
}

/** The selection of a connection of nodes with `fields`. */
export const connectionOf = (fields: string) => `totalCount edges { cursor node { ${fields} } } pageInfo { hasNextPage endCursor }`;

/** The node type of a generated connection type (`NodeOf<MallsQuery['malls']>`). */
export type NodeOf<C extends { edges: readonly { node: unknown }[] } | null | undefined> = NonNullable<C>['edges'][number]['node'];

export function nodesOf<T>(connection: Connection<T> | null | undefined): T[] {
  return connection?.edges.map((edge) => edge.node) ?? [];
}

/** Previous/next buttons for a DataTable, shown only when there is more than one page. */
export function serverPagination<T>(connection: Connection<T>, pages: ReturnType<typeof useCursorPages>, pageSize: number): ServerPagination | undefined {
  if (connection.totalCount <= pageSize && !pages.hasPrevious) return undefined;
  return {
    page: pages.page,
    pageSize,
    totalCount: connection.totalCount,
    hasNext: connection.pageInfo.hasNextPage,
    hasPrevious: pages.hasPrevious,
    onNext: () => pages.next(connection.pageInfo.endCursor),
    onPrevious: pages.previous,
  };
}
