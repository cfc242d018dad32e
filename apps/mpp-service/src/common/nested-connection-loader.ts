import type { DataSource } from 'typeorm';
import type { Connection, SubgraphContext } from '@simpul/service-kit';
import { pageSize, rawNestedKeysetConnections, type RawNestedKeyset } from './pagination';
import { UUID } from './text';
import { requestLoader, emptyConnection } from '@simpul/service-kit';

export type NestedListSpec = Omit<RawNestedKeyset, 'parentIds' | 'first' | 'after'>;

/**
 * A DataLoader answering one page (`first`, `after`) of a nested list for every parent of the
 * request with two statements (rows and counts), however many parents the page above holds.
 * Parents asking for different pages get different loaders (the key includes the page).
 */
export function nestedConnectionLoader<T>(
  context: SubgraphContext,
  dataSource: DataSource,
  name: string,
  first: number | null | undefined,
  after: string | null | undefined,
  spec: NestedListSpec,
  map: (row: T) => T = (row) => row,
) {
  const size = pageSize(first);
  return requestLoader<Connection<T>>(context, `mpp:${name}:${size}:${after ?? ''}`, async (parentIds) => {
    const valid = parentIds.filter((id) => UUID.test(id));
    if (!valid.length) return new Map();
    const pages = await rawNestedKeysetConnections<T>(dataSource, { ...spec, parentIds: valid, first: size, after });
    for (const page of pages.values()) page.edges = page.edges.map((edge) => ({ cursor: edge.cursor, node: map(edge.node) }));
    return pages;
  }, emptyConnection<T>());
}

/** Sortable text of a timestamp to the microsecond, so a cursor on it never skips or repeats a row. */
export const timestampKey = (expression: string) => `to_char(${expression} AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US') COLLATE "C"`;
/** Sortable text of a date. */
export const dateKey = (expression: string) => `to_char(${expression}, 'YYYY-MM-DD') COLLATE "C"`;
