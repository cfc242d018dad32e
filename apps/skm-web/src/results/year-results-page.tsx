import { Anchor, Grid } from '@mantine/core';
import { DataTable, EmptyState, GradeBadge, OriginWithSource, PageHeader, QueryView, SelectField, useCursorPages } from '@simpul/ui';
import { nodes, useBasePath, useFormat, useQuery, useSession, useT } from '@simpul/web-kit';
import { Link, useSearchParams } from 'react-router';
import { SKM } from '../messages';
import { useSkmLabels } from '../shared/labels';
import { periodKindParam, recentYears } from '../surveys/survey-filters';
import { PERIOD_KINDS } from '../surveys/survey.operations';
import { SampleProgress } from './sample-progress';
import { YEAR_RESULTS, type YearResult } from './year-results.operations';

const PAGE = 25;

/**
 * The IKM of every survey of a year the signed-in person may read — every unit for the national admin
 * and evaluators, the mall's desks and tenants for its operator, the unit's own for a desk — filtered by
 * kind of period and paged on the server.
 */
export function YearResultsPage() {
  const t = useT(SKM);
  const to = useBasePath();
  const format = useFormat();
  const labels = useSkmLabels();
  const { user } = useSession();
  const [params, setParams] = useSearchParams();
  const year = Number(params.get('tahun')) || new Date().getFullYear();
  const periodKind = periodKindParam(params);
  const pages = useCursorPages(`${year}:${periodKind ?? ''}`);
  const query = useQuery(YEAR_RESULTS, { year, periodKind, first: PAGE, after: pages.after }, { skip: !user });
  const crumbs = [{ label: t('title'), to: to() }, { label: t('yearResults.title', { year }) }];
  const set = (key: string, value: string) =>
    setParams((current) => {
      const next = new URLSearchParams(current);
      if (value) next.set(key, value);
      else next.delete(key);
      return next;
    });
  if (!user)
    return (
      <>
        <PageHeader title={t('yearResults.title', { year })} breadcrumbs={crumbs} />
        <EmptyState title={t('yearResults.signIn')}>
          <Anchor component={Link} to={to('/hasil')}>
            {t('yearResults.publicLink')}
          </Anchor>
        </EmptyState>
      </>
    );
  return (
    <>
      <PageHeader title={t('yearResults.title', { year })} description={t('yearResults.description')} breadcrumbs={crumbs} />
      <Grid mb="md" role="search" aria-label={t('list.filters')}>
        <Grid.Col span={{ base: 12, sm: 4 }}>
          <SelectField
            id="year-results-year"
            label={t('list.year')}
            value={String(year)}
            onChange={(event) => set('tahun', event.currentTarget.value)}
            data={recentYears().map((value) => ({ value: String(value), label: String(value) }))}
          />
        </Grid.Col>
        <Grid.Col span={{ base: 12, sm: 4 }}>
          <SelectField
            id="year-results-period"
            label={t('setup.periodKind')}
            value={periodKind ?? ''}
            onChange={(event) => set('periode', event.currentTarget.value.toLowerCase())}
            data={[{ value: '', label: t('list.all') }, ...PERIOD_KINDS.map((kind) => ({ value: kind, label: t(`periodKind.${kind}`) }))]}
          />
        </Grid.Col>
      </Grid>
      <QueryView query={query} errorTitle={t('error.loadTitle')}>
        {(data) => (
          <DataTable<YearResult>
            caption={t('yearResults.caption', { count: format.number(data.skmResults.totalCount), year })}
            rows={nodes(data.skmResults)}
            rowKey={(row) => row.surveyId}
            pagination={{
              hasNext: data.skmResults.pageInfo.hasNextPage,
              hasPrevious: pages.hasPrevious,
              onNext: () => pages.next(data.skmResults.pageInfo.endCursor),
              onPrevious: pages.previous,
              page: pages.page,
              pageSize: PAGE,
              totalCount: data.skmResults.totalCount,
            }}
            empty={<EmptyState title={t('yearResults.empty', { year })} />}
            columns={[
              {
                key: 'unit',
                header: t('col.unit'),
                cell: (row) => (
                  <Anchor component={Link} to={to(`/surveys/${row.surveyId}`)}>
                    {row.serviceUnit?.name ?? t('list.unknownUnit')}
                  </Anchor>
                ),
              },
              { key: 'period', header: t('col.period'), cell: (row) => labels.period(row) },
              {
                key: 'ikm',
                header: t('result.ikm'),
                numeric: true,
                cell: (row) => (row.ikm ? format.number(row.ikm.value, 2) : '–'),
              },
              { key: 'category', header: t('col.category'), cell: (row) => (row.ikm ? <GradeBadge grade={row.ikm.category} /> : '–') },
              { key: 'sample', header: t('col.sample'), cell: (row) => <SampleProgress sample={row.sample} /> },
              { key: 'origin', header: t('col.origin'), cell: (row) => <OriginWithSource origin={row.origin} source={row.source} /> },
            ]}
          />
        )}
      </QueryView>
    </>
  );
}
