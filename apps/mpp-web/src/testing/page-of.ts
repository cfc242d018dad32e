import type { Connection } from '../shared/connection';

/** A one-page connection of `nodes`, as the MPP service answers a list that fits one page. */
export function pageOf<T>(nodes: T[]): Connection<T> {
  return {
    totalCount: nodes.length,
    edges: nodes.map((node, index) => ({ cursor: `c${index}`, node })),
    pageInfo: { hasNextPage: false, endCursor: nodes.length ? `c${nodes.length - 1}` : null },
  };
}
