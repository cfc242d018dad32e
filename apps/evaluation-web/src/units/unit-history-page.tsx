import { Anchor, Group, Stack } from '@mantine/core';
import { DataTable, EmptyState, PageHeader, GradeBadge, QueryView } from '@simpul/ui';
import { FigureOrigin } from '../results/figure-origin';
import { useFormat, useQuery, useT, useBasePath } from '@simpul/web-kit';
import { Link, useParams } from 'react-router';
import { EVALUATION } from '../messages';
import { GapLink } from '../gap/gap-link';
import { COMPARISON } from '../comparison/comparison-messages';
import { UNIT_WITH_HISTORY } from '../results/results.operations';
import { TrendChart } from '../results/trend-chart';
import { CohortName } from '../shared/cohort-name';

/** A unit's IPP across cycles (`ServiceUnit.ippResults`), for anyone: chart and table. */
export function UnitHistoryPage() {
  const { unitId = '' } = useParams();
  const t = useT(EVALUATION);
  const to = useBasePath();
  const format = useFormat();
  const c = useT(COMPARISON);
  const query = useQuery(UNIT_WITH_HISTORY, { id: unitId });
  return (
    <QueryView query={query}>
      {({ serviceUnit }) =>
        !serviceUnit ? (
          <EmptyState title={t('unit.notFound')} />
        ) : (
          <Stack gap="lg">
            <PageHeader
              title={t('unit.title', { unit: serviceUnit.name })}
              breadcrumbs={[{ label: t('title'), to: to() }, { label: serviceUnit.name }]}
              actions={
                <Group gap="md">
                  <GapLink serviceUnitId={serviceUnit.id} />
                  {/* The unit's two latest cycles, side by side aspect by aspect. */}
                  {serviceUnit.ippResults.length >= 2 && (
                    <Anchor
                      component={Link}
                      to={to(
                        `/bandingkan?${new URLSearchParams({
                          first: serviceUnit.ippResults[serviceUnit.ippResults.length - 2].cycleId,
                          second: serviceUnit.ippResults[serviceUnit.ippResults.length - 1].cycleId,
                          unit: serviceUnit.id,
                        })}`,
                      )}
                    >
                      {c('link')}
                    </Anchor>
                  )}
                </Group>
              }
            />
            {serviceUnit.ippResults.length === 0 ? (
              <EmptyState title={t('unit.none')} />
            ) : (
              <>
                <TrendChart
                  points={serviceUnit.ippResults.map((r) => ({ label: r.cycleName, value: r.index, origin: r.origin, year: r.year }))}
                />
                <DataTable
                  caption={t('unit.caption', { unit: serviceUnit.name })}
                  rows={serviceUnit.ippResults}
                  rowKey={(r) => r.cycleId}
                  columns={[
                    {
                      key: 'cycle',
                      header: t('col.cycle'),
                      cell: (r) => `${r.cycleName} (${t(`schemeName.${r.scheme}`)})`,
                      sortValue: (r) => r.year,
                    },
                    {
                      key: 'ipp',
                      header: t('col.ipp'),
                      cell: (r) => (
                        <Anchor component={Link} to={to(`/lokus/${r.lokusId}/rapor`)}>
                          {format.number(r.index, 2)}
                        </Anchor>
                      ),
                      sortValue: (r) => r.index,
                      numeric: true,
                    },
                    { key: 'category', header: t('col.category'), cell: (r) => <GradeBadge grade={r.category} /> },
                    {
                      key: 'rank',
                      header: t('col.rank'),
                      cell: (r) => (r.rank && r.cohortSize ? t('rank', { rank: r.rank, size: r.cohortSize }) : t('unit.noRank')),
                    },
                    { key: 'cohort', header: t('col.cohort'), cell: (r) => <CohortName of={r} /> },
                    { key: 'origin', header: t('col.origin'), cell: (r) => <FigureOrigin origin={r.origin} source={r.source} /> },
                    { key: 'published', header: t('col.status'), cell: (r) => (r.published ? t('unit.published') : t('unit.unpublished')) },
                  ]}
                />
              </>
            )}
          </Stack>
        )
      }
    </QueryView>
  );
}
