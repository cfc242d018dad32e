import type { Connection } from '@simpul/web-kit';
import type { ServerPagination } from './data-table';
import type { useCursorPages } from './use-cursor-pages';

/** Previous/next buttons for a DataTable over a cursor connection, shown only when there is more than one page. */
export function serverPagination<T>(
  connection: Connection<T>,
  pages: ReturnType<typeof useCursorPages>,
  pageSize: number,
): ServerPagination | undefined {
  if (connection.totalCount <= pageSize && !pages.hasPrevious) return undefined;
  return {
    page: pages.page,
    pageSize,
    totalCount: connection.totalCount,
    hasNext: connection.pageInfo.hasNextPage,
    hasPrevious: pages.hasPrevious,
    onNext: () => pages.next(connection.pageInfo.endCursor ?? null),
    onPrevious: pages.previous,
  };
}
