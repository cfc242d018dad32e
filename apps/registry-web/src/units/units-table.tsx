import { Anchor, Box, Button, Text } from '@mantine/core';
import { DataTable, EmptyState, serverPagination, useCursorPages, type DataTableColumn, type SortState } from '@simpul/ui';
import { useBasePath, useQuery, useSession, useT } from '@simpul/web-kit';
import { useState } from 'react';
import { Link } from 'react-router';
import { REGISTRY } from '../messages';
import { ErrorPanel } from '@simpul/ui';
import { SERVICE_UNITS, type UnitFilter, type UnitRow, type UnitSortField } from './unit.operations';
import { useCountText } from '../shared/use-count-text';

const PAGE_SIZE = 20;
const SORT_FIELDS: Record<string, UnitSortField> = { name: 'NAME', kind: 'KIND', region: 'REGION' };

/**
 * The service units matching a filter, sorted and paged by the server. `announce` puts the result
 * count in a live region (the search page uses it so screen readers hear "5 unit ditemukan").
 */
export function UnitsTable({
  filter,
  caption,
  captionHidden,
  announce,
}: {
  filter: UnitFilter;
  caption: string;
  captionHidden?: boolean;
  announce?: boolean;
}) {
  const t = useT(REGISTRY);
  const countText = useCountText();
  const to = useBasePath();
  const { user } = useSession();
  const [sort, setSort] = useState<SortState>({ key: 'name', direction: 'asc' });
  const pages = useCursorPages(JSON.stringify({ filter, sort }));
  const query = useQuery(SERVICE_UNITS, {
    first: PAGE_SIZE,
    after: pages.after,
    filter,
    sort: { field: SORT_FIELDS[sort.key] ?? 'NAME', direction: sort.direction === 'asc' ? 'ASC' : 'DESC' },
  });
  const connection = query.data?.serviceUnits;
  const rows = connection?.edges.map((edge) => edge.node) ?? [];

  const columns: DataTableColumn<UnitRow>[] = [
    {
      key: 'name',
      header: t('col.name'),
      sortable: true,
      cell: (unit) => (
        <Anchor component={Link} to={to(`/units/${unit.id}`)} fw={600}>
          {unit.name}
        </Anchor>
      ),
    },
    { key: 'kind', header: t('col.kind'), sortable: true, cell: (unit) => t(`kind.${unit.kind}`) },
    { key: 'agency', header: t('col.agency'), cell: (unit) => unit.agency.name },
    { key: 'region', header: t('col.region'), sortable: true, cell: (unit) => unit.region.name },
  ];

  return (
    <>
      {announce && (
        <Text role="status" aria-live="polite" fw={600} my="sm">
          {/* A no-break space holds the line's height until the count arrives, so the table below does not jump. */}
          {connection ? countText('units.found', connection.totalCount) : '\u00a0'}
        </Text>
      )}
      {query.errors && <ErrorPanel title={t('error.loadTitle')} message={query.errors[0]?.message} onRetry={query.refetch} />}
      {/* While the first page loads, a screen's height is kept for it: what follows stays below the fold instead of jumping down. */}
      <Box mih={query.loading && !connection ? '100vh' : undefined}>
        {(connection || query.loading) && (
          <DataTable
            caption={caption}
            captionHidden={captionHidden}
            columns={columns}
            rows={rows}
            rowKey={(unit) => unit.id}
            sort={sort}
            onSortChange={setSort}
            loading={query.loading}
            empty={
              // "No match" only when the visitor narrowed the list; otherwise there is nothing here yet.
              filter.search || filter.kind ? (
                <EmptyState title={t('units.none')}>{t(filter.kind ? 'units.noneHelp' : 'units.noneHelpSearch')}</EmptyState>
              ) : (
                <EmptyState
                  title={t('units.empty')}
                  action={
                    user?.role === 'NATIONAL_ADMIN' ? (
                      <Button component={Link} to={to('/units/new')}>
                        {t('units.create')}
                      </Button>
                    ) : undefined
                  }
                />
              )
            }
            pagination={connection ? serverPagination(connection, pages, PAGE_SIZE) : undefined}
          />
        )}
      </Box>
    </>
  );
}
