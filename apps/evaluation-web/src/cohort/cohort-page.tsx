import { Alert, Anchor, Badge, Group, List, Stack, Text, VisuallyHidden } from '@mantine/core';
import { DataTable, EmptyState, GradeBadge, PageHeader, QueryView, SelectField, useCursorPages } from '@simpul/ui';
import { nodes, useBasePath, useFormat, useLanguage, useQuery, useT } from '@simpul/web-kit';
import { Link, useNavigate, useParams } from 'react-router';
import { CYCLE } from '../cycles/cycle.operations';
import { EVALUATION } from '../messages';
import { cohortOptionLabel } from '../shared/cohort-name';
import { CYCLE_COHORTS } from '../results/results.operations';
import { COHORT } from './cohort-messages';
import { COHORT_RANKING, type RankedEntry } from './cohort.operations';
import { rankShown, rankSpoken } from './rank-text';

const PAGE = 25;

/**
 * One cohort's ranking in a cycle: each rank as the range of places its figures support ("3–6"),
 * the IPP with its uncertainty, the small-sample flag, and a link to compare a unit with its peers.
 */
export function CohortPage() {
  const { cycleId = '', cohort: cohortParam = '' } = useParams();
  const cohort = cohortParam;
  const t = useT(COHORT);
  const te = useT(EVALUATION);
  const to = useBasePath();
  const navigate = useNavigate();
  const format = useFormat();
  const [language] = useLanguage();
  const cycle = useQuery(CYCLE, { id: cycleId });
  const cohortList = useQuery(CYCLE_COHORTS, { cycleId });
  const pages = useCursorPages(`${cycleId}:${cohort}`);
  const ranking = useQuery(COHORT_RANKING, { cycleId, cohort, first: PAGE, after: pages.after }, { skip: !cohort });
  const cohorts = cohortList.data?.cycleCohorts ?? [];
  const selected = cohorts.find((c) => c.code === cohort) ?? null;
  const cohortName = selected ? cohortOptionLabel(selected, language) : '';
  const cycleName = cycle.data?.evaluationCycle.name ?? '';

  return (
    <Stack gap="lg">
      <PageHeader
        title={cohortName ? t('ranking.title', { cohort: cohortName }) : t('ranking.titleNoCohort')}
        description={cycleName ? t('ranking.description', { cycle: cycleName }) : undefined}
        breadcrumbs={[
          { label: te('title'), to: to() },
          { label: cycleName || '…', to: to(`/cycles/${cycleId}`) },
          { label: te('results.crumb'), to: to(`/cycles/${cycleId}/results`) },
          { label: t('ranking.crumb') },
        ]}
      />
      <Group align="flex-end">
        <SelectField
          id="ranking-cohort"
          label={t('ranking.cohort')}
          value={cohort}
          onChange={(e) => {
            const code = e.currentTarget.value;
            void navigate(to(code ? `/cycles/${cycleId}/cohorts/${encodeURIComponent(code)}` : `/cycles/${cycleId}/cohorts`));
          }}
          data={[{ value: '', label: te('choose') }, ...cohorts.map((c) => ({ value: c.code, label: cohortOptionLabel(c, language) }))]}
        />
      </Group>
      <Alert variant="light" color="blue" title={t('ranking.howTitle')}>
        <List size="sm" spacing={4}>
          <List.Item>{t('ranking.how')}</List.Item>
          <List.Item>{t('ranking.howSample')}</List.Item>
          <List.Item>{t('ranking.howMore')}</List.Item>
        </List>
      </Alert>
      {!cohort ? (
        <EmptyState title={t('ranking.chooseCohort')} />
      ) : (
        <QueryView
          query={ranking}
          errorTitle={t('ranking.loadFailed')}
          refused={{ title: t('ranking.refused'), message: t('ranking.refusedHelp') }}
        >
          {({ cohortRanking }) =>
            cohortRanking.totalCount === 0 ? (
              <EmptyState title={t('ranking.none')}>{t('ranking.noneHelp')}</EmptyState>
            ) : (
              <DataTable<RankedEntry>
                caption={t('ranking.caption', { cohort: cohortName || cohort, count: cohortRanking.totalCount })}
                rows={nodes(cohortRanking)}
                rowKey={(r) => r.id}
                loading={ranking.loading}
                pagination={{
                  page: pages.page,
                  pageSize: PAGE,
                  totalCount: cohortRanking.totalCount,
                  hasNext: cohortRanking.pageInfo.hasNextPage,
                  hasPrevious: pages.hasPrevious,
                  onNext: () => pages.next(cohortRanking.pageInfo.endCursor ?? null),
                  onPrevious: pages.previous,
                }}
                columns={[
                  {
                    key: 'rank',
                    header: t('col.rank'),
                    cell: (r) => (
                      <Group gap={6} wrap="nowrap">
                        <Text span fw={600} aria-hidden="true" data-testid="rank-shown">
                          {rankShown(r, t)}
                        </Text>
                        <VisuallyHidden>{rankSpoken(r, t)}</VisuallyHidden>
                        {r.rankIsUncertain && (
                          <Badge variant="outline" color="gray.8" size="sm" aria-hidden="true">
                            {t('rank.uncertain')}
                          </Badge>
                        )}
                      </Group>
                    ),
                  },
                  { key: 'unit', header: t('col.unit'), cell: (r) => r.unitName },
                  {
                    key: 'ipp',
                    header: t('col.ipp'),
                    numeric: true,
                    cell: (r) =>
                      r.indexMargin !== null && r.indexMargin !== undefined
                        ? t('ipp.margin', { value: format.number(r.index, 2), margin: format.number(r.indexMargin, 3) })
                        : format.number(r.index, 2),
                  },
                  { key: 'category', header: t('col.category'), cell: (r) => <GradeBadge grade={r.category} /> },
                  {
                    key: 'sample',
                    header: t('col.sample'),
                    cell: (r) =>
                      r.sampleBelowMinimum === null || r.sampleBelowMinimum === undefined ? (
                        t('sample.unknown')
                      ) : (
                        <Group gap={6} wrap="nowrap">
                          <Text span size="sm">
                            {t('sample.count', { respondents: r.respondents, minimum: r.minRespondents })}
                          </Text>
                          {r.sampleBelowMinimum && (
                            <Badge color="orange.9" variant="light" size="sm" data-testid="sample-below">
                              {t('sample.below')}
                            </Badge>
                          )}
                        </Group>
                      ),
                  },
                  {
                    key: 'compare',
                    header: t('col.compare'),
                    cell: (r) => (
                      <Anchor
                        component={Link}
                        to={to(`/lokus/${r.lokusId}/pembanding`)}
                        aria-label={t('compare.link', { unit: r.unitName })}
                      >
                        {t('col.compare')}
                      </Anchor>
                    ),
                  },
                ]}
              />
            )
          }
        </QueryView>
      )}
    </Stack>
  );
}
