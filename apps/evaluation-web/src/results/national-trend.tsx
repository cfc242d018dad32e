import { List, Stack, Text, Title } from '@mantine/core';
import { DataTable, GradeBadge, OriginBadge } from '@simpul/ui';
import { useFormat, useQuery, useT } from '@simpul/web-kit';
import { EVALUATION } from '../messages';
import { NATIONAL_TREND, type TrendPoint } from './results.operations';
import { TrendChart } from './trend-chart';

/**
 * The national IPP series: official figures joined by a line, and the mean of each published national
 * PEMANTAUAN cycle as a separate hollow point named by its cycle. Every point names its source.
 */
export function NationalTrend() {
  const t = useT(EVALUATION);
  const format = useFormat();
  const query = useQuery(NATIONAL_TREND, {});
  const points = (query.data?.nationalIppTrend ?? []).filter((p): p is TrendPoint & { value: number } => p.value !== null);
  if (points.length === 0) return null;
  const derived = points.some((p) => p.origin !== 'OFFICIAL');
  return (
    <Stack component="section" aria-labelledby="trend-title" gap="sm">
      <Title order={2} size="h3" id="trend-title">
        {t('trend.title')}
      </Title>
      <Text size="sm">{t('trend.note')}</Text>
      <TrendChart
        line="official"
        points={points.map((p) => ({ label: p.cycleName ?? String(p.year), value: p.value, origin: p.origin, year: p.year }))}
      />
      <List size="sm" aria-label={t('trend.title')}>
        <List.Item>{t('trend.legendOfficial')}</List.Item>
        {derived && <List.Item>{t('trend.legendDerived')}</List.Item>}
      </List>
      <DataTable
        caption={t('trend.caption')}
        rows={points}
        rowKey={(p) => p.cycleId ?? String(p.year)}
        columns={[
          { key: 'year', header: t('col.year'), cell: (p) => p.year, sortValue: (p) => p.year, numeric: true },
          { key: 'value', header: t('col.ipp'), cell: (p) => format.number(p.value, 2), sortValue: (p) => p.value, numeric: true },
          {
            key: 'change',
            header: t('col.change'),
            cell: (p) => (p.change === null ? '–' : `${p.change > 0 ? '+' : ''}${format.number(p.change, 2)}`),
            numeric: true,
          },
          { key: 'category', header: t('col.category'), cell: (p) => (p.category ? <GradeBadge grade={p.category} /> : '–') },
          // The badge says official; a computed point also says what it was computed from.
          {
            key: 'kind',
            header: t('col.kind'),
            cell: (p) => (
              <Stack gap={2} align="flex-start">
                <OriginBadge origin={p.origin} />
                {p.basis === 'COMPUTED' && <Text size="sm">{t('trend.source.COMPUTED')}</Text>}
              </Stack>
            ),
          },
          { key: 'source', header: t('col.source'), cell: (p) => p.source },
        ]}
      />
    </Stack>
  );
}
