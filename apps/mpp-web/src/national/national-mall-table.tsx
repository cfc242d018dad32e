import { Anchor, Group, Text, Title } from '@mantine/core';
import { DataTable, OriginBadge, serverPagination, useCursorPages } from '@simpul/ui';
import { nodes, useBasePath, useQuery, useT } from '@simpul/web-kit';
import { Link } from 'react-router';
import { MPP } from '../messages';
import { MallStatusBadge } from '../shared/badges';
import { useMppFormat } from '../shared/format';
import { NATIONAL_MALLS } from './national.operations';

const PAGE_SIZE = 25;

/**
 * Tenants and services of every mall (about 305 nationally), paged by the service in its own order
 * (most live services first): the browser never holds the whole list, so it does not sort it either.
 */
export function NationalMallTable() {
  const t = useT(MPP);
  const f = useMppFormat();
  const to = useBasePath();
  const pages = useCursorPages('national-malls');
  const query = useQuery(NATIONAL_MALLS, { first: PAGE_SIZE, after: pages.after });
  const malls = query.data?.nationalMallOverview.malls;
  return (
    <section aria-labelledby="mall-table-title">
      <Group justify="space-between" align="baseline">
        <Title order={2} size="h3" id="mall-table-title" mb="xs">
          {t('national.malls')}
        </Title>
        <Anchor component={Link} to={to('/malls')}>
          {t('national.allMalls')}
        </Anchor>
      </Group>
      <Text size="sm" mb="xs">
        {t('national.mallsOrder')}
      </Text>
      {query.errors && !malls ? (
        <Text c="red.9" role="alert">
          {query.errors.map((e) => e.message).join(' ')}
        </Text>
      ) : (
        <DataTable
          caption={t('national.malls')}
          captionHidden
          loading={query.loading}
          rowKey={(row) => row.mall.id}
          rows={nodes(malls)}
          pagination={malls ? serverPagination(malls, pages, PAGE_SIZE) : undefined}
          empty={query.loading ? undefined : <Text>{t('national.noMalls')}</Text>}
          columns={[
            {
              key: 'mall',
              header: t('col.mall'),
              cell: (row) => (
                <Anchor component={Link} to={to(`/malls/${row.mall.id}`)} fw={600}>
                  {row.mall.name}
                </Anchor>
              ),
            },
            { key: 'province', header: t('col.province'), cell: (row) => row.mall.province.name },
            { key: 'status', header: t('col.status'), cell: (row) => <MallStatusBadge status={row.mall.status} /> },
            { key: 'origin', header: t('col.origin'), cell: (row) => <OriginBadge origin={row.mall.origin} /> },
            {
              key: 'tenants',
              header: t('col.tenants'),
              numeric: true,
              cell: (row) => t('national.tenantsLive', { tenants: f.number(row.tenants), live: f.number(row.liveTenants) }),
            },
            { key: 'services', header: t('col.liveServices'), numeric: true, cell: (row) => f.number(row.liveServices) },
            { key: 'desks', header: t('col.desks'), numeric: true, cell: (row) => f.number(row.desks) },
          ]}
        />
      )}
    </section>
  );
}
