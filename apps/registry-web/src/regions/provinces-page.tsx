import { Anchor } from '@mantine/core';
import { DataTable, PageHeader, QueryView } from '@simpul/ui';
import { useBasePath, useQuery, useT } from '@simpul/web-kit';
import { Link } from 'react-router';
import { REGISTRY } from '../messages';
import { PROVINCES, type RegionSummary } from './region.operations';

export function ProvincesPage() {
  const t = useT(REGISTRY);
  const to = useBasePath();
  const query = useQuery(PROVINCES, {});
  return (
    <>
      <PageHeader
        title={t('regions.title')}
        description={t('regions.description')}
        breadcrumbs={[{ label: t('title'), to: to() }, { label: t('regions.provinces') }]}
      />
      <QueryView query={query}>
        {({ provinces }) => (
          <DataTable<RegionSummary>
            caption={t('regions.caption')}
            rows={provinces}
            rowKey={(region) => region.code}
            sort={{ key: 'code', direction: 'asc' }}
            // All 38 on one page: scanning one list beats paging through two.
            columns={[
              { key: 'code', header: t('col.code'), cell: (region) => region.code, sortValue: (region) => region.code },
              {
                key: 'name',
                header: t('regions.provinces'),
                sortValue: (region) => region.name,
                cell: (region) => (
                  <Anchor component={Link} to={to(`/regions/${region.code}`)} fw={600}>
                    {region.name}
                  </Anchor>
                ),
              },
            ]}
          />
        )}
      </QueryView>
    </>
  );
}
