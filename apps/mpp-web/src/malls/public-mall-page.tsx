import { Group, Stack, Text, Title } from '@mantine/core';
import { DataTable, EmptyState, OriginBadge, PageHeader, QueryView, serverPagination, useCursorPages } from '@simpul/ui';
import { nodes, useBasePath, useQuery, useT } from '@simpul/web-kit';
import { MPP } from '../messages';
import { MallStatusBadge } from '../shared/badges';
import { MALL_PROFILE } from './mall.operations';
import { OpeningHoursTable } from './opening-hours-table';
import { PublicTenantServices } from './public-tenant-services';
import { TenantDownloads } from '../exports/downloads';

const TENANT_PAGE = 10;
/** Services shown per tenant before "more": enough for most agencies, small enough for ten tenants a page. */
const FIRST_SERVICES = 5;

/** What a citizen needs: where the mall is, when it opens, and which agencies serve what there. */
export function PublicMallPage({ mallId }: { mallId: string }) {
  const t = useT(MPP);
  const to = useBasePath();
  const pages = useCursorPages(mallId);
  const query = useQuery(MALL_PROFILE, {
    id: mallId,
    withTenants: true,
    tenantsFirst: TENANT_PAGE,
    tenantsAfter: pages.after,
    servicesFirst: FIRST_SERVICES,
  });
  const mall = query.data?.mall;
  return (
    <>
      <PageHeader
        title={mall?.name ?? t('mall.label')}
        description={mall ? [mall.address, mall.regency.name, mall.province.name].filter(Boolean).join(', ') : undefined}
        breadcrumbs={[
          { label: t('title'), to: to() },
          { label: t('malls.title'), to: to('/malls') },
          { label: mall?.name ?? t('mall.label') },
        ]}
      />
      <QueryView query={query} errorTitle={t('error.loadTitle')}>
        {({ mall: found }) =>
          !found ? (
            <EmptyState title={t('mall.notFound')} />
          ) : (
            <Stack gap="xl">
              {/* A demo mall (seeded) says so where the public sees it (#11 §7). */}
              <Group gap="xs">
                <MallStatusBadge status={found.status} />
                {found.origin !== 'OFFICIAL' && <OriginBadge origin={found.origin} />}
              </Group>
              <OpeningHoursTable hours={found.openingHours} caption={t('mall.hours')} />
              <section aria-labelledby="public-tenants-title">
                <Title order={2} size="h3" id="public-tenants-title" mb="sm">
                  {t('public.tenants', { count: found.tenancies?.totalCount ?? 0 })}
                </Title>
                <DataTable
                  caption={t('public.tenantsCaption')}
                  captionHidden
                  loading={query.loading}
                  rowKey={(row) => row.id}
                  rows={nodes(found.tenancies)}
                  pagination={found.tenancies ? serverPagination(found.tenancies, pages, TENANT_PAGE) : undefined}
                  empty={<Text>{t('public.noTenants')}</Text>}
                  columns={[
                    { key: 'agency', header: t('col.agency'), cell: (row) => <Text fw={600}>{row.agency.name}</Text> },
                    { key: 'services', header: t('col.services'), cell: (row) => <PublicTenantServices tenancy={row} /> },
                  ]}
                />
                <TenantDownloads mallId={found.id} manager={false} />
              </section>
            </Stack>
          )
        }
      </QueryView>
    </>
  );
}
