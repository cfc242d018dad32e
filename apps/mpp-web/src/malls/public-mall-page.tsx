import { List, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { EmptyState, PageHeader } from '@simpul/ui';
import { useQuery, useT } from '@simpul/web-kit';
import { MPP } from '../messages';
import { MallStatusBadge } from '../shared/badges';
import { useMppPath } from '../shared/base-path';
import { QueryView } from '../shared/query-state';
import { nodesOf } from '../shared/connection';
import { MALL_PROFILE } from './mall.operations';
import { OpeningHoursTable } from './opening-hours-table';

/** What a citizen needs: where the mall is, when it opens, and which agencies serve what there. */
export function PublicMallPage({ mallId }: { mallId: string }) {
  const t = useT(MPP);
  const to = useMppPath();
  const query = useQuery(MALL_PROFILE, { id: mallId });
  const mall = query.data?.mall;
  return (
    <>
      <PageHeader
        title={mall?.name ?? t('mall.label')}
        description={mall ? [mall.address, mall.regency.name, mall.province.name].filter(Boolean).join(', ') : undefined}
        breadcrumbs={[{ label: t('title'), to: to() }, { label: t('malls.title'), to: to('/malls') }, { label: mall?.name ?? t('mall.label') }]}
      />
      <QueryView query={query}>
        {({ mall: found }) =>
          !found ? (
            <EmptyState title={t('mall.notFound')} />
          ) : (
            <Stack gap="xl">
              <MallStatusBadge status={found.status} />
              <OpeningHoursTable hours={found.openingHours} caption={t('mall.hours')} />
              <section aria-labelledby="public-tenants-title">
                <Title order={2} size="h3" id="public-tenants-title" mb="sm">
                  {t('public.tenants', { count: nodesOf(found.tenancies).filter((x) => x.step === 'LIVE').length })}
                </Title>
                {found.tenancies.totalCount === 0 && <Text>{t('public.noTenants')}</Text>}
                <SimpleGrid cols={{ base: 1, md: 2 }} spacing="lg">
                  {nodesOf(found.tenancies)
                    .filter((x) => x.step === 'LIVE')
                    .sort((a, b) => a.agency.name.localeCompare(b.agency.name, 'id'))
                    .map((tenancy) => (
                      <section key={tenancy.id} aria-label={tenancy.agency.name}>
                        <Title order={3} size="h5">
                          {tenancy.agency.name}
                        </Title>
                        <List size="sm">
                          {nodesOf(tenancy.services)
                            .filter((s) => s.status === 'LIVE')
                            .map((s) => (
                              <List.Item key={s.id}>
                                {s.service.name}
                                {s.dailyQuota !== null && <Text span c="dimmed" size="sm"> · {t('public.quota', { quota: s.dailyQuota })}</Text>}
                              </List.Item>
                            ))}
                        </List>
                      </section>
                    ))}
                </SimpleGrid>
              </section>
            </Stack>
          )
        }
      </QueryView>
    </>
  );
}
