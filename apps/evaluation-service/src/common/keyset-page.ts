import { badUserInput, decodeCursor, encodeCursor, type Connection } from '@simpul/service-kit';
import { one, rows, type Queryable } from './sql';

/** One sort key: its SQL expression (never NULL: COALESCE nullable columns) and its PostgreSQL type. */
export interface KeysetKey {
  sql: string;
  type: 'text' | 'int' | 'uuid' | 'timestamptz' | 'bigint';
}

export interface KeysetPageSpec {
  /** Select list, e.g. `l.id, l.unit_name AS "unitName"`. */
  columns: string;
  /** FROM and JOINs, e.g. `evaluation.lokus l`. */
  from: string;
  /** Filter of the whole list with `$1…$n` placeholders for `params`. */
  where: string;
  params: unknown[];
  /** Sort keys in order; the last one must be unique (the id) so the order is total. */
  keys: readonly KeysetKey[];
  direction: 'ASC' | 'DESC';
  first: number;
  after?: string | null;
}

const CURSOR_COLUMN = '__cursor';

/**
 * Decodes an `after` cursor into the values of `keys`. The service-kit cursor holds one sort value
 * and the id; several sort keys travel as a JSON array in the sort value.
 */
export function decodeKeysetCursor(after: string, keyCount: number): string[] {
  const [sortValue, id] = decodeCursor(after);
  try {
    const prefix: unknown = JSON.parse(String(sortValue));
    if (Array.isArray(prefix) && prefix.length === keyCount - 1 && prefix.every((value) => typeof value === 'string')) return [...(prefix as string[]), id];
  } catch {
    // falls through to the error below
  }
  throw invalidCursor();
}

function invalidCursor() {
  return badUserInput('after', 'The cursor is not valid for this list.', 'Kursor tidak valid untuk daftar ini.');
}

const VALID: Record<KeysetKey['type'], (value: string) => boolean> = {
  text: () => true,
  int: (value) => /^-?\d{1,9}$/.test(value),
  bigint: (value) => /^-?\d{1,19}$/.test(value),
  uuid: (value) => /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(value),
  timestamptz: (value) => /^\d{4}-\d{2}-\d{2}[ T]\d{2}:\d{2}:\d{2}(\.\d{1,6})?([+-]\d{2}(:?\d{2})?|Z)?$/.test(value),
};

export function encodeKeysetCursor(values: string[]): string {
  return encodeCursor(JSON.stringify(values.slice(0, -1)), values[values.length - 1]);
}

/**
 * One page by keyset over raw SQL: a SELECT of `first + 1` rows after the cursor's key tuple and a
 * count of the whole filtered list, in parallel. Two statements whatever the page number; the
 * cursor is the keys as PostgreSQL prints them, so timestamps keep their microseconds.
 */
export async function keysetPage<T>(db: Queryable, spec: KeysetPageSpec): Promise<Connection<T>> {
  const params = [...spec.params];
  let where = spec.where;
  if (spec.after) {
    const values = decodeKeysetCursor(spec.after, spec.keys.length);
    const placeholders = spec.keys.map((key, i) => {
      params.push(values[i]);
      return `$${params.length}::${key.type}`;
    });
    // A forged cursor must be a typed error, not a PostgreSQL cast failure.
    if (!spec.keys.every((key, i) => VALID[key.type](values[i]))) throw invalidCursor();
    where = `(${where}) AND (${spec.keys.map((key) => key.sql).join(', ')}) ${spec.direction === 'DESC' ? '<' : '>'} (${placeholders.join(', ')})`;
  }
  const order = spec.keys.map((key) => `${key.sql} ${spec.direction}`).join(', ');
  const cursorColumn = `ARRAY[${spec.keys.map((key) => `(${key.sql})::text`).join(', ')}] AS "${CURSOR_COLUMN}"`;
  const [found, total] = await Promise.all([
    rows<T & { [CURSOR_COLUMN]: string[] }>(db, `SELECT ${spec.columns}, ${cursorColumn} FROM ${spec.from} WHERE ${where} ORDER BY ${order} LIMIT ${spec.first + 1}`, params),
    one<{ count: number }>(db, `SELECT count(*)::int AS count FROM ${spec.from} WHERE ${spec.where}`, spec.params),
  ]);
  const page = found.slice(0, spec.first);
  const edges = page.map(({ [CURSOR_COLUMN]: cursor, ...node }) => ({ cursor: encodeKeysetCursor(cursor), node: node as T }));
  return {
    totalCount: total?.count ?? 0,
    edges,
    pageInfo: {
      hasNextPage: found.length > spec.first,
      hasPreviousPage: Boolean(spec.after),
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges.at(-1)?.cursor ?? null,
    },
  };
}
