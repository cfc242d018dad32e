import { Anchor, Group, List, Stack, Text } from '@mantine/core';
import { DataTable, EmptyState, PageHeader, QueryView } from '@simpul/ui';
import { useBasePath, useFormat, useLanguage, useQuery, useT } from '@simpul/web-kit';
import { Link, useParams } from 'react-router';
import { EVALUATION } from '../messages';
import { COHORT } from './cohort-messages';
import { PEER_COMPARISON, type PeerGroupData } from './cohort.operations';
import { PeersChart } from './peers-chart';

/** One unit against its cohort, its province and its kind in one cycle: a chart and the same figures as a table. */
export function PeersPage() {
  const { lokusId = '' } = useParams();
  const t = useT(COHORT);
  const te = useT(EVALUATION);
  const to = useBasePath();
  const format = useFormat();
  const [language] = useLanguage();
  const query = useQuery(PEER_COMPARISON, { lokusId });
  const peers = query.data?.peerComparison ?? null;
  const label = (group: PeerGroupData) => (language === 'en' ? group.labelEn : group.label);
  const number = (value: number | null | undefined) => (value === null || value === undefined ? '–' : format.number(value, 2));

  const header = (
    <PageHeader
      title={t('peers.title', { unit: peers?.unitName ?? '…' })}
      description={peers ? t('peers.description', { cycle: peers.cycleName }) : undefined}
      breadcrumbs={[
        { label: te('title'), to: to() },
        ...(peers
          ? [
              { label: peers.cycleName, to: to(`/cycles/${peers.cycleId}`) },
              { label: t('ranking.crumb'), to: to(`/cycles/${peers.cycleId}/cohorts/${encodeURIComponent(peers.cohort)}`) },
            ]
          : []),
        { label: t('peers.crumb') },
      ]}
    />
  );
  return (
    <Stack gap="lg">
      {header}
      <QueryView query={query} errorTitle={t('peers.loadFailed')} refused={{ title: t('peers.refused'), message: t('peers.refusedHelp') }}>
        {({ peerComparison: peers }) => {
          const others = peers.groups.some((group) => group.points.some((point) => !point.isUnit));
          const summary = t('peers.chartSummary', {
            unit: peers.unitName,
            index: number(peers.index),
            groups: peers.groups
              .map((group) =>
                group.unitPosition !== null && group.unitPosition !== undefined
                  ? t('peers.groupSummary', {
                      group: label(group),
                      position: group.unitPosition,
                      count: group.count,
                      mean: number(group.mean),
                    })
                  : t('peers.groupSummaryNoPosition', { group: label(group), count: group.count, mean: number(group.mean) }),
              )
              .join('; '),
          });
          return (
            <>
              {peers.index === null && <Text>{t('peers.noResult')}</Text>}
              {!others ? (
                <EmptyState title={t('peers.empty')}>{t('peers.emptyHelp')}</EmptyState>
              ) : (
                <Stack component="figure" gap="sm" m={0}>
                  <Text component="figcaption" fw={600}>
                    {t('peers.chartTitle')}
                  </Text>
                  <PeersChart
                    index={peers.index}
                    groups={peers.groups.map((group) => ({ ...group, label: label(group) }))}
                    summary={summary}
                  />
                  <List size="sm" aria-label={t('peers.chartTitle')}>
                    <List.Item>{t('peers.legendUnit')}</List.Item>
                    <List.Item>{t('peers.legendPeer')}</List.Item>
                    <List.Item>{t('peers.legendMean')}</List.Item>
                  </List>
                </Stack>
              )}
              <DataTable<PeerGroupData>
                caption={t('peers.caption', { unit: peers.unitName })}
                rows={peers.groups}
                rowKey={(group) => group.kind}
                columns={[
                  { key: 'group', header: t('peers.col.group'), cell: (group) => label(group) },
                  { key: 'count', header: t('peers.col.count'), cell: (group) => group.count, numeric: true },
                  {
                    key: 'position',
                    header: t('peers.col.position'),
                    cell: (group) =>
                      group.unitPosition === null || group.unitPosition === undefined
                        ? '–'
                        : t('peers.position', { position: group.unitPosition, count: group.count }),
                  },
                  { key: 'mean', header: t('peers.col.mean'), cell: (group) => number(group.mean), numeric: true },
                  {
                    key: 'range',
                    header: t('peers.col.range'),
                    cell: (group) => (group.min === null ? '–' : t('peers.range', { min: number(group.min), max: number(group.max) })),
                  },
                ]}
              />
              <Group>
                <Anchor component={Link} to={to(`/cycles/${peers.cycleId}/cohorts/${encodeURIComponent(peers.cohort)}`)}>
                  {t('peers.backToRanking')}
                </Anchor>
              </Group>
            </>
          );
        }}
      </QueryView>
    </Stack>
  );
}
