import { SimpleGrid, Text } from '@mantine/core';
import { DataTable } from '@simpul/ui';
import { useFormat, useT } from '@simpul/web-kit';
import { KIPP } from '../messages';
import type { ScoreAggregate } from './admin.operations';

/** The aggregate of one stage (mean, or trimmed mean with ≥ 3 evaluators), its spread, and each score with outliers marked. */
export function AggregateTable({ aggregate, names }: { aggregate: ScoreAggregate; names: Record<string, string> }) {
  const t = useT(KIPP);
  const format = useFormat();
  const n = (value: number | null) => (value === null ? '—' : format.number(value, 2));
  return (
    <>
      <SimpleGrid cols={{ base: 2, sm: 5 }} component="dl" mb="sm">
        {[
          ['aggregate.value', n(aggregate.value)],
          ['aggregate.mean', n(aggregate.mean)],
          ['aggregate.trimmedMean', n(aggregate.trimmedMean)],
          ['aggregate.range', `${n(aggregate.min)} – ${n(aggregate.max)}`],
          ['aggregate.spread', n(aggregate.spread)],
        ].map(([key, value]) => (
          <div key={key}>
            <Text component="dt" size="sm" c="dimmed">
              {t(key)}
            </Text>
            <Text component="dd" m={0} fw={700}>
              {value}
            </Text>
          </div>
        ))}
      </SimpleGrid>
      <DataTable
        caption={t('aggregate.scores', { count: aggregate.evaluators })}
        columns={[
          { key: 'who', header: t('col.evaluator'), cell: (s) => names[s.evaluatorId] ?? s.evaluatorId.slice(0, 8) },
          { key: 'total', header: t('aggregate.total'), cell: (s) => format.number(s.total, 2), sortValue: (s) => s.total, numeric: true },
          {
            key: 'outlier',
            header: t('aggregate.outlier'),
            cell: (s) =>
              s.outlier ? (
                <Text span fw={700} c="red.9">
                  ⚠ {t('aggregate.outlierYes')}
                </Text>
              ) : (
                t('aggregate.outlierNo')
              ),
          },
          { key: 'comment', header: t('aggregate.comment'), cell: (s) => s.comment },
        ]}
        rows={aggregate.scores}
        rowKey={(s) => s.evaluatorId}
      />
    </>
  );
}
