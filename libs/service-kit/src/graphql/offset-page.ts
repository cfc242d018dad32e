import { badUserInput } from '../errors/simpul-error';
import { decodeCursor, encodeCursor, validateFirst, type Connection } from './pagination';

/**
 * A page by position, for lists ordered by a computed value (search relevance, rank) where a keyset
 * cursor would have to repeat the computation. The cursor is opaque: the offset of the last row.
 */
export interface OffsetPage {
  limit: number;
  offset: number;
}

export function offsetPage(first: number | null | undefined, after: string | null | undefined): OffsetPage {
  const limit = validateFirst(first);
  if (!after) return { limit, offset: 0 };
  const [position, tag] = decodeCursor(after);
  if (tag !== 'o' || typeof position !== 'number' || !Number.isInteger(position) || position < 0) {
    throw badUserInput('after', 'The cursor is not valid.', 'Kursor tidak valid.');
  }
  return { limit, offset: position + 1 };
}

/** Builds the connection from `limit + 1` fetched rows. */
export function offsetConnection<T>(rows: T[], totalCount: number, page: OffsetPage): Connection<T> {
  const nodes = rows.slice(0, page.limit);
  const edges = nodes.map((node, index) => ({ cursor: encodeCursor(page.offset + index, 'o'), node }));
  return {
    totalCount,
    edges,
    pageInfo: {
      hasNextPage: rows.length > page.limit || page.offset + nodes.length < totalCount,
      hasPreviousPage: page.offset > 0,
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges.at(-1)?.cursor ?? null,
    },
  };
}
