/** The cursor connection every list of the contract returns (`first` 1..100, forward paging with `after`). */
export interface Connection<T> {
  totalCount: number;
  edges: readonly { cursor?: string; node: T }[];
  pageInfo: { hasNextPage: boolean; endCursor?: string | null };
}

/** The paging fields of a connection, beside its `edges`. */
export const PAGE_INFO = 'totalCount pageInfo { hasNextPage endCursor }';

/** The whole selection of a connection whose nodes have `fields`. */
export const connectionOf = (fields: string): string => `${PAGE_INFO} edges { cursor node { ${fields} } }`;

/** The node type of a generated connection type (`NodeOf<MallsQuery['malls']>`). */
export type NodeOf<C extends { edges: readonly { node: unknown }[] } | null | undefined> = NonNullable<C>['edges'][number]['node'];

/** The nodes of a connection, in order; none when the connection is absent. */
export function nodes<T>(connection: Connection<T> | null | undefined): T[] {
  return connection?.edges.map((edge) => edge.node) ?? [];
}
