import { Button, List, Stack, Text } from '@mantine/core';
import { useQuery, useT } from '@simpul/web-kit';
import { MPP } from '../messages';
import { useMorePages } from '../shared/use-more-pages';
import { TENANT_SERVICES, type PublicTenancy, type PublicTenancyService } from './mall.operations';

const MORE_PAGE = 20;

/** One tenant's live services: the first few came with the mall, the rest load on request. */
export function PublicTenantServices({ tenancy }: { tenancy: PublicTenancy }) {
  const t = useT(MPP);
  const more = useMorePages<PublicTenancyService>(tenancy.id);
  const query = useQuery(TENANT_SERVICES, { id: tenancy.id, first: MORE_PAGE, after: more.after }, { skip: more.after === null });
  const list = more.collect(query.data?.tenancy?.services, query.loading, tenancy.services);
  const live = list.nodes.filter((s) => s.status === 'LIVE');
  return (
    <Stack gap={4} align="flex-start">
      {live.length === 0 ? (
        <Text size="sm">{t('public.noServices')}</Text>
      ) : (
        <List size="sm">
          {live.map((s) => (
            <List.Item key={s.id}>
              {s.service.name}
              {s.dailyQuota !== null && (
                <Text span c="dimmed" size="sm">
                  {' '}
                  · {t('public.quota', { quota: s.dailyQuota })}
                </Text>
              )}
            </List.Item>
          ))}
        </List>
      )}
      {list.hasNextPage && (
        <Button
          variant="subtle"
          size="compact-sm"
          loading={list.loadingMore}
          onClick={list.loadMore}
          aria-label={t('public.moreServicesOf', { agency: tenancy.agency.name, shown: list.nodes.length, total: list.totalCount })}
        >
          {t('public.moreServices', { shown: list.nodes.length, total: list.totalCount })}
        </Button>
      )}
      {query.errors && (
        <Text size="sm" c="red.9" role="alert">
          {query.errors.map((e) => e.message).join(' ')}
        </Text>
      )}
    </Stack>
  );
}
