import { Anchor, Button, Group, Text, TextInput } from '@mantine/core';
import { DataTable, OriginBadge, PageHeader, QueryView, serverPagination, useCursorPages } from '@simpul/ui';
import { nodes, useBasePath, useDebounced, useQuery, useSession, useT } from '@simpul/web-kit';
import { useState } from 'react';
import { Link } from 'react-router';
import { MPP } from '../messages';
import { MallStatusBadge } from '../shared/badges';
import { useMppFormat } from '../shared/format';
import { MALLS } from './mall.operations';

const PAGE_SIZE = 25;

/** Every mall the caller may see, a server page at a time (by province, then name): the public sees the active ones. */
export function MallsPage() {
  const t = useT(MPP);
  const f = useMppFormat();
  const to = useBasePath();
  const { user } = useSession();
  const [search, setSearch] = useState('');
  const debounced = useDebounced(search.trim(), 300);
  const filter = debounced ? { search: debounced } : {};
  const pages = useCursorPages(JSON.stringify(filter));
  const query = useQuery(MALLS, { filter, first: PAGE_SIZE, after: pages.after });
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
      <Group component="search" mb="md">
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
              empty={<Text>{t('malls.none')}</Text>}
              columns={[
                {
                  key: 'name',
                  header: t('col.mall'),
                  cell: (row) => (
                    <Anchor component={Link} to={to(`/malls/${row.id}`)} fw={600}>
                      {row.name}
                    </Anchor>
                  ),
                },
                { key: 'regency', header: t('col.regency'), cell: (row) => row.regency.name },
                { key: 'province', header: t('col.province'), cell: (row) => row.province.name },
                { key: 'status', header: t('col.status'), cell: (row) => <MallStatusBadge status={row.status} /> },
                { key: 'origin', header: t('col.origin'), cell: (row) => <OriginBadge origin={row.origin} /> },
                { key: 'opened', header: t('col.openedOn'), cell: (row) => (row.openedOn ? f.day(row.openedOn) : '–') },
              ]}
            />
          </>
        )}
      </QueryView>
    </>
  );
}
