import { Anchor, Grid, Stack, Text } from '@mantine/core';
import {
  DataTable,
  type DataTableColumn,
  EmptyState,
  OriginWithSource,
  PageHeader,
  QueryView,
  SelectField,
  TextField,
  useCursorPages,
} from '@simpul/ui';
import { nodes, useBasePath, useDebounced, useFormat, useQuery, useT } from '@simpul/web-kit';
import { Link, useSearchParams } from 'react-router';
import { KIPP } from '../messages';
import { AGENCY_TYPES, AWARDS, type Award } from '../shared/enums';
import { AwardBadge } from '../shared/status-badge';
import { WorkPanel } from '../shared/work-panel';
import { CATALOGUE_FILTERS, INNOVATIONS, type InnovationFilter, type InnovationRow } from './catalogue.operations';
import { categoryLabel, CategoryName } from '../shared/category-label';
import { CatalogueDownload } from '../exports/downloads';

export const CATALOGUE_PAGE_SIZE = 20;
const FILTER_KEYS = ['year', 'category', 'region', 'agencyType', 'award'] as const;

/** The public innovation catalogue: search as you type (debounced), filters kept in the address. */
export function CataloguePage() {
  const t = useT(KIPP);
  const to = useBasePath();
  const format = useFormat();
  const [params, setParams] = useSearchParams();
  const search = params.get('q') ?? '';
  const debouncedSearch = useDebounced(search.trim(), 350);
  const filter: InnovationFilter = {
    search: debouncedSearch || null,
    year: params.get('year') ? Number(params.get('year')) : null,
    category: params.get('category') || null,
    regionCode: params.get('region') || null,
    agencyType: params.get('agencyType') || null,
    award: (params.get('award') as Award | null) || null,
  };
  const pages = useCursorPages(JSON.stringify(filter));
  const results = useQuery(INNOVATIONS, { filter, first: CATALOGUE_PAGE_SIZE, after: pages.after });
  const options = useQuery(CATALOGUE_FILTERS, {});

  const setParam = (key: string, value: string) => {
    const next = new URLSearchParams(params);
    if (value) next.set(key, value);
    else next.delete(key);
    setParams(next, { replace: true });
  };

  const years = [...new Set((options.data ? nodes(options.data.competitions) : []).map((c) => c.year))].sort((a, b) => b - a);
  const categories = [...new Set((options.data ? nodes(options.data.competitions) : []).flatMap((c) => c.categories))].sort((a, b) =>
    a.localeCompare(b, 'id'),
  );
  const provinces = options.data?.provinces ?? [];

  const columns: DataTableColumn<InnovationRow>[] = [
    {
      key: 'title',
      header: t('col.innovation'),
      cell: (row) => (
        <Stack gap={2}>
          <Anchor component={Link} to={to(`/inovasi/${row.id}`)} fw={600}>
            {row.title}
          </Anchor>
          <Text size="sm" lineClamp={2}>
            {row.summary}
          </Text>
        </Stack>
      ),
    },
    { key: 'category', header: t('col.category'), cell: (row) => <CategoryName category={row.category} t={t} /> },
    {
      key: 'agency',
      header: t('col.agency'),
      cell: (row) => (
        <>
          {row.agency.name}
          <Text size="sm" c="dimmed">
            {row.region.name}
          </Text>
        </>
      ),
    },
    {
      key: 'year',
      header: t('col.year'),
      cell: (row) => (row.firstYear === row.latestYear ? row.latestYear : `${row.firstYear}–${row.latestYear}`),
      numeric: true,
    },
    { key: 'award', header: t('col.award'), cell: (row) => <AwardBadge award={row.award} name={row.awardName} /> },
    { key: 'origin', header: t('col.origin'), cell: (row) => <OriginWithSource origin={row.origin} source={row.source} /> },
  ];

  const filtered = Boolean(filter.search) || FILTER_KEYS.some((key) => params.get(key));

  return (
    <>
      <PageHeader
        title={t('catalogue.title')}
        description={t('catalogue.description')}
        actions={
          <Anchor component={Link} to={to('/pemenang')}>
            {t('catalogue.winnersLink')}
          </Anchor>
        }
      />
      <WorkPanel />
      <form role="search" aria-label={t('catalogue.searchLabel')} onSubmit={(event) => event.preventDefault()}>
        <Grid mb="md">
          <Grid.Col span={12}>
            <TextField
              id="catalogue-search"
              type="search"
              label={t('catalogue.search')}
              description={t('catalogue.searchHint')}
              value={search}
              onChange={(event) => setParam('q', event.currentTarget.value)}
            />
          </Grid.Col>
          <Grid.Col span={{ base: 12, sm: 6, md: 'auto' }}>
            <SelectField
              id="catalogue-year"
              label={t('filter.year')}
              value={params.get('year') ?? ''}
              onChange={(event) => setParam('year', event.currentTarget.value)}
              data={[{ value: '', label: t('filter.allYears') }, ...years.map((year) => ({ value: String(year), label: String(year) }))]}
            />
          </Grid.Col>
          <Grid.Col span={{ base: 12, sm: 6, md: 'auto' }}>
            <SelectField
              id="catalogue-category"
              label={t('filter.category')}
              value={params.get('category') ?? ''}
              onChange={(event) => setParam('category', event.currentTarget.value)}
              data={[
                { value: '', label: t('filter.allCategories') },
                ...categories.map((category) => ({ value: category, label: categoryLabel(category, t) })),
              ]}
            />
          </Grid.Col>
          <Grid.Col span={{ base: 12, sm: 6, md: 'auto' }}>
            <SelectField
              id="catalogue-region"
              label={t('filter.region')}
              value={params.get('region') ?? ''}
              onChange={(event) => setParam('region', event.currentTarget.value)}
              data={[
                { value: '', label: t('filter.allRegions') },
                ...provinces.map((province) => ({ value: province.code, label: province.name })),
              ]}
            />
          </Grid.Col>
          <Grid.Col span={{ base: 12, sm: 6, md: 'auto' }}>
            <SelectField
              id="catalogue-agencyType"
              label={t('filter.agencyType')}
              value={params.get('agencyType') ?? ''}
              onChange={(event) => setParam('agencyType', event.currentTarget.value)}
              data={[
                { value: '', label: t('filter.allAgencyTypes') },
                ...AGENCY_TYPES.map((type) => ({ value: type, label: t(`agencyType.${type}`) })),
              ]}
            />
          </Grid.Col>
          <Grid.Col span={{ base: 12, sm: 6, md: 'auto' }}>
            <SelectField
              id="catalogue-award"
              label={t('filter.award')}
              value={params.get('award') ?? ''}
              onChange={(event) => setParam('award', event.currentTarget.value)}
              data={[
                { value: '', label: t('filter.allAwards') },
                ...AWARDS.map((award) => ({ value: award, label: t(`filter.awardLevel.${award}`) })),
              ]}
            />
          </Grid.Col>
        </Grid>
      </form>
      <CatalogueDownload filter={filter} />
      {/* The count is announced when a search or filter settles, not on every key. */}
      <Text role="status" aria-live="polite" fw={600} mb="xs">
        {results.data && !results.loading
          ? t('catalogue.found', { count: format.number(results.data.innovations.totalCount) })
          : results.loading
            ? t('catalogue.searching')
            : ''}
      </Text>
      <QueryView query={results}>
        {(data) => (
          <DataTable
            caption={t('catalogue.caption')}
            captionHidden
            columns={columns}
            rows={nodes(data.innovations)}
            rowKey={(row) => row.id}
            loading={results.loading}
            pagination={{
              hasNext: data.innovations.pageInfo.hasNextPage,
              hasPrevious: pages.hasPrevious,
              onNext: () => pages.next(data.innovations.pageInfo.endCursor),
              onPrevious: pages.previous,
              page: pages.page,
              pageSize: CATALOGUE_PAGE_SIZE,
              totalCount: data.innovations.totalCount,
            }}
            empty={<EmptyState title={t('catalogue.none')}>{filtered ? t('catalogue.noneHelp') : null}</EmptyState>}
          />
        )}
      </QueryView>
    </>
  );
}
