/** A one-page connection as the generated types describe it (every cursor present, edges mutable). */
export interface Page<T> {
  totalCount: number;
  edges: { cursor: string; node: T }[];
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
}

/** A one-page connection of `nodes`, as the MPP service answers a list that fits one page. */
export function pageOf<T>(nodes: T[]): Page<T> {
  return {
    totalCount: nodes.length,
    edges: nodes.map((node, index) => ({ cursor: `c${index}`, node })),
    pageInfo: { hasNextPage: false, endCursor: nodes.length ? `c${nodes.length - 1}` : null },
  };
}
