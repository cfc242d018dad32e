import { Anchor, Stack, Text } from '@mantine/core';
import { DataTable, EmptyState, PageHeader, QueryView, SelectField, serverPagination, useCursorPages } from '@simpul/ui';
import { useBasePath, useFormat, useQuery, useSession, useT } from '@simpul/web-kit';
import { useState } from 'react';
import { Link, useParams } from 'react-router';
import type { AppealStatus } from '../__generated__/operations';
import { CYCLE } from '../cycles/cycle.operations';
import { EVALUATION } from '../messages';
import { CYCLE_APPEALS, type CycleAppeal } from './appeals.operations';

const APPEAL_PAGE = 20;
const STATUSES: readonly AppealStatus[] = ['OPEN', 'RESCORED', 'REJECTED'];

/**
 * A cycle's appeals for the admin (all) and an evaluator (their lokus'), newest first, filtered by
 * status; each opens its lokus, where the appeal is decided (or its decision read).
 */
export function CycleAppealsPage() {
  const { cycleId = '' } = useParams();
  const t = useT(EVALUATION);
  const to = useBasePath();
  const format = useFormat();
  const { user } = useSession();
  const [status, setStatus] = useState<AppealStatus | ''>('');
  const pages = useCursorPages(`${cycleId}:${status}`);
  const cycle = useQuery(CYCLE, { id: cycleId });
  const query = useQuery(CYCLE_APPEALS, { cycleId, status: status || null, first: APPEAL_PAGE, after: pages.after });
  const cycleName = cycle.data?.evaluationCycle.name ?? '…';
  const statusName = status ? t(`appeals.status.${status}`) : '';
  return (
    <Stack gap="lg">
      <PageHeader
        title={t('appealList.title', { cycle: cycleName })}
        description={user?.role === 'EVALUATOR' ? t('appealList.description.EVALUATOR') : t('appealList.description.NATIONAL_ADMIN')}
        breadcrumbs={[
          { label: t('title'), to: to() },
          { label: cycleName, to: to(`/cycles/${cycleId}`) },
          { label: t('appealList.crumb') },
        ]}
      />
      <SelectField
        id="appeal-status"
        label={t('appealList.status')}
        value={status}
        onChange={(e) => setStatus(e.currentTarget.value as AppealStatus | '')}
        data={[{ value: '', label: t('appealList.all') }, ...STATUSES.map((value) => ({ value, label: t(`appeals.status.${value}`) }))]}
        maw={320}
      />
      <QueryView query={query}>
        {({ cycleAppeals }) =>
          cycleAppeals.totalCount === 0 ? (
            <EmptyState title={status ? t('appealList.noneStatus', { status: statusName }) : t('appealList.none')}>
              {t('appealList.noneHelp')}
            </EmptyState>
          ) : (
            <DataTable<CycleAppeal>
              caption={status ? t('appealList.captionStatus', { status: statusName }) : t('appealList.caption')}
              rows={cycleAppeals.edges.map((edge) => edge.node)}
              rowKey={(a) => a.id}
              loading={query.loading}
              pagination={serverPagination(cycleAppeals, pages, APPEAL_PAGE)}
              columns={[
                { key: 'filed', header: t('appealList.col.filed'), cell: (a) => format.date(a.filedAt) },
                { key: 'unit', header: t('col.unit'), cell: (a) => a.unitName },
                { key: 'indicator', header: t('appealList.col.indicator'), cell: (a) => a.indicatorCode },
                {
                  key: 'levels',
                  header: t('appealList.col.levels'),
                  cell: (a) =>
                    a.requestedLevel === null
                      ? t('appealList.levelsOnly', { disputed: a.disputedLevel })
                      : t('appealList.levels', { disputed: a.disputedLevel, requested: a.requestedLevel }),
                },
                { key: 'status', header: t('col.status'), cell: (a) => t(`appeals.status.${a.status}`) },
                {
                  key: 'decision',
                  header: t('appealList.col.decision'),
                  cell: (a) =>
                    a.decidedAt ? (
                      <Text size="sm">
                        {format.date(a.decidedAt)}
                        {a.newLevel !== null ? `, ${t('appealList.newLevel', { level: a.newLevel })}` : ''}
                        {a.decisionReason ? `: ${a.decisionReason}` : ''}
                      </Text>
                    ) : (
                      '–'
                    ),
                },
                {
                  key: 'open',
                  header: t('col.actions'),
                  cell: (a) => {
                    const open = a.status === 'OPEN';
                    return (
                      <Anchor
                        component={Link}
                        to={to(`/lokus/${a.lokusId}`)}
                        aria-label={t(open ? 'appealList.decideNamed' : 'appealList.viewNamed', {
                          unit: a.unitName,
                          code: a.indicatorCode,
                        })}
                      >
                        {t(open ? 'appealList.decide' : 'appealList.view')}
                      </Anchor>
                    );
                  },
                },
              ]}
            />
          )
        }
      </QueryView>
    </Stack>
  );
}
