import { Anchor, Button, Group, NativeSelect, Stack, Text, TextInput } from '@mantine/core';
import { DataTable, EmptyState, GradeBadge, OriginWithSource, PageHeader, QueryView, useCursorPages } from '@simpul/ui';
import { useBasePath, useFormat, useQuery, useSession, useT, nodes } from '@simpul/web-kit';
import { useState, type FormEvent } from 'react';
import { Link } from 'react-router';
import { LanguageSwitch } from '../public-form/language-switch';
import { useSkmLabels } from '../shared/labels';
import { SKM_PUBLIC_LIST } from './public-units.messages';
import { PROVINCES, PUBLIC_UNITS, type PublicUnit } from './public-units.operations';

const PAGE_SIZE = 20;

/**
 * /skm (signed out) and /skm/hasil — the units with a published IKM, highest first, searchable by
 * name and province, paged on the server; each row links to the unit's public result page.
 */
export function PublicUnitsPage() {
  const t = useT(SKM_PUBLIC_LIST);
  const to = useBasePath();
  const format = useFormat();
  const labels = useSkmLabels();
  const { user } = useSession();
  const [text, setText] = useState('');
  const [province, setProvince] = useState('');
  // What was asked: the list follows the submitted search, not every keystroke.
  const [asked, setAsked] = useState({ search: '', regionCode: '' });
  const pages = useCursorPages(`${asked.search}|${asked.regionCode}`);
  const provinces = useQuery(PROVINCES, {});
  const units = useQuery(PUBLIC_UNITS, {
    search: asked.search || null,
    regionCode: asked.regionCode || null,
    first: PAGE_SIZE,
    after: pages.after,
  });

  function submit(event: FormEvent) {
    event.preventDefault();
    setAsked({ search: text.trim(), regionCode: province });
  }

  function reset() {
    setText('');
    setProvince('');
    setAsked({ search: '', regionCode: '' });
  }

  return (
    <Stack gap="lg">
      <PageHeader title={t('title')} description={t('description')} />
      <Group justify="space-between">
        {user ? (
          <Anchor component={Link} to={to()}>
            {t('signedInLink')}
          </Anchor>
        ) : (
          <span />
        )}
        <LanguageSwitch />
      </Group>
      <form onSubmit={submit} role="search" aria-label={t('title')}>
        <Group align="flex-end">
          <TextInput
            id="skm-public-search"
            label={t('search')}
            description={t('searchHint')}
            value={text}
            onChange={(event) => setText(event.currentTarget.value)}
            maxLength={100}
          />
          <NativeSelect
            id="skm-public-province"
            label={t('province')}
            value={province}
            onChange={(event) => setProvince(event.currentTarget.value)}
            data={[
              { value: '', label: t('allProvinces') },
              ...(provinces.data?.provinces ?? []).map((region) => ({ value: region.code, label: region.name })),
            ]}
          />
          <Button type="submit">{t('submit')}</Button>
          {(asked.search || asked.regionCode) && (
            <Button variant="default" onClick={reset}>
              {t('reset')}
            </Button>
          )}
        </Group>
      </form>
      <Text size="sm" c="dimmed">
        {t('rule')}
      </Text>
      <QueryView query={units} errorTitle={t('loadError')}>
        {({ skmPublicUnits: list }) => (
          <Stack gap="xs">
            <Text aria-live="polite" data-testid="skm-public-count">
              {t('count', { count: format.number(list.totalCount) })}
            </Text>
            <DataTable<PublicUnit>
              caption={t('caption')}
              rows={nodes(list)}
              rowKey={(row) => row.serviceUnitId}
              empty={<EmptyState title={t('empty')}>{t('emptyHelp')}</EmptyState>}
              pagination={{
                page: pages.page,
                pageSize: PAGE_SIZE,
                totalCount: list.totalCount,
                hasNext: list.pageInfo.hasNextPage,
                hasPrevious: pages.hasPrevious,
                onNext: () => pages.next(list.pageInfo.endCursor),
                onPrevious: pages.previous,
              }}
              columns={[
                {
                  key: 'unit',
                  header: t('col.unit'),
                  cell: (row) => (
                    <Anchor component={Link} to={to(`/units/${row.serviceUnitId}/public`)}>
                      {row.serviceUnit?.name ?? t('unknownUnit')}
                    </Anchor>
                  ),
                },
                { key: 'agency', header: t('col.agency'), cell: (row) => row.serviceUnit?.agency.name ?? '–' },
                { key: 'region', header: t('col.region'), cell: (row) => row.serviceUnit?.region.name ?? '–' },
                { key: 'ikm', header: t('col.ikm'), numeric: true, cell: (row) => format.number(row.latest.value, 2) },
                { key: 'band', header: t('col.band'), cell: (row) => <GradeBadge grade={row.latest.category} /> },
                { key: 'period', header: t('col.period'), cell: (row) => labels.period(row.latest) },
                { key: 'respondents', header: t('col.respondents'), numeric: true, cell: (row) => format.number(row.latest.respondents) },
                {
                  key: 'origin',
                  header: t('col.origin'),
                  cell: (row) => <OriginWithSource origin={row.latest.origin} source={row.latest.source} />,
                },
              ]}
            />
          </Stack>
        )}
      </QueryView>
    </Stack>
  );
}
