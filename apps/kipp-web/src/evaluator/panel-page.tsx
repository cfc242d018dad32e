import { Anchor, Group } from '@mantine/core';
import { DataTable, EmptyState, PageHeader, QueryView, SelectField, useCursorPages } from '@simpul/ui';
import { nodes, useBasePath, useQuery, useT } from '@simpul/web-kit';
import { useState } from 'react';
import { Link } from 'react-router';
import { KIPP } from '../messages';
import { useKippRoles } from '../shared/kipp-roles';
import { EVALUATOR_COMPETITIONS, PANEL_TOP99 } from './evaluator.operations';
import { CategoryName } from '../shared/category-label';

/** The independent panel's worklist: the decided Top 99, each to score at presentation and to verify in the field. */
export function PanelPage() {
  const t = useT(KIPP);
  const to = useBasePath();
  const roles = useKippRoles();
  const isPanel = roles?.evaluatorPanel === 'TPI';
  const competitions = useQuery(EVALUATOR_COMPETITIONS, {}, { skip: !isPanel });
  const [chosen, setChosen] = useState('');
  const crumbs = [{ label: t('title'), to: to() }, { label: t('panel.title') }];
  if (!isPanel) {
    return (
      <>
        <PageHeader title={t('panel.title')} breadcrumbs={crumbs} />
        {roles ? <EmptyState title={t('panel.only')}>{t('panel.onlyHelp')}</EmptyState> : <EmptyState title={t('loading')} />}
      </>
    );
  }
  return (
    <>
      <PageHeader title={t('panel.title')} description={t('panel.description')} breadcrumbs={crumbs} />
      <QueryView query={competitions}>
        {(data) => {
          const list = nodes(data.competitions);
          const competitionId = chosen || list[0]?.id || '';
          if (!competitionId) return <EmptyState title={t('admin.noCompetitions')} />;
          return (
            <>
              <SelectField
                id="panel-competition"
                label={t('col.competition')}
                maw={420}
                mb="md"
                value={competitionId}
                onChange={(e) => setChosen(e.currentTarget.value)}
                data={list.map((c) => ({ value: c.id, label: c.title }))}
              />
              <PanelList competitionId={competitionId} />
            </>
          );
        }}
      </QueryView>
    </>
  );
}

function PanelList({ competitionId }: { competitionId: string }) {
  const t = useT(KIPP);
  const to = useBasePath();
  const pages = useCursorPages(competitionId);
  const query = useQuery(PANEL_TOP99, { competitionId, after: pages.after });
  return (
    <QueryView query={query}>
      {({ proposals }) => (
        <DataTable
          caption={t('panel.caption', { count: proposals.totalCount })}
          columns={[
            { key: 'title', header: t('col.proposal'), cell: (p) => p.title },
            { key: 'agency', header: t('col.agency'), cell: (p) => p.agency.name },
            { key: 'category', header: t('col.category'), cell: (p) => <CategoryName category={p.category} t={t} /> },
            {
              key: 'work',
              header: t('panel.work'),
              cell: (p) => (
                <Group gap="sm">
                  <Anchor
                    component={Link}
                    to={to(`/penilaian/${p.id}?tahap=PRESENTATION`)}
                    aria-label={t('panel.scoreFor', { title: p.title })}
                  >
                    {t('panel.score')}
                  </Anchor>
                  <Anchor
                    component={Link}
                    to={to(`/penilaian/${p.id}?tahap=PRESENTATION#verification-heading`)}
                    aria-label={t('panel.verifyFor', { title: p.title })}
                  >
                    {t('panel.verify')}
                  </Anchor>
                </Group>
              ),
            },
          ]}
          rows={nodes(proposals)}
          rowKey={(p) => p.id}
          pagination={{
            hasNext: proposals.pageInfo.hasNextPage,
            hasPrevious: pages.hasPrevious,
            onNext: () => pages.next(proposals.pageInfo.endCursor),
            onPrevious: pages.previous,
            page: pages.page,
            pageSize: 50,
            totalCount: proposals.totalCount,
          }}
          empty={<EmptyState title={t('panel.none')} />}
        />
      )}
    </QueryView>
  );
}
