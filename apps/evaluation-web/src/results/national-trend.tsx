import { Stack, Title } from '@mantine/core';
import { DataTable, GradeBadge } from '@simpul/ui';
import { useFormat, useQuery, useT } from '@simpul/web-kit';
import { EVALUATION } from '../messages';
import { NATIONAL_TREND } from './results.operations';
import { TrendChart } from './trend-chart';

/** National IPP per year: published figures and computed cycles, as a chart with its table. */
export function NationalTrend() {
  const t = useT(EVALUATION);
  const format = useFormat();
  const query = useQuery(NATIONAL_TREND, {});
  const points = (query.data?.nationalIppTrend ?? []).filter((p) => p.value !== null);
  if (points.length === 0) return null;
  return (
    <Stack component="section" aria-labelledby="trend-title" gap="sm">
      <Title order={2} size="h3" id="trend-title">{t('trend.title')}</Title>
      <TrendChart points={points.map((p) => ({ label: String(p.year), value: p.value as number }))} />
      <DataTable
        caption={t('trend.caption')}
        rows={points}
        rowKey={(p) => String(p.year)}
        columns={[
          { key: 'year', header: t('col.year'), cell: (p) => p.year, sortValue: (p) => p.year, numeric: true },
          { key: 'value', header: t('col.ipp'), cell: (p) => format.number(p.value as number, 2), sortValue: (p) => p.value as number, numeric: true },
          { key: 'change', header: t('col.change'), cell: (p) => (p.change === null ? '–' : `${p.change > 0 ? '+' : ''}${format.number(p.change, 2)}`), numeric: true },
          { key: 'category', header: t('col.category'), cell: (p) => (p.category ? <GradeBadge grade={p.category} /> : '–') },
          { key: 'source', header: t('col.source'), cell: (p) => t(`trend.source.${p.source}`) },
        ]}
      />
    </Stack>
  );
}
