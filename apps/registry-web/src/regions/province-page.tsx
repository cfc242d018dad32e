import { Anchor, Stack, Title } from '@mantine/core';
import { CategoryBadge, DataTable, PageHeader, QueryView } from '@simpul/ui';
import { useBasePath, useQuery, useT } from '@simpul/web-kit';
import { Link, useParams } from 'react-router';
import { AgenciesTable } from '../agencies/agencies-table';
import { ListDownload } from '../exports/list-download';
import { REGISTRY } from '../messages';
import { PROVINCE_WITH_REGENCIES, type RegionSummary } from './region.operations';

/** A province: its kabupaten/kota to browse into, and the agencies of the province itself. */
export function ProvincePage() {
  const t = useT(REGISTRY);
  const to = useBasePath();
  const { provinceCode = '' } = useParams();
  const query = useQuery(PROVINCE_WITH_REGENCIES, { provinceCode });
  return (
    <QueryView query={query}>
      {({ region, regencies }) => {
        const name = region?.name ?? provinceCode;
        return (
          <>
            <PageHeader
              title={name}
              breadcrumbs={[{ label: t('title'), to: to() }, { label: t('regions.provinces'), to: to('/regions') }, { label: name }]}
            />
            <Stack gap="xl">
              <DataTable<RegionSummary>
                caption={t('regency.caption', { province: name })}
                rows={regencies}
                rowKey={(r) => r.code}
                sort={{ key: 'code', direction: 'asc' }}
                pageSize={50}
                columns={[
                  { key: 'code', header: t('col.code'), cell: (r) => r.code, sortValue: (r) => r.code },
                  {
                    key: 'name',
                    header: t('col.regencies'),
                    sortValue: (r) => r.name,
                    cell: (r) => (
                      <Anchor component={Link} to={to(`/regions/${provinceCode}/${r.code}`)} fw={600}>
                        {r.name}
                      </Anchor>
                    ),
                  },
                  {
                    key: 'kind',
                    header: t('col.type'),
                    sortValue: (r) => r.regencyKind ?? '',
                    cell: (r) =>
                      r.regencyKind ? (
                        <CategoryBadge tone={r.regencyKind === 'KOTA' ? 'info' : 'neutral'} label={t(`regencyKind.${r.regencyKind}`)} />
                      ) : null,
                  },
                ]}
              />
              <section aria-labelledby="province-agencies">
                <Title order={2} id="province-agencies" mb="sm">
                  {t('regency.agencies')}
                </Title>
                <AgenciesTable filter={{ regionCode: provinceCode }} caption={t('agencies.caption', { region: name })} />
                <ListDownload list="agencies" filter={{ regionCode: provinceCode }} />
              </section>
            </Stack>
          </>
        );
      }}
    </QueryView>
  );
}
