import { Group, Paper, Stack, Text, Title } from '@mantine/core';
import {
  DataTable,
  EmptyState,
  GradeBadge,
  OriginBadge,
  PageHeader,
  QueryView,
  serverPagination,
  useCursorPages,
  type SortState,
} from '@simpul/ui';
import { useBasePath, useFormat, useQuery, useT } from '@simpul/web-kit';
import { useState } from 'react';
import { useParams } from 'react-router';
import { CYCLE } from '../cycles/cycle.operations';
import { EVALUATION } from '../messages';
import { CYCLE_AGGREGATES, type AggregateFigure } from './aggregates.operations';
import { useFigureColumns } from './figure-columns';
import { aggregateOrder } from './order';

const INSTANSI_PAGE = 20;

/**
 * A cycle's mean IPP nationally, per province (at most 38: one sortable table) and per instansi
 * (many: sorted and paged by the server). Public once the cycle is published, the admin's before.
 */
export function AggregatesPage() {
  const { cycleId = '' } = useParams();
  const t = useT(EVALUATION);
  const to = useBasePath();
  const format = useFormat();
  const figureColumns = useFigureColumns();
  const [sort, setSort] = useState<SortState>({ key: 'name', direction: 'asc' });
  const pages = useCursorPages(`${cycleId}:${sort.key}:${sort.direction}`);
  const cycle = useQuery(CYCLE, { id: cycleId });
  const query = useQuery(CYCLE_AGGREGATES, { cycleId, order: aggregateOrder(sort), first: INSTANSI_PAGE, after: pages.after });
  const cycleName = cycle.data?.evaluationCycle.name ?? '…';
  const nameColumn = (header: string) => ({
    key: 'name',
    header,
    cell: (f: AggregateFigure) => f.name ?? t('aggregates.unnamed'),
    sortValue: (f: AggregateFigure) => f.name ?? '',
  });
  return (
    <Stack gap="lg">
      <PageHeader
        title={t('aggregates.title', { cycle: cycleName })}
        description={t('aggregates.description')}
        breadcrumbs={[
          { label: t('title'), to: to() },
          { label: cycleName, to: to(`/cycles/${cycleId}`) },
          { label: t('aggregates.crumb') },
        ]}
      />
      <QueryView query={query} refused={{ title: t('aggregates.refused'), message: t('aggregates.refusedHelp') }}>
        {({ cycleAggregates: { nation, province, instansi } }) =>
          nation.count === 0 ? (
            <EmptyState title={t('aggregates.none')}>{t('aggregates.noneHelp')}</EmptyState>
          ) : (
            <Stack gap="xl">
              <Paper withBorder p="md" component="section" aria-labelledby="nation-title">
                <Stack gap="xs">
                  <Title order={2} size="h3" id="nation-title">
                    {t('aggregates.nationTitle')}
                  </Title>
                  <Group gap="sm">
                    <Text size="lg" fw={600}>
                      {t('aggregates.nationFigure', {
                        value: nation.value === null ? t('aggregates.noValue') : format.number(nation.value, 2),
                        count: format.number(nation.count),
                        min: nation.min === null ? '–' : format.number(nation.min, 2),
                        max: nation.max === null ? '–' : format.number(nation.max, 2),
                      })}
                    </Text>
                    {nation.category && <GradeBadge grade={nation.category} />}
                    <OriginBadge origin={nation.origin} />
                  </Group>
                  <Text size="sm">{t('aggregates.method')}</Text>
                </Stack>
              </Paper>
              <DataTable<AggregateFigure>
                caption={t('aggregates.provinceCaption')}
                rows={province}
                rowKey={(f) => f.group}
                columns={[nameColumn(t('col.province')), ...figureColumns]}
              />
              <DataTable<AggregateFigure>
                caption={t('aggregates.instansiCaption')}
                rows={instansi.edges.map((edge) => edge.node)}
                rowKey={(f) => f.group}
                sort={sort}
                onSortChange={setSort}
                loading={query.loading}
                pagination={serverPagination(instansi, pages, INSTANSI_PAGE)}
                columns={[
                  { ...nameColumn(t('aggregates.col.instansi')), sortValue: undefined, sortable: true },
                  ...figureColumns.map((column) =>
                    column.key === 'count' || column.key === 'mean'
                      ? { ...column, sortValue: undefined, sortable: true }
                      : { ...column, sortValue: undefined },
                  ),
                ]}
              />
            </Stack>
          )
        }
      </QueryView>
    </Stack>
  );
}
