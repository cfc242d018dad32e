/** The cursor connection every list query of the contract returns. */
export interface Connection<T> {
  totalCount: number;
  edges: { cursor: string; node: T }[];
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
}

export const PAGE_INFO = 'totalCount pageInfo { hasNextPage endCursor }';

export const nodes = <T,>(connection: Connection<T>): T[] => connection.edges.map((edge) => edge.node);
