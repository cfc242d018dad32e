import { badUserInput } from '../errors/simpul-error';
import { validateFirst, type Connection } from './pagination';

/**
 * One page of an already-bounded in-memory list (breakdown buckets, a unit's periods) with the
 * same connection shape and `first` rule as the SQL lists; the cursor is the position.
 */
export function pageOf<T>(items: readonly T[], first: number | null | undefined, after: string | null | undefined): Connection<T> {
  const size = validateFirst(first);
  let start = 0;
  if (after) {
    const position = Number(Buffer.from(after, 'base64url').toString('utf8').replace(/^i:/, ''));
    if (!Number.isInteger(position) || position < 0) throw badUserInput('after', 'The cursor is not valid.', 'Kursor tidak valid.');
    start = position + 1;
  }
  const slice = items.slice(start, start + size);
  const edges = slice.map((node, i) => ({ node, cursor: Buffer.from(`i:${start + i}`).toString('base64url') }));
  return {
    totalCount: items.length,
    edges,
    pageInfo: {
      hasNextPage: start + size < items.length,
      hasPreviousPage: start > 0,
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges.at(-1)?.cursor ?? null,
    },
  };
}
