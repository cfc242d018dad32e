import DataLoader from 'dataloader';
import type { DataSource } from 'typeorm';
import { badUserInput } from '../errors/simpul-error';
import { decodeCursor, encodeCursor, validateFirst, type Connection } from '../graphql/pagination';
import type { SubgraphContext } from '../graphql/subgraph-context';
import { AuditAction, type AuditEntry, type AuditFilter } from './audit-entry.types';
import { fieldChanges } from './field-changes';

interface AuditRow {
  id: string;
  at: Date;
  actor_id: string | null;
  actor_name: string | null;
  action: AuditAction;
  object_type: string;
  object_id: string;
  part: string | null;
  before: Record<string, never> | null;
  after: Record<string, never> | null;
  changed_fields: string[];
}

const COLUMNS =
  'a.id::text AS id, a.at, a.actor_id, a.actor_name, a.action, a.object_type, a.object_id, a.part, a.before, a.after, a.changed_fields';

export function auditEntryOf(row: AuditRow): AuditEntry {
  return {
    id: row.id,
    at: row.at,
    actorId: row.actor_id,
    actorName: row.actor_name,
    action: row.action,
    objectType: row.object_type,
    objectId: row.object_id,
    changes: fieldChanges(row),
  };
}

function cursorOf(row: AuditRow): string {
  return encodeCursor(row.at.toISOString(), row.id);
}

/** Newest first: `(at, id) < cursor` for the page after it. */
function keyset(after: string | null | undefined, params: unknown[]): string | null {
  if (!after) return null;
  const [at, id] = decodeCursor(after);
  if (typeof at !== 'string' || Number.isNaN(Date.parse(at)) || !/^\d+$/.test(id)) {
    throw badUserInput('after', 'The cursor is not valid.', 'Kursor tidak valid.');
  }
  return `(a.at, a.id) < ($${params.push(at)}::timestamptz, $${params.push(id)}::bigint)`;
}

function connection(rows: AuditRow[], first: number, totalCount: number, after: string | null | undefined): Connection<AuditEntry> {
  const edges = rows.slice(0, first).map((row) => ({ cursor: cursorOf(row), node: auditEntryOf(row) }));
  return {
    totalCount,
    edges,
    pageInfo: {
      hasNextPage: rows.length > first,
      hasPreviousPage: Boolean(after),
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges.at(-1)?.cursor ?? null,
    },
  };
}

export interface AuditLogOptions {
  /** The service's schema, e.g. `registry`. */
  schema: string;
  /** The object types this log holds; another `filter.objectType` is BAD_USER_INPUT. */
  objectTypes: readonly string[];
  filter?: AuditFilter | null;
  first?: number | null;
  after?: string | null;
}

/** One page of a service's whole audit log, newest first, filtered by actor, object type and time. */
export async function auditLogConnection(dataSource: DataSource, options: AuditLogOptions): Promise<Connection<AuditEntry>> {
  const first = validateFirst(options.first);
  const filter = options.filter ?? {};
  const params: unknown[] = [];
  const where: string[] = [];
  if (filter.actorId) where.push(`a.actor_id = $${params.push(filter.actorId)}`);
  if (filter.objectType) {
    if (!options.objectTypes.includes(filter.objectType)) {
      throw badUserInput(
        'filter.objectType',
        `The object type must be one of ${options.objectTypes.join(', ')}.`,
        `Jenis objek harus salah satu dari ${options.objectTypes.join(', ')}.`,
      );
    }
    where.push(`a.object_type = $${params.push(filter.objectType)}`);
  }
  if (filter.from && filter.to && filter.from > filter.to) {
    throw badUserInput('filter.to', 'The end of the period is before its start.', 'Akhir rentang waktu sebelum awalnya.');
  }
  if (filter.from) where.push(`a.at >= $${params.push(filter.from)}`);
  if (filter.to) where.push(`a.at <= $${params.push(filter.to)}`);
  const countWhere = [...where];
  const countParams = [...params];
  const page = keyset(options.after, params);
  if (page) where.push(page);
  const clause = (conditions: string[]) => (conditions.length ? `WHERE ${conditions.join(' AND ')}` : '');
  const [rows, [{ count }]] = await Promise.all([
    dataSource.query<AuditRow[]>(
      `SELECT ${COLUMNS} FROM ${options.schema}.audit_log a ${clause(where)} ORDER BY a.at DESC, a.id DESC LIMIT ${first + 1}`,
      params,
    ),
    dataSource.query<{ count: number }[]>(
      `SELECT count(*)::int AS count FROM ${options.schema}.audit_log a ${clause(countWhere)}`,
      countParams,
    ),
  ]);
  return connection(rows, first, count, options.after);
}

/**
 * `changes(first, after)` of every object of one type asked for in a request, in two statements
 * whatever the number of objects: a window query keeping each object's newest `first + 1` entries,
 * and one grouped count. Check who may read the history before calling `load`.
 */
export function objectChangesLoader(
  context: SubgraphContext,
  dataSource: DataSource,
  schema: string,
  objectType: string,
  first: number | null | undefined,
  after: string | null | undefined,
): DataLoader<string, Connection<AuditEntry>> {
  const size = validateFirst(first);
  return context.loaders.get(
    `audit:${schema}:${objectType}:${size}:${after ?? ''}`,
    () =>
      new DataLoader<string, Connection<AuditEntry>>(async (ids) => {
        const params: unknown[] = [objectType, [...ids]];
        const page = keyset(after, params);
        const [rows, counts] = await Promise.all([
          dataSource.query<AuditRow[]>(
            `SELECT * FROM (
             SELECT ${COLUMNS}, row_number() OVER (PARTITION BY a.object_id ORDER BY a.at DESC, a.id DESC) AS position
               FROM ${schema}.audit_log a
              WHERE a.object_type = $1 AND a.object_id = ANY($2::text[]) ${page ? `AND ${page}` : ''}
           ) page WHERE page.position <= ${size + 1} ORDER BY page.object_id, page.position`,
            params,
          ),
          dataSource.query<{ object_id: string; count: number }[]>(
            `SELECT a.object_id, count(*)::int AS count FROM ${schema}.audit_log a WHERE a.object_type = $1 AND a.object_id = ANY($2::text[]) GROUP BY a.object_id`,
            [objectType, [...ids]],
          ),
        ]);
        const totals = new Map(counts.map((row) => [row.object_id, row.count]));
        const byObject = new Map<string, AuditRow[]>();
        for (const row of rows) {
          const list = byObject.get(row.object_id) ?? [];
          list.push(row);
          byObject.set(row.object_id, list);
        }
        return ids.map((id) => connection(byObject.get(id) ?? [], size, totals.get(id) ?? 0, after));
      }),
  );
}

/** The history of an object the caller may not read: refused by the resolver, or shown empty. */
export function emptyAuditConnection(): Connection<AuditEntry> {
  return { totalCount: 0, edges: [], pageInfo: { hasNextPage: false, hasPreviousPage: false, startCursor: null, endCursor: null } };
}
