import { Anchor, Button, Group, Stack, Text, Title } from '@mantine/core';
import { EmptyState, PageHeader, QueryView, SelectField, useCursorPages } from '@simpul/ui';
import { nodes, useBasePath, useQuery, useSession, useT } from '@simpul/web-kit';
import { Link, useSearchParams } from 'react-router';
import type { OmbudsmanZone } from '../__generated__/operations';
import { EVALUATION } from '../messages';
import { OMBUDSMAN } from './ombudsman-messages';
import { OMBUDSMAN_PROVINCES, OMBUDSMAN_RESULTS } from './ombudsman.operations';
import { ombudsmanYears } from './ombudsman-years';
import { ResultsTable } from './results-table';

const PAGE = 20;
const ZONES: OmbudsmanZone[] = ['HIJAU', 'KUNING', 'MERAH'];

/** /evaluasi/ombudsman: every recorded result, filtered by province, year and zone (kept in the address, so a filter can be linked). */
export function OmbudsmanOverviewPage() {
  const t = useT(OMBUDSMAN);
  const te = useT(EVALUATION);
  const to = useBasePath();
  const { user } = useSession();
  const [params, setParams] = useSearchParams();
  const province = params.get('provinsi') ?? '';
  const year = params.get('tahun') ?? '';
  const zone = (ZONES as string[]).includes(params.get('zona') ?? '') ? (params.get('zona') as OmbudsmanZone) : null;
  const filter = { regionCode: province || null, year: year ? Number(year) : null, zone };
  const pages = useCursorPages(JSON.stringify(filter));
  const results = useQuery(OMBUDSMAN_RESULTS, { filter, first: PAGE, after: pages.after });
  const provinces = useQuery(OMBUDSMAN_PROVINCES, {});
  const provinceName = provinces.data?.provinces.find((row) => row.code === province)?.name;
  const set = (key: string, value: string) => {
    const next = new URLSearchParams(params);
    if (value) next.set(key, value);
    else next.delete(key);
    setParams(next, { replace: true });
  };
  return (
    <Stack gap="lg">
      <PageHeader
        title={t('overview.title')}
        description={t('overview.intro')}
        breadcrumbs={[{ label: te('title'), to: to() }, { label: t('nav.link') }]}
        actions={
          user?.role === 'NATIONAL_ADMIN' ? (
            <>
              <Button component={Link} to={to('/ombudsman/catat')} variant="default">
                {t('admin.record')}
              </Button>
              <Button component={Link} to={to('/ombudsman/impor')} variant="default">
                {t('admin.import')}
              </Button>
            </>
          ) : undefined
        }
      />
      <Stack component="section" aria-labelledby="ombudsman-filter" gap="xs">
        <Title order={2} size="h4" id="ombudsman-filter">
          {t('filter.title')}
        </Title>
        <Group align="flex-end" wrap="wrap">
          <SelectField
            id="ombudsman-province"
            label={t('filter.province')}
            value={province}
            onChange={(event) => set('provinsi', event.currentTarget.value)}
            data={[
              { value: '', label: t('filter.all') },
              ...(provinces.data?.provinces ?? []).map((row) => ({ value: row.code, label: row.name })),
            ]}
          />
          <SelectField
            id="ombudsman-year"
            label={t('filter.year')}
            value={year}
            onChange={(event) => set('tahun', event.currentTarget.value)}
            data={[
              { value: '', label: t('filter.all') },
              ...ombudsmanYears().map((value) => ({ value: String(value), label: String(value) })),
            ]}
          />
          <SelectField
            id="ombudsman-zone"
            label={t('filter.zone')}
            value={zone ?? ''}
            onChange={(event) => set('zona', event.currentTarget.value)}
            data={[{ value: '', label: t('filter.all') }, ...ZONES.map((value) => ({ value, label: t(`zone.${value}`) }))]}
          />
          {(province || year || zone) && (
            <Button variant="subtle" onClick={() => setParams(new URLSearchParams(), { replace: true })}>
              {t('filter.reset')}
            </Button>
          )}
        </Group>
        {province && provinceName && (
          <Text>
            <Anchor component={Link} to={to(`/ombudsman/provinsi/${province}${year ? `?tahun=${year}` : ''}`)}>
              {t('overview.provinceLink', { province: provinceName })}
            </Anchor>
          </Text>
        )}
      </Stack>
      <QueryView query={results}>
        {({ ombudsmanResults }) =>
          ombudsmanResults.totalCount === 0 ? (
            <EmptyState title={t('overview.none')} />
          ) : (
            <ResultsTable
              caption={t('overview.caption')}
              rows={nodes(ombudsmanResults)}
              pagination={{
                page: pages.page,
                pageSize: PAGE,
                totalCount: ombudsmanResults.totalCount,
                hasNext: ombudsmanResults.pageInfo.hasNextPage,
                hasPrevious: pages.hasPrevious,
                onNext: () => pages.next(ombudsmanResults.pageInfo.endCursor ?? null),
                onPrevious: pages.previous,
              }}
            />
          )
        }
      </QueryView>
    </Stack>
  );
}
