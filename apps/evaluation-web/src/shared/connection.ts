/** A cursor connection as every list of the evaluation subgraph returns it. */
export interface Connection<T> {
  totalCount: number;
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
  edges: { node: T }[];
}

/** The fields to ask for around a node's fields. */
export function connectionFields(nodeFields: string): string {
  return `totalCount pageInfo { hasNextPage endCursor } edges { node { ${nodeFields} } }`;
}

export function nodes<T>(connection: Connection<T> | undefined | null): T[] {
  return connection ? connection.edges.map((edge) => edge.node) : [];
}
