import type { DataSource } from 'typeorm';
import { badUserInput, decodeCursor, encodeCursor, validateFirst, type Connection } from '@simpul/service-kit';

/**
 * Keyset paging over the raw SQL this service writes. The service-kit helper takes one sort value;
 * our lists sort by several columns (province then name, mall then invitation), so the cursor's
 * sort value is the JSON of every key but the last, and the last key is the unique id.
 */
export interface RawKeyset {
  /** Columns to return (aliased as the model's fields). */
  select: string;
  /** `FROM … JOIN …` */
  from: string;
  /** Conditions joined with AND; they may use `$n` placeholders numbered into `params`. */
  where: string[];
  params: unknown[];
  /** Sort keys as SQL expressions of text or number type, ascending; the last one is the unique id. */
  keys: string[];
  first: number | null | undefined;
  after: string | null | undefined;
}

type KeyValue = string | number;

/** Page size 1..100 (BAD_USER_INPUT on `first` otherwise); the default page is 20. */
export const pageSize = (first: number | null | undefined) => validateFirst(first);

function cursorKeys(after: string, keyCount: number): KeyValue[] {
  const [sortValue, id] = decodeCursor(after);
  let values: unknown;
  try {
    values = JSON.parse(String(sortValue));
  } catch {
    values = null;
  }
  if (!Array.isArray(values) || values.length !== keyCount - 1 || !values.every((value) => typeof value === 'string' || typeof value === 'number')) {
    throw badUserInput('after', 'The cursor is not valid.', 'Kursor tidak valid.');
  }
  if (!/^[0-9a-f-]{36}$/i.test(id)) throw badUserInput('after', 'The cursor is not valid.', 'Kursor tidak valid.');
  return [...(values as KeyValue[]), id];
}

const keyAlias = (index: number) => `__k${index}`;

function cursorOf(row: Record<string, unknown>, keyCount: number): string {
  const values = Array.from({ length: keyCount }, (_, index) => row[keyAlias(index)] as KeyValue);
  return encodeCursor(JSON.stringify(values.slice(0, -1)), String(values.at(-1)));
}

function stripKeys<T>(row: Record<string, unknown>, keyCount: number): T {
  for (let index = 0; index < keyCount; index += 1) delete row[keyAlias(index)];
  return row as T;
}

/** `(k1, k2, id) > ($a, $b, $c)`: the rows after the cursor, in the sort order. */
function afterCondition(keys: string[], after: string, params: unknown[]): string {
  const values = cursorKeys(after, keys.length);
  const placeholders = values.map((value, index) => `$${params.push(value)}${index === keys.length - 1 ? '::uuid' : ''}`);
  return `(${keys.join(', ')}) > (${placeholders.join(', ')})`;
}

/** One page of a root list: one SELECT of `first + 1` rows and one count, whatever the page. */
export async function rawKeysetConnection<T>(dataSource: DataSource, spec: RawKeyset): Promise<Connection<T>> {
  const first = pageSize(spec.first);
  const params = [...spec.params];
  const countWhere = spec.where.length ? `WHERE ${spec.where.join(' AND ')}` : '';
  const where = [...spec.where];
  if (spec.after) where.push(afterCondition(spec.keys, spec.after, params));
  const limit = `$${params.push(first + 1)}`;
  const [rows, [count]] = await Promise.all([
    dataSource.query(
      `SELECT ${spec.select}, ${spec.keys.map((key, index) => `${key} AS "${keyAlias(index)}"`).join(', ')}
       FROM ${spec.from} ${where.length ? `WHERE ${where.join(' AND ')}` : ''}
       ORDER BY ${spec.keys.join(', ')} LIMIT ${limit}`,
      params,
    ) as Promise<Record<string, unknown>[]>,
    dataSource.query(`SELECT count(*)::int AS count FROM ${spec.from} ${countWhere}`, spec.params) as Promise<{ count: number }[]>,
  ]);
  return pageOf<T>(rows, first, spec.keys.length, Boolean(spec.after), count?.count ?? 0);
}

function pageOf<T>(rows: Record<string, unknown>[], first: number, keyCount: number, after: boolean, totalCount: number): Connection<T> {
  const page = rows.slice(0, first);
  const edges = page.map((row) => {
    const cursor = cursorOf(row, keyCount);
    return { cursor, node: stripKeys<T>(row, keyCount) };
  });
  return {
    totalCount,
    edges,
    pageInfo: {
      hasNextPage: rows.length > first,
      hasPreviousPage: after,
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges.at(-1)?.cursor ?? null,
    },
  };
}

export interface RawNestedKeyset extends RawKeyset {
  /** SQL expression of the parent id the rows belong to, e.g. `t.mall_id`. */
  parent: string;
  parentIds: readonly string[];
}

/**
 * The same page of a nested list for many parents at once (a DataLoader batch): one window query
 * keeping the first `first + 1` rows per parent, and one grouped count — two statements per batch.
 */
export async function rawNestedKeysetConnections<T>(dataSource: DataSource, spec: RawNestedKeyset): Promise<Map<string, Connection<T>>> {
  const first = pageSize(spec.first);
  const params = [...spec.params];
  const parents = `$${params.push([...spec.parentIds])}::uuid[]`;
  const base = [...spec.where, `${spec.parent} = ANY(${parents})`];
  const countParams = [...params];
  const where = [...base];
  if (spec.after) where.push(afterCondition(spec.keys, spec.after, params));
  const limit = `$${params.push(first + 1)}`;
  const [rows, counts] = await Promise.all([
    dataSource.query(
      `SELECT * FROM (
         SELECT ${spec.select}, ${spec.parent} AS "__parent", ${spec.keys.map((key, index) => `${key} AS "${keyAlias(index)}"`).join(', ')},
                row_number() OVER (PARTITION BY ${spec.parent} ORDER BY ${spec.keys.join(', ')}) AS "__position"
           FROM ${spec.from} WHERE ${where.join(' AND ')}
       ) page WHERE page."__position" <= ${limit} ORDER BY page."__parent", page."__position"`,
      params,
    ) as Promise<Record<string, unknown>[]>,
    dataSource.query(
      `SELECT ${spec.parent} AS parent, count(*)::int AS count FROM ${spec.from} WHERE ${base.join(' AND ')} GROUP BY ${spec.parent}`,
      countParams,
    ) as Promise<{ parent: string; count: number }[]>,
  ]);
  const totals = new Map(counts.map((row) => [row.parent, row.count]));
  const byParent = new Map<string, Record<string, unknown>[]>();
  for (const row of rows) {
    const parent = String(row.__parent);
    delete row.__parent;
    delete row.__position;
    const list = byParent.get(parent) ?? [];
    list.push(row);
    byParent.set(parent, list);
  }
  return new Map(spec.parentIds.map((id) => [id, pageOf<T>(byParent.get(id) ?? [], first, spec.keys.length, Boolean(spec.after), totals.get(id) ?? 0)]));
}
