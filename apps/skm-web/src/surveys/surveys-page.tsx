import { Anchor, Button, Group } from '@mantine/core';
import { DataTable, EmptyState, GradeBadge, PageHeader, QueryView } from '@simpul/ui';
import { nodes, useBasePath, useFormat, useQuery, useSession, useT } from '@simpul/web-kit';
import { Link } from 'react-router';
import { SKM } from '../messages';
import { useSkmLabels } from '../shared/labels';
import { SampleProgress } from '../results/sample-progress';
import { canCreateSurvey } from '../shared/access';
import { SURVEYS, type SurveySummary } from './survey.operations';

/** The surveys the caller may see (the service scopes them by role), newest first, with IKM and sample progress. */
export function SurveysPage() {
  const t = useT(SKM);
  const to = useBasePath();
  const format = useFormat();
  const labels = useSkmLabels();
  const { user } = useSession();
  const query = useQuery(SURVEYS, { first: 100, after: null, filter: {} }, { skip: !user });
  if (!user)
    return (
      <>
        <PageHeader title={t('title')} />
        <EmptyState title={t('list.signIn')} />
      </>
    );
  return (
    <>
      <PageHeader title={t('title')} description={t('list.description')} />
      {canCreateSurvey(user) && (
        <Group mb="md">
          <Button component={Link} to={to('/surveys/new')}>
            {t('setup.newTitle')}
          </Button>
        </Group>
      )}
      <QueryView query={query} errorTitle={t('error.loadTitle')}>
        {(data) => (
          <DataTable<SurveySummary>
            caption={t('list.caption', { count: format.number(data.skmSurveys.totalCount) })}
            rows={nodes(data.skmSurveys)}
            rowKey={(row) => row.id}
            pageSize={20}
            empty={<EmptyState title={t('list.empty')} />}
            columns={[
              {
                key: 'title',
                header: t('col.survey'),
                cell: (row) => (
                  <Anchor component={Link} to={to(`/surveys/${row.id}`)}>
                    {row.title}
                  </Anchor>
                ),
                sortValue: (row) => row.title,
              },
              { key: 'period', header: t('col.period'), cell: (row) => labels.period(row), sortValue: (row) => row.startsOn },
              {
                key: 'ikm',
                header: t('result.ikm'),
                numeric: true,
                sortValue: (row) => row.result.ikm?.value ?? 0,
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
