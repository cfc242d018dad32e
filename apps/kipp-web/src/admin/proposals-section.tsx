import { Alert, Anchor, Title } from '@mantine/core';
import { DataTable, EmptyState, QueryView, SelectField, useCursorPages } from '@simpul/ui';
import { nodes, useBasePath, useFormat, useQuery, useT } from '@simpul/web-kit';
import { useState } from 'react';
import { Link } from 'react-router';
import { KIPP } from '../messages';
import { PROPOSAL_STATUSES, type ProposalStatus } from '../shared/enums';
import { ProposalStatusBadge } from '../shared/status-badge';
import { COMPETITION_PROPOSALS, STUCK_DRAFTS, type AdminProposalRow, type Competition } from './admin.operations';
import { CategoryName } from '../shared/category-label';

/** Drafts stuck before the deadline (to chase), then every proposal by status, each opening its review page. */
export function ProposalsSection({ competition }: { competition: Competition }) {
  const t = useT(KIPP);
  const to = useBasePath();
  const format = useFormat();
  const [status, setStatus] = useState<ProposalStatus | ''>('SUBMITTED');
  const stuckPages = useCursorPages(competition.id);
  const stuck = useQuery(STUCK_DRAFTS, { competitionId: competition.id, after: stuckPages.after });
  const pages = useCursorPages(`${competition.id}:${status}`);
  const proposals = useQuery(COMPETITION_PROPOSALS, {
    filter: { competitionId: competition.id, status: status || null },
    after: pages.after,
  });
  // Registration closed by the admin before its date: no more days left to chase anyone.
  const closedEarly = competition.stages.find((stage) => stage.stage === 'REGISTRATION')?.decidedAt ?? null;
  const link = (p: AdminProposalRow) => (
    <Anchor component={Link} to={to(`/kompetisi/${competition.id}/usulan/${p.id}`)}>
      {p.title}
    </Anchor>
  );
  return (
    <>
      <Title order={2} size="h3" mb="xs">
        {t('stuck.title')}
      </Title>
      <QueryView query={stuck}>
        {({ stuckDrafts }) => (
          <>
            <Alert
              color={!closedEarly && stuckDrafts.daysLeft <= 7 && stuckDrafts.daysLeft >= 0 ? 'orange' : 'blue'}
              variant="light"
              mb="sm"
            >
              {closedEarly
                ? t('stuck.closed', { date: format.date(closedEarly), count: format.number(stuckDrafts.drafts.totalCount) })
                : stuckDrafts.daysLeft >= 0
                  ? t('stuck.deadline', {
                      date: format.date(stuckDrafts.deadline),
                      days: stuckDrafts.daysLeft,
                      count: format.number(stuckDrafts.drafts.totalCount),
                    })
                  : t('stuck.closed', { date: format.date(stuckDrafts.deadline), count: format.number(stuckDrafts.drafts.totalCount) })}
            </Alert>
            <DataTable
              caption={t('stuck.caption')}
              captionHidden
              columns={[
                { key: 'agency', header: t('col.agency'), cell: (p) => p.agency.name },
                { key: 'title', header: t('col.proposal'), cell: link },
                { key: 'shared', header: t('col.shared'), cell: (p) => (p.sharedWithAdmin ? t('desk.sharedYes') : t('desk.sharedNo')) },
                { key: 'updated', header: t('col.updated'), cell: (p) => format.date(p.updatedAt) },
              ]}
              rows={nodes(stuckDrafts.drafts)}
              rowKey={(p) => p.id}
              pagination={{
                hasNext: stuckDrafts.drafts.pageInfo.hasNextPage,
                hasPrevious: stuckPages.hasPrevious,
                onNext: () => stuckPages.next(stuckDrafts.drafts.pageInfo.endCursor),
                onPrevious: stuckPages.previous,
                page: stuckPages.page,
                pageSize: 50,
                totalCount: stuckDrafts.drafts.totalCount,
              }}
              empty={<EmptyState title={t('stuck.none')} />}
            />
          </>
        )}
      </QueryView>
      <Title order={2} size="h3" mt="xl" mb="xs">
        {t('proposals.title')}
      </Title>
      <SelectField
        id="proposals-status"
        label={t('col.status')}
        maw={320}
        mb="sm"
        value={status}
        onChange={(e) => setStatus(e.currentTarget.value as ProposalStatus | '')}
        data={[
          { value: '', label: t('proposals.allStatuses') },
          ...PROPOSAL_STATUSES.map((s) => ({ value: s, label: t(`proposalStatus.${s}`) })),
        ]}
      />
      <QueryView query={proposals}>
        {(data) => (
          <DataTable
            caption={t('proposals.caption')}
            captionHidden
            columns={[
              { key: 'title', header: t('col.proposal'), cell: link },
              { key: 'agency', header: t('col.agency'), cell: (p) => p.agency.name },
              { key: 'group', header: t('col.group'), cell: (p) => t(`group.${p.group}`) },
              { key: 'category', header: t('col.category'), cell: (p) => <CategoryName category={p.category} t={t} /> },
              { key: 'status', header: t('col.status'), cell: (p) => <ProposalStatusBadge status={p.status} /> },
            ]}
            rows={nodes(data.proposals)}
            rowKey={(p) => p.id}
            loading={proposals.loading}
            pagination={{
              hasNext: data.proposals.pageInfo.hasNextPage,
              hasPrevious: pages.hasPrevious,
              onNext: () => pages.next(data.proposals.pageInfo.endCursor),
              onPrevious: pages.previous,
              page: pages.page,
              pageSize: 50,
              totalCount: data.proposals.totalCount,
            }}
            empty={<EmptyState title={t('proposals.none')} />}
          />
        )}
      </QueryView>
    </>
  );
}
