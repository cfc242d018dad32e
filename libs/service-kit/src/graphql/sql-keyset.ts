import { one, rows, type Queryable } from '../database/sql';
import { badUserInput } from '../errors/simpul-error';
import { requestLoader } from './batch-loaders';
import { decodeCursor, emptyConnection, encodeCursor, validateFirst, type Connection } from './pagination';
import type { SubgraphContext } from './subgraph-context';

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
    if (Array.isArray(prefix) && prefix.length === keyCount - 1 && prefix.every((value) => typeof value === 'string'))
      return [...prefix, id];
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

/** The WHERE clause of the rows after the cursor's key tuple; pushes the cursor values onto `params`. */
function afterCursor(spec: Pick<KeysetPageSpec, 'keys' | 'direction'>, after: string, params: unknown[]): string {
  const values = decodeKeysetCursor(after, spec.keys.length);
  // A forged cursor must be a typed error, not a PostgreSQL cast failure.
  if (!spec.keys.every((key, i) => VALID[key.type](values[i]))) throw invalidCursor();
  const placeholders = spec.keys.map((key, i) => {
    params.push(values[i]);
    return `$${params.length}::${key.type}`;
  });
  return `(${spec.keys.map((key) => key.sql).join(', ')}) ${spec.direction === 'DESC' ? '<' : '>'} (${placeholders.join(', ')})`;
}

function orderBy(spec: Pick<KeysetPageSpec, 'keys' | 'direction'>): string {
  return spec.keys.map((key) => `${key.sql} ${spec.direction}`).join(', ');
}

function cursorSelect(spec: Pick<KeysetPageSpec, 'keys'>): string {
  return `ARRAY[${spec.keys.map((key) => `(${key.sql})::text`).join(', ')}] AS "${CURSOR_COLUMN}"`;
}

function toConnection<T>(
  found: (T & { [CURSOR_COLUMN]: string[] })[],
  totalCount: number,
  first: number,
  after: string | null | undefined,
): Connection<T> {
  const page = found.slice(0, first);
  const edges = page.map(({ [CURSOR_COLUMN]: cursor, ...node }) => ({ cursor: encodeKeysetCursor(cursor), node: node as T }));
  return {
    totalCount,
    edges,
    pageInfo: {
      hasNextPage: found.length > first,
      hasPreviousPage: Boolean(after),
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges.at(-1)?.cursor ?? null,
    },
  };
}

/**
 * One page by keyset over raw SQL: a SELECT of `first + 1` rows after the cursor's key tuple and a
 * count of the whole filtered list, in parallel. Two statements whatever the page number; the
 * cursor is the keys as PostgreSQL prints them, so timestamps keep their microseconds.
 */
export async function keysetPage<T>(db: Queryable, spec: KeysetPageSpec): Promise<Connection<T>> {
  const params = [...spec.params];
  const where = spec.after ? `(${spec.where}) AND ${afterCursor(spec, spec.after, params)}` : spec.where;
  const [found, total] = await Promise.all([
    rows<T & { [CURSOR_COLUMN]: string[] }>(
      db,
      `SELECT ${spec.columns}, ${cursorSelect(spec)} FROM ${spec.from} WHERE ${where} ORDER BY ${orderBy(spec)} LIMIT ${spec.first + 1}`,
      params,
    ),
    one<{ count: number }>(db, `SELECT count(*)::int AS count FROM ${spec.from} WHERE ${spec.where}`, spec.params),
  ]);
  return toConnection(found, total?.count ?? 0, spec.first, spec.after);
}

export interface KeysetPagesSpec extends KeysetPageSpec {
  /** The column that names the parent of each row, e.g. `c.lokus_id` (a uuid). */
  parent: string;
  /** The parents to read a page for; `$1` in `where` … come after them, see `params`. */
  parentIds: readonly string[];
}

const PARENT_COLUMN = '__parent';
const ROW_NUMBER_COLUMN = '__n';

/**
 * The same page (`first`, `after`) of a nested list for many parents at once, e.g. the first 20
 * comments of every lokus on a page: one SELECT numbering rows per parent with a window function
 * and one grouped count, whatever the number of parents. `where` uses `$1…$n` for `params`; the
 * parent ids are appended after them.
 */
export async function keysetPagesPerParent<T>(db: Queryable, spec: KeysetPagesSpec): Promise<Map<string, Connection<T>>> {
  const params = [...spec.params, spec.parentIds];
  const parentFilter = `${spec.parent} = ANY($${params.length}::uuid[]) AND (${spec.where})`;
  const countParams = [...params];
  const where = spec.after ? `${parentFilter} AND ${afterCursor(spec, spec.after, params)}` : parentFilter;
  const [found, counts] = await Promise.all([
    rows<T & { [CURSOR_COLUMN]: string[]; [PARENT_COLUMN]: string; [ROW_NUMBER_COLUMN]: string }>(
      db,
      `SELECT * FROM (
         SELECT ${spec.columns}, ${cursorSelect(spec)}, (${spec.parent})::text AS "${PARENT_COLUMN}",
           row_number() OVER (PARTITION BY ${spec.parent} ORDER BY ${orderBy(spec)}) AS "${ROW_NUMBER_COLUMN}"
         FROM ${spec.from} WHERE ${where}
       ) numbered WHERE "${ROW_NUMBER_COLUMN}" <= ${spec.first + 1} ORDER BY "${PARENT_COLUMN}", "${ROW_NUMBER_COLUMN}"`,
      params,
    ),
    rows<{ parent: string; count: number }>(
      db,
      `SELECT (${spec.parent})::text AS parent, count(*)::int AS count FROM ${spec.from} WHERE ${parentFilter} GROUP BY 1`,
      countParams,
    ),
  ]);
  const byParent = new Map<string, (T & { [CURSOR_COLUMN]: string[] })[]>();
  for (const { [PARENT_COLUMN]: parent, ...row } of found) {
    // The row number only limits the page; it is no field of the node.
    delete (row as Record<string, unknown>)[ROW_NUMBER_COLUMN];
    const list = byParent.get(parent);
    const typed = row as unknown as T & { [CURSOR_COLUMN]: string[] };
    if (list) list.push(typed);
    else byParent.set(parent, [typed]);
  }
  const totals = new Map(counts.map((row) => [row.parent, row.count]));
  return new Map(spec.parentIds.map((id) => [id, toConnection<T>(byParent.get(id) ?? [], totals.get(id) ?? 0, spec.first, spec.after)]));
}

const UUID_TEXT = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** A nested list as `keysetPagesPerParent` reads it, less the page and the parents (the loader brings those). */
export type NestedKeysetSpec = Omit<KeysetPagesSpec, 'parentIds' | 'first' | 'after'>;

/**
 * A per-request DataLoader of one page (`first` 1–100, default 20; `after`) of a nested list, e.g.
 * `Mall.tenancies(first, after)`: every parent of the request is answered by `keysetPagesPerParent`
 * in two statements, however many parents the page above holds. Parents asking for different pages
 * get different loaders (the page is part of the key); a parent id that is no UUID gets an empty page.
 */
export function keysetPagesLoader<T>(
  context: SubgraphContext,
  db: Queryable,
  name: string,
  page: { first: number | null | undefined; after: string | null | undefined },
  spec: NestedKeysetSpec,
) {
  const first = validateFirst(page.first);
  return requestLoader<Connection<T>>(
    context,
    `keyset-pages:${name}:${first}:${page.after ?? ''}`,
    async (parentIds) => {
      const valid = parentIds.filter((id) => UUID_TEXT.test(id));
      if (!valid.length) return new Map();
      return keysetPagesPerParent<T>(db, { ...spec, parentIds: valid, first, after: page.after });
    },
    emptyConnection<T>(),
  );
}
