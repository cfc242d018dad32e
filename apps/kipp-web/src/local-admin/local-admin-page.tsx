import { Alert, Anchor, Text, Title } from '@mantine/core';
import { DataTable, EmptyState, PageHeader, QueryView, SelectField, useCursorPages } from '@simpul/ui';
import { nodes, useBasePath, useFormat, useQuery, useT } from '@simpul/web-kit';
import { useState } from 'react';
import { Link } from 'react-router';
import { STUCK_DRAFTS } from '../admin/admin.operations';
import { StatusChecksSection } from '../catalogue/status-checks-section';
import { KIPP } from '../messages';
import { useKippRoles } from '../shared/kipp-roles';
import { LOCAL_ADMIN_COMPETITIONS, REVIEW_QUEUE } from './local-admin.operations';

/**
 * The local admin's work for the agencies KIPP appointed them to: the drafts shared for review,
 * the drafts still stuck before the registration deadline, and the yearly status checks.
 */
export function LocalAdminPage() {
  const t = useT(KIPP);
  const to = useBasePath();
  const roles = useKippRoles();
  const isLocalAdmin = (roles?.localAdminOf.length ?? 0) > 0;
  const competitions = useQuery(LOCAL_ADMIN_COMPETITIONS, {}, { skip: !isLocalAdmin });
  const [chosen, setChosen] = useState('');
  const crumbs = [{ label: t('title'), to: to() }, { label: t('localAdmin.title') }];
  if (!isLocalAdmin) {
    return (
      <>
        <PageHeader title={t('localAdmin.title')} breadcrumbs={crumbs} />
        {roles ? <EmptyState title={t('localAdmin.only')}>{t('localAdmin.onlyHelp')}</EmptyState> : <EmptyState title={t('loading')} />}
      </>
    );
  }
  const agencies = roles?.localAdminOf.map((binding) => binding.agency.name).join(', ') ?? '';
  return (
    <>
      <PageHeader title={t('localAdmin.title')} description={t('localAdmin.description', { agencies })} breadcrumbs={crumbs} />
      <QueryView query={competitions}>
        {(data) => {
          const list = nodes(data.competitions);
          // The competition still registering comes first: that is where drafts wait.
          const open = list.find((c) => !c.stages.find((s) => s.stage === 'REGISTRATION')?.decidedAt);
          const competitionId = chosen || open?.id || list[0]?.id || '';
          if (!competitionId) return <EmptyState title={t('admin.noCompetitions')} />;
          return (
            <>
              <SelectField
                id="local-admin-competition"
                label={t('col.competition')}
                maw={420}
                mb="lg"
                value={competitionId}
                onChange={(e) => setChosen(e.currentTarget.value)}
                data={list.map((c) => ({ value: c.id, label: c.title }))}
              />
              <ReviewQueue competitionId={competitionId} />
              <StuckDrafts competitionId={competitionId} />
            </>
          );
        }}
      </QueryView>
      <StatusChecksSection />
    </>
  );
}

function ReviewQueue({ competitionId }: { competitionId: string }) {
  const t = useT(KIPP);
  const to = useBasePath();
  const format = useFormat();
  const pages = useCursorPages(competitionId);
  const query = useQuery(REVIEW_QUEUE, { competitionId, after: pages.after });
  return (
    <section aria-labelledby="review-queue">
      <Title order={2} size="h3" id="review-queue" mb="xs">
        {t('localAdmin.queue')}
      </Title>
      <QueryView query={query}>
        {({ proposals }) => (
          <DataTable
            caption={t('localAdmin.queueCaption', { count: format.number(proposals.totalCount) })}
            columns={[
              {
                key: 'title',
                header: t('col.proposal'),
                cell: (p) => (
                  <Anchor component={Link} to={to(`/admin-lokal/usulan/${p.id}`)}>
                    {p.title}
                  </Anchor>
                ),
              },
              { key: 'unit', header: t('localAdmin.unit'), cell: (p) => p.serviceUnit.name },
              { key: 'group', header: t('col.group'), cell: (p) => t(`group.${p.group}`) },
              { key: 'updated', header: t('col.updated'), cell: (p) => format.date(p.updatedAt) },
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
            empty={<EmptyState title={t('localAdmin.queueEmpty')} />}
          />
        )}
      </QueryView>
    </section>
  );
}

function StuckDrafts({ competitionId }: { competitionId: string }) {
  const t = useT(KIPP);
  const format = useFormat();
  const pages = useCursorPages(`stuck:${competitionId}`);
  const query = useQuery(STUCK_DRAFTS, { competitionId, after: pages.after });
  return (
    <section aria-labelledby="stuck-drafts">
      <Title order={2} size="h3" id="stuck-drafts" mt="xl" mb="xs">
        {t('stuck.title')}
      </Title>
      <QueryView query={query}>
        {({ stuckDrafts }) => (
          <>
            <Alert color={stuckDrafts.daysLeft <= 7 && stuckDrafts.daysLeft >= 0 ? 'orange' : 'blue'} variant="light" mb="sm">
              {stuckDrafts.daysLeft >= 0
                ? t('stuck.deadline', {
                    date: format.date(stuckDrafts.deadline),
                    days: stuckDrafts.daysLeft,
                    count: format.number(stuckDrafts.drafts.totalCount),
                  })
                : t('stuck.closed', { date: format.date(stuckDrafts.deadline), count: format.number(stuckDrafts.drafts.totalCount) })}
            </Alert>
            <Text size="sm" c="dimmed" mb="sm">
              {t('localAdmin.stuckSharedOnly')}
            </Text>
            <DataTable
              caption={t('stuck.caption')}
              captionHidden
              columns={[
                { key: 'title', header: t('col.proposal'), cell: (p) => p.title },
                { key: 'agency', header: t('col.agency'), cell: (p) => p.agency.name },
                { key: 'updated', header: t('col.updated'), cell: (p) => format.date(p.updatedAt) },
              ]}
              rows={nodes(stuckDrafts.drafts)}
              rowKey={(p) => p.id}
              pagination={{
                hasNext: stuckDrafts.drafts.pageInfo.hasNextPage,
                hasPrevious: pages.hasPrevious,
                onNext: () => pages.next(stuckDrafts.drafts.pageInfo.endCursor),
                onPrevious: pages.previous,
                page: pages.page,
                pageSize: 50,
                totalCount: stuckDrafts.drafts.totalCount,
              }}
              empty={<EmptyState title={t('stuck.none')} />}
            />
          </>
        )}
      </QueryView>
    </section>
  );
}
