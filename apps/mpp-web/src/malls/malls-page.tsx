import { Anchor, Button, Group, NativeSelect, Text, TextInput } from '@mantine/core';
import { DataTable, OriginBadge, PageHeader, QueryView, serverPagination, useCursorPages, type SortState } from '@simpul/ui';
import { nodes, useBasePath, useDebounced, useQuery, useSession, useT } from '@simpul/web-kit';
import { useState } from 'react';
import { Link } from 'react-router';
import { MPP } from '../messages';
import { MallStatusBadge } from '../shared/badges';
import { useMppFormat } from '../shared/format';
import type { MallSortField, SortDirection } from '../__generated__/operations';
import { MALLS } from './mall.operations';
import { MPP_MALL_TEXT } from './mall-messages';

interface MallOrder {
  field: MallSortField;
  direction: SortDirection;
}

/** The orders offered, the service's default first. */
const ORDERS: readonly MallOrder[] = [
  { field: 'PROVINCE', direction: 'ASC' },
  { field: 'PROVINCE', direction: 'DESC' },
  { field: 'NAME', direction: 'ASC' },
  { field: 'NAME', direction: 'DESC' },
  { field: 'OPENED_ON', direction: 'DESC' },
  { field: 'OPENED_ON', direction: 'ASC' },
];
const orderKey = (order: MallOrder) => `${order.field}.${order.direction}`;

/** The table's sortable columns by the service's sort fields, and back (one map, so the two cannot drift). */
const COLUMN_OF: Record<MallSortField, string> = { NAME: 'name', PROVINCE: 'province', OPENED_ON: 'opened' };
const FIELD_OF = Object.fromEntries(Object.entries(COLUMN_OF).map(([field, column]) => [column, field])) as Record<string, MallSortField>;

const PAGE_SIZE = 25;

/** Every mall the caller may see, a server page at a time, by province, name or opening date: the public sees the active ones. */
export function MallsPage() {
  const t = useT(MPP);
  const tm = useT(MPP_MALL_TEXT);
  const f = useMppFormat();
  const to = useBasePath();
  const { user } = useSession();
  const [search, setSearch] = useState('');
  const debounced = useDebounced(search.trim(), 300);
  const filter = debounced ? { search: debounced } : {};
  const [order, setOrder] = useState<MallOrder>(ORDERS[0]);
  const pages = useCursorPages(JSON.stringify({ filter, order }));
  const query = useQuery(MALLS, { filter, sort: order, first: PAGE_SIZE, after: pages.after });
  const tableSort: SortState = { key: COLUMN_OF[order.field], direction: order.direction === 'ASC' ? 'asc' : 'desc' };
  return (
    <>
      <PageHeader
        title={t('malls.title')}
        description={t('malls.description')}
        breadcrumbs={[{ label: t('title'), to: to() }, { label: t('malls.title') }]}
        actions={
          user?.role === 'NATIONAL_ADMIN' ? (
            <Button component={Link} to={to('/national')} variant="default">
              {t('national.title')}
            </Button>
          ) : user?.role === 'MPP_OPERATOR' && user.mallId ? (
            <Button component={Link} to={to(`/malls/${user.mallId}`)}>
              {t('malls.mine')}
            </Button>
          ) : undefined
        }
      />
      <Group component="search" mb="md" align="flex-end" wrap="wrap">
        <TextInput
          id="mall-search"
          type="search"
          label={t('malls.search')}
          description={t('malls.searchHint')}
          value={search}
          onChange={(event) => setSearch(event.currentTarget.value)}
          w={{ base: '100%', sm: 420 }}
          size="md"
        />
        <NativeSelect
          id="mall-sort"
          label={tm('sort')}
          value={orderKey(order)}
          onChange={(event) => setOrder(ORDERS.find((entry) => orderKey(entry) === event.currentTarget.value) ?? ORDERS[0])}
          data={ORDERS.map((entry) => ({ value: orderKey(entry), label: tm(`sort.${orderKey(entry)}`) }))}
          size="md"
        />
      </Group>
      <QueryView query={query} errorTitle={t('error.loadTitle')}>
        {({ malls }) => (
          <>
            <Text role="status" aria-live="polite" mb="xs">
              {t('malls.count', { count: malls.totalCount })}
            </Text>
            <DataTable
              caption={t('malls.title')}
              captionHidden
              rowKey={(row) => row.id}
              rows={nodes(malls)}
              loading={query.loading}
              pagination={serverPagination(malls, pages, PAGE_SIZE)}
              sort={tableSort}
              onSortChange={(next) => setOrder({ field: FIELD_OF[next.key], direction: next.direction === 'asc' ? 'ASC' : 'DESC' })}
              empty={<Text>{t('malls.none')}</Text>}
              columns={[
                {
                  key: 'name',
                  header: t('col.mall'),
                  sortable: true,
                  cell: (row) => (
                    <Anchor component={Link} to={to(`/malls/${row.id}`)} fw={600}>
                      {row.name}
                    </Anchor>
                  ),
                },
                { key: 'regency', header: t('col.regency'), cell: (row) => row.regency.name },
                { key: 'province', header: t('col.province'), sortable: true, cell: (row) => row.province.name },
                { key: 'status', header: t('col.status'), cell: (row) => <MallStatusBadge status={row.status} /> },
                { key: 'origin', header: t('col.origin'), cell: (row) => <OriginBadge origin={row.origin} /> },
                { key: 'opened', header: t('col.openedOn'), sortable: true, cell: (row) => (row.openedOn ? f.day(row.openedOn) : '–') },
              ]}
            />
          </>
        )}
      </QueryView>
    </>
  );
}
