import { Anchor } from '@mantine/core';
import { CategoryBadge, DataTable, EmptyState, PageHeader, QueryView, SelectField } from '@simpul/ui';
import { nodes, useBasePath, useQuery, useSession, useT } from '@simpul/web-kit';
import { useState } from 'react';
import { Link } from 'react-router';
import { KIPP } from '../messages';
import { EVALUATOR_COMPETITIONS, MY_ASSIGNMENTS } from './evaluator.operations';

/** The evaluator's proposals to score in one competition, unscored first. */
export function AssignmentsPage() {
  const t = useT(KIPP);
  const to = useBasePath();
  const { user } = useSession();
  const competitions = useQuery(EVALUATOR_COMPETITIONS, {}, { skip: user?.role !== 'EVALUATOR' });
  const [chosen, setChosen] = useState('');
  const crumbs = [{ label: t('title'), to: to() }, { label: t('evaluator.title') }];
  if (user?.role !== 'EVALUATOR') {
    return (
      <>
        <PageHeader title={t('evaluator.title')} breadcrumbs={crumbs} />
        <EmptyState title={t('evaluator.only')}>{t('evaluator.onlyHelp')}</EmptyState>
      </>
    );
  }
  return (
    <>
      <PageHeader title={t('evaluator.title')} description={t('evaluator.description')} breadcrumbs={crumbs} />
      <QueryView query={competitions}>
        {(data) => {
          const list = nodes(data.competitions);
          const competitionId = chosen || list[0]?.id || '';
          if (!competitionId) return <EmptyState title={t('admin.noCompetitions')} />;
          return (
            <>
              <SelectField
                id="evaluator-competition"
                label={t('col.competition')}
                maw={420}
                mb="md"
                value={competitionId}
                onChange={(e) => setChosen(e.currentTarget.value)}
                data={list.map((c) => ({ value: c.id, label: c.title }))}
              />
              <AssignmentList competitionId={competitionId} />
            </>
          );
        }}
      </QueryView>
    </>
  );
}

function AssignmentList({ competitionId }: { competitionId: string }) {
  const t = useT(KIPP);
  const to = useBasePath();
  const query = useQuery(MY_ASSIGNMENTS, { competitionId, after: null });
  return (
    <QueryView query={query}>
      {(data) => {
        const titles = Object.fromEntries(nodes(data.proposals).map((p) => [p.id, p.title]));
        const rows = [...nodes(data.myAssignments)].sort((a, b) => Number(a.scored) - Number(b.scored));
        return (
          <DataTable
            caption={t('evaluator.caption', { count: data.myAssignments.totalCount, left: rows.filter((a) => !a.scored).length })}
            columns={[
              {
                key: 'title',
                header: t('col.proposal'),
                cell: (a) => (
                  <Anchor component={Link} to={to(`/penilaian/${a.proposalId}?tahap=${a.stage}`)}>
                    {titles[a.proposalId] ?? a.proposalId.slice(0, 8)}
                  </Anchor>
                ),
              },
              { key: 'stage', header: t('col.stage'), cell: (a) => t(`stage.${a.stage}`) },
              {
                key: 'scored',
                header: t('col.status'),
                cell: (a) => (
                  <CategoryBadge tone={a.scored ? 'success' : 'warning'} label={t(a.scored ? 'evaluator.scored' : 'evaluator.toScore')} />
                ),
              },
            ]}
            rows={rows}
            rowKey={(a) => `${a.proposalId}-${a.stage}`}
            pageSize={25}
            empty={<EmptyState title={t('evaluator.none')} />}
          />
        );
      }}
    </QueryView>
  );
}
