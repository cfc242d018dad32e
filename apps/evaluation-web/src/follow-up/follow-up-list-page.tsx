import { Anchor, Stack } from '@mantine/core';
import { DataTable, EmptyState, PageHeader, QueryView, SelectField, serverPagination, useCursorPages } from '@simpul/ui';
import { useBasePath, useQuery, useSession, useT } from '@simpul/web-kit';
import { useState } from 'react';
import { Link } from 'react-router';
import type { FollowUpPlanStatus } from '../__generated__/operations';
import { EVALUATION } from '../messages';
import { FOLLOW_UP } from './messages';
// This page's texts register with it, apart from the link and summary the home and the rapor show.
import './page-messages';
import { FOLLOW_UP_PLANS, type FollowUpPlanRow } from './follow-up.operations';

const PAGE = 20;
const STATUSES: readonly FollowUpPlanStatus[] = ['SUBMITTED', 'DRAFT', 'RETURNED', 'ACCEPTED'];

/** The plans the viewer may see, newest first; an evaluator or the admin starts on those awaiting review. */
export function FollowUpListPage() {
  const t = useT(FOLLOW_UP);
  const te = useT(EVALUATION);
  const to = useBasePath();
  const { user } = useSession();
  const [status, setStatus] = useState<FollowUpPlanStatus | ''>(user && user.role !== 'UNIT_DESK' ? 'SUBMITTED' : '');
  const pages = useCursorPages(status);
  const query = useQuery(FOLLOW_UP_PLANS, { status: status || null, first: PAGE, after: pages.after });
  const statusName = status ? t(`status.${status}`) : '';
  const role = user?.role === 'UNIT_DESK' || user?.role === 'EVALUATOR' ? user.role : 'NATIONAL_ADMIN';
  return (
    <Stack gap="lg">
      <PageHeader
        title={t('list.title')}
        description={t(`list.description.${role}`)}
        breadcrumbs={[{ label: te('title'), to: to() }, { label: t('list.title') }]}
      />
      <SelectField
        id="follow-up-status"
        label={t('list.filter')}
        value={status}
        onChange={(event) => setStatus(event.currentTarget.value as FollowUpPlanStatus | '')}
        data={[{ value: '', label: t('list.all') }, ...STATUSES.map((value) => ({ value, label: t(`status.${value}`) }))]}
        maw={320}
      />
      <QueryView query={query}>
        {({ followUpPlans }) =>
          followUpPlans.totalCount === 0 ? (
            <EmptyState title={status ? t('list.noneStatus', { status: statusName }) : t('list.none')}>{t('list.noneHelp')}</EmptyState>
          ) : (
            <DataTable<FollowUpPlanRow>
              caption={t('list.caption')}
              rows={followUpPlans.edges.map((edge) => edge.node)}
              rowKey={(plan) => plan.id}
              loading={query.loading}
              pagination={serverPagination(followUpPlans, pages, PAGE)}
              columns={[
                { key: 'unit', header: t('col.unit'), cell: (plan) => plan.unitName },
                { key: 'year', header: t('col.year'), cell: (plan) => String(plan.year) },
                { key: 'status', header: t('col.status'), cell: (plan) => t(`status.${plan.status}`) },
                {
                  key: 'progress',
                  header: t('col.progress'),
                  cell: (plan) =>
                    t('progressCell', {
                      done: plan.actions.filter((action) => action.status === 'DONE').length,
                      total: plan.actions.length,
                    }),
                },
                {
                  key: 'open',
                  header: t('col.open'),
                  cell: (plan) => (
                    <Anchor component={Link} to={to(`/lokus/${plan.lokusId}/tindak-lanjut`)}>
                      {t('open', { unit: plan.unitName, year: plan.year })}
                    </Anchor>
                  ),
                },
              ]}
            />
          )
        }
      </QueryView>
    </Stack>
  );
}
