import { Anchor } from '@mantine/core';
import { DataTable, EmptyState, ErrorPanel, LoadingState, serverPagination, useCursorPages, type SortState } from '@simpul/ui';
import { useBasePath, useFormat, useQuery, useT } from '@simpul/web-kit';
import { useState } from 'react';
import { Link } from 'react-router';
import { REGISTRY } from '../messages';
import { AGENCIES, type AgencyFilter, type AgencyRow } from './agency.operations';

const PAGE_SIZE = 20;

export function AgenciesTable({ filter, caption }: { filter: AgencyFilter; caption: string }) {
  const t = useT(REGISTRY);
  const format = useFormat();
  const to = useBasePath();
  const [sort, setSort] = useState<SortState>({ key: 'name', direction: 'asc' });
  const pages = useCursorPages(JSON.stringify({ filter, sort }));
  const query = useQuery(AGENCIES, {
    first: PAGE_SIZE,
    after: pages.after,
    filter,
    sort: { field: sort.key === 'type' ? 'TYPE' : 'NAME', direction: sort.direction === 'asc' ? 'ASC' : 'DESC' },
  });
  const connection = query.data?.agencies;
  if (query.errors) return <ErrorPanel title={t('error.loadTitle')} message={query.errors[0]?.message} onRetry={query.refetch} />;
  if (!connection) return <LoadingState />;
  return (
    <DataTable<AgencyRow>
      caption={caption}
      rows={connection.edges.map((edge) => edge.node)}
      rowKey={(agency) => agency.id}
      sort={sort}
      onSortChange={setSort}
      loading={query.loading}
      empty={<EmptyState title={t('agencies.none')} />}
      columns={[
        {
          key: 'name',
          header: t('col.name'),
          sortable: true,
          cell: (agency) => (
            <Anchor component={Link} to={to(`/agencies/${agency.id}`)} fw={600}>
              {agency.name}
            </Anchor>
          ),
        },
        { key: 'type', header: t('col.type'), sortable: true, cell: (agency) => t(`agencyType.${agency.type}`) },
        { key: 'units', header: t('col.units'), numeric: true, cell: (agency) => format.number(agency.serviceUnitCount) },
      ]}
      pagination={serverPagination(connection, pages, PAGE_SIZE)}
    />
  );
}
