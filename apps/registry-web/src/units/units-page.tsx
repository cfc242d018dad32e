import { Button, Group, NativeSelect, TextInput } from '@mantine/core';
import { PageHeader } from '@simpul/ui';
import { useBasePath, useDebounced, useSession, useT } from '@simpul/web-kit';
import { useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import { REGISTRY } from '../messages';
import { SERVICE_UNIT_KINDS, type ServiceUnitKind } from '../shared/enums';
import { UnitsTable } from './units-table';
import { ListDownload } from '../exports/list-download';
import { ExternalIdLookup } from '../lifecycle/external-id-lookup';

/** The registry's front page: search every unit, filter by kind, or go browse by region. */
export function UnitsPage() {
  const t = useT(REGISTRY);
  const to = useBasePath();
  const { user } = useSession();
  // The search lives in the URL so a result list can be shared and survives Back.
  const [params, setParams] = useSearchParams();
  const [search, setSearch] = useState(params.get('q') ?? '');
  const kind = (params.get('kind') ?? '') as ServiceUnitKind | '';
  const debounced = useDebounced(search.trim(), 300);
  const filter = { ...(debounced ? { search: debounced } : {}), ...(kind ? { kind } : {}) };

  function update(next: { q?: string; kind?: string }) {
    const merged = new URLSearchParams(params);
    for (const [key, value] of Object.entries(next)) {
      if (value) merged.set(key, value);
      else merged.delete(key);
    }
    setParams(merged, { replace: true });
  }

  return (
    <>
      <PageHeader
        title={t('units.title')}
        description={t('units.description')}
        breadcrumbs={[{ label: t('title') }]}
        actions={
          <>
            <Button component={Link} to={to('/regions')} variant="default">
              {t('units.browse')}
            </Button>
            {user?.role === 'UNIT_DESK' && (
              <Button component={Link} to={to('/plugins')} variant="default">
                {t('units.plugins')}
              </Button>
            )}
            {user?.role === 'NATIONAL_ADMIN' && (
              <Button component={Link} to={to('/units/new')}>
                {t('units.create')}
              </Button>
            )}
          </>
        }
      />
      <Group align="flex-end" mb="md" wrap="wrap" component="search">
        <TextInput
          id="unit-search"
          type="search"
          label={t('units.search')}
          description={t('units.searchHint')}
          value={search}
          onChange={(event) => {
            setSearch(event.currentTarget.value);
            update({ q: event.currentTarget.value.trim() });
          }}
          w={{ base: '100%', sm: 420 }}
          size="md"
        />
        <NativeSelect
          id="unit-kind"
          label={t('units.kindFilter')}
          value={kind}
          onChange={(event) => update({ kind: event.currentTarget.value })}
          data={[{ value: '', label: t('units.allKinds') }, ...SERVICE_UNIT_KINDS.map((value) => ({ value, label: t(`kind.${value}`) }))]}
          size="md"
        />
      </Group>
      <UnitsTable filter={filter} caption={t('units.caption')} captionHidden announce />
      <ListDownload list="units" filter={filter} />
      <ExternalIdLookup />
    </>
  );
}
