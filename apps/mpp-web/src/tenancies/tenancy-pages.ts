import { type ServerPagination, serverPagination, useCursorPages } from '@simpul/ui';
import { type ClientError, type Connection, useQuery } from '@simpul/web-kit';
import { useEffect } from 'react';
import {
  HISTORY_PAGE,
  SERVICE_PAGE,
  TENANCY_HISTORY,
  TENANCY_SERVICES,
  type StepRecord,
  type TenancyDetail,
  type TenancyServiceRow,
} from './tenancy.operations';

export interface TenancyListPage<T> {
  page: Connection<T>;
  pagination: ServerPagination | undefined;
  loading: boolean;
  errors: ClientError[] | null;
}

/**
 * The page shown of one of the tenancy's lists: page one is the one TENANCY brought (no second
 * request), later pages come from their own query; after a change (`refresh`) the page shown is
 * asked again, so an edited quota on page three shows its new value there.
 */
function useListPage<T>(
  first: Connection<T>,
  pageSize: number,
  later: { data: Connection<T> | null | undefined; loading: boolean; errors: ClientError[] | null; refetch: () => void },
  pages: ReturnType<typeof useCursorPages>,
  refresh: number,
): TenancyListPage<T> {
  const { refetch } = later;
  useEffect(() => {
    if (refresh > 0) refetch();
  }, [refresh, refetch]);
  const onFirst = pages.after === null;
  // While page two is on its way the first one stays, as useQuery keeps data between pages.
  const page = onFirst ? first : (later.data ?? first);
  return {
    page,
    pagination: serverPagination(page, pages, pageSize),
    loading: !onFirst && later.loading,
    errors: onFirst ? null : later.errors,
  };
}

export function useHistoryPage(tenancy: TenancyDetail, refresh: number): TenancyListPage<StepRecord> {
  const pages = useCursorPages(tenancy.id);
  const query = useQuery(TENANCY_HISTORY, { id: tenancy.id, first: HISTORY_PAGE, after: pages.after }, { skip: pages.after === null });
  return useListPage(tenancy.history, HISTORY_PAGE, { ...query, data: query.data?.tenancy?.history }, pages, refresh);
}

export function useServicePage(tenancy: TenancyDetail, refresh: number): TenancyListPage<TenancyServiceRow> {
  const pages = useCursorPages(tenancy.id);
  const query = useQuery(TENANCY_SERVICES, { id: tenancy.id, first: SERVICE_PAGE, after: pages.after }, { skip: pages.after === null });
  return useListPage(tenancy.services, SERVICE_PAGE, { ...query, data: query.data?.tenancy?.services }, pages, refresh);
}
