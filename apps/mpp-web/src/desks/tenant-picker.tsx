import { Button, Group, Stack, Text } from '@mantine/core';
import { SelectField, TextField } from '@simpul/ui';
import { useQuery, useT } from '@simpul/web-kit';
import { useEffect, useState } from 'react';
import { MPP } from '../messages';
import { useMorePages } from '../shared/use-more-pages';
import { DESK_TENANT, DESK_TENANTS, type TenantOption } from './desk.operations';

const PAGE_SIZE = 25;

/**
 * Choose the tenant for a desk: the mall's tenants load a page at a time ("more"), the search box
 * narrows what is loaded, and a tenant named by the onboarding link is fetched on its own so it
 * is preselected wherever it lies in the list. Tenants that left cannot get a desk.
 */
export function TenantPicker({
  mallId,
  id,
  value,
  error,
  preselectId,
  onChange,
}: {
  mallId: string;
  id: string;
  value: TenantOption | null;
  error: string | null;
  preselectId: string | null;
  onChange: (tenant: TenantOption | null) => void;
}) {
  const t = useT(MPP);
  const [search, setSearch] = useState('');
  const more = useMorePages<TenantOption>(mallId);
  const query = useQuery(DESK_TENANTS, { mallId, first: PAGE_SIZE, after: more.after });
  const list = more.collect(query.data?.mall?.tenancies, query.loading);
  const named = useQuery(DESK_TENANT, { id: preselectId ?? '' }, { skip: !preselectId });
  const preselected = named.data?.tenancy;
  useEffect(() => {
    if (preselected && preselected.mall.id === mallId && preselected.step !== 'LEFT') onChange(preselected);
    // Only when the named tenant arrives (not on every new onChange): later choices are the user's.
  }, [preselected, mallId]);

  const needle = search.trim().toLocaleLowerCase('id');
  const options = list.nodes.filter((x) => x.step !== 'LEFT' && (!needle || x.agency.name.toLocaleLowerCase('id').includes(needle)));
  // The chosen tenant stays in the list even when the search or the loaded pages leave it out.
  const shown = value && !options.some((x) => x.id === value.id) ? [value, ...options] : options;
  const label = (x: TenantOption) => `${x.agency.name} (${t(`step.${x.step}`)})`;
  return (
    <Stack gap="xs">
      <TextField
        id={`${id}-search`}
        label={t('assign.searchTenant')}
        description={t('assign.searchTenantHint')}
        type="search"
        value={search}
        onChange={(event) => setSearch(event.currentTarget.value)}
      />
      <SelectField
        id={id}
        label={t('assign.tenant')}
        error={error}
        value={value?.id ?? ''}
        onChange={(event) => onChange(shown.find((x) => x.id === event.currentTarget.value) ?? null)}
        data={[{ value: '', label: t('form.choose') }, ...shown.map((x) => ({ value: x.id, label: label(x) }))]}
      />
      <Group gap="sm">
        <Text size="sm" role="status" aria-live="polite">
          {query.errors && !query.data
            ? query.errors.map((e) => e.message).join(' ')
            : t('assign.tenantsLoaded', { shown: list.nodes.length, total: list.totalCount })}
        </Text>
        {list.hasNextPage && (
          <Button variant="default" size="compact-sm" loading={list.loadingMore} onClick={list.loadMore}>
            {t('assign.moreTenants')}
          </Button>
        )}
      </Group>
    </Stack>
  );
}
