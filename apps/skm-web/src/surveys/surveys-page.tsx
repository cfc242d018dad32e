import { Anchor, Button, Group, Text } from '@mantine/core';
import { DataTable, EmptyState, GradeBadge, PageHeader, QueryView, useCursorPages } from '@simpul/ui';
import { nodes, useBasePath, useFormat, useQuery, useSession, useT } from '@simpul/web-kit';
import { Link } from 'react-router';
import { SKM } from '../messages';
import { useSkmLabels } from '../shared/labels';
import { SampleProgress } from '../results/sample-progress';
import { canCreateSurvey } from '../shared/access';
import { SURVEYS, type SurveySummary } from './survey.operations';
import { SurveyFilters, useSurveyFilter } from './survey-filters';

const PAGE = 20;

/** Whom a survey is for: the unit, as the registry names it, and the MPP desk (its label or number, and the mall) when it is a desk's. */
function SurveyOwner({ survey }: { survey: SurveySummary }) {
  const t = useT(SKM);
  const unit = survey.serviceUnit?.name ?? t('list.unknownUnit');
  if (!survey.desk) return <>{unit}</>;
  const mall = survey.desk.mall.name;
  const desk = survey.desk.label
    ? t('public.deskLabel', { label: survey.desk.label, mall })
    : t('public.deskNumber', { number: survey.desk.number, mall });
  return (
    <>
      {unit}
      <br />
      <Text span size="sm">
        {desk}
      </Text>
    </>
  );
}

/**
 * The surveys the caller may see (the service scopes them by role), newest first, with IKM and sample
 * progress; searched, filtered and paged on the server, each row naming its unit or desk.
 */
export function SurveysPage() {
  const t = useT(SKM);
  const to = useBasePath();
  const format = useFormat();
  const labels = useSkmLabels();
  const { user } = useSession();
  const { filter, key } = useSurveyFilter();
  const pages = useCursorPages(key);
  const query = useQuery(SURVEYS, { first: PAGE, after: pages.after, filter }, { skip: !user });
  if (!user)
    return (
      <>
        <PageHeader title={t('title')} />
        <EmptyState title={t('list.signIn')} />
      </>
    );
  const filtered = key !== '{}';
  return (
    <>
      <PageHeader title={t('title')} description={t('list.description')} />
      <Group mb="md">
        {canCreateSurvey(user) && (
          <Button component={Link} to={to('/surveys/new')}>
            {t('setup.newTitle')}
          </Button>
        )}
        <Anchor component={Link} to={to('/ikm')} fw={600}>
          {t('yearResults.link')}
        </Anchor>
      </Group>
      <SurveyFilters />
      <QueryView query={query} errorTitle={t('error.loadTitle')}>
        {(data) => (
          <DataTable<SurveySummary>
            caption={t('list.caption', { count: format.number(data.skmSurveys.totalCount) })}
            rows={nodes(data.skmSurveys)}
            rowKey={(row) => row.id}
            pagination={{
              hasNext: data.skmSurveys.pageInfo.hasNextPage,
              hasPrevious: pages.hasPrevious,
              onNext: () => pages.next(data.skmSurveys.pageInfo.endCursor),
              onPrevious: pages.previous,
              page: pages.page,
              pageSize: PAGE,
              totalCount: data.skmSurveys.totalCount,
            }}
            empty={<EmptyState title={filtered ? t('list.noMatch') : t('list.empty')} />}
            columns={[
              {
                key: 'title',
                header: t('col.survey'),
                cell: (row) => (
                  <Anchor component={Link} to={to(`/surveys/${row.id}`)}>
                    {row.title}
                  </Anchor>
                ),
              },
              { key: 'owner', header: t('col.unit'), cell: (row) => <SurveyOwner survey={row} /> },
              { key: 'period', header: t('col.period'), cell: (row) => labels.period(row) },
              {
                key: 'ikm',
                header: t('result.ikm'),
                numeric: true,
                cell: (row) => (row.result.ikm ? format.number(row.result.ikm.value, 2) : '–'),
              },
              {
                key: 'category',
                header: t('col.category'),
                cell: (row) => (row.result.ikm ? <GradeBadge grade={row.result.ikm.category} /> : '–'),
              },
              { key: 'sample', header: t('col.sample'), cell: (row) => <SampleProgress sample={row.result.sample} /> },
            ]}
          />
        )}
      </QueryView>
    </>
  );
}
