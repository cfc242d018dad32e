import { badUserInput, isUuid } from '@simpul/service-kit';

/**
 * Where a ranked search page ends: the keyset (rank, latest year, id) of its last row, so the next
 * page is `WHERE (rank, latest_year, id) < cursor` and costs the same however deep it is (OFFSET
 * would rank and skip every earlier row again). The rank travels as PostgreSQL's own text of the
 * `real` value: that text casts back to exactly the same value, a JavaScript number might not.
 */
export interface SearchCursor {
  rank: string;
  latestYear: number;
  id: string;
}

const TAG = 'r';

export function encodeSearchCursor(cursor: SearchCursor): string {
  return Buffer.from(JSON.stringify([TAG, cursor.rank, cursor.latestYear, cursor.id])).toString('base64url');
}

/** A cursor this search did not hand out (another list's, or edited) is BAD_USER_INPUT on `after`. */
export function decodeSearchCursor(after: string | null | undefined): SearchCursor | null {
  if (!after) return null;
  let value: unknown = null;
  try {
    value = JSON.parse(Buffer.from(after, 'base64url').toString('utf8'));
  } catch {
    // falls through to the error below
  }
  if (Array.isArray(value) && value.length === 4) {
    const [tag, rank, latestYear, id] = value as unknown[];
    if (
      tag === TAG &&
      typeof rank === 'string' &&
      Number.isFinite(Number(rank)) &&
      rank.trim() !== '' &&
      Number.isInteger(latestYear) &&
      typeof id === 'string' &&
      isUuid(id)
    ) {
      return { rank, latestYear: latestYear as number, id };
    }
  }
  throw badUserInput('after', 'The cursor is not valid.', 'Kursor tidak valid.');
}
