import { Text } from '@mantine/core';
import { DataTable } from '@simpul/ui';
import { useFormat, useT } from '@simpul/web-kit';
import { KIPP } from '../messages';
import type { BalanceDimension } from './admin.operations';
import { categoryLabel } from '../shared/category-label';

const BAR_HEIGHT = 10;
const ROW_HEIGHT = 34;
const LABEL_WIDTH = 250;
const LABEL_CHARS = 34;
const CHART_WIDTH = 300;

/** Shares come as percents (0–100); the gap is in percentage points, positive when over-represented. */
export function representationGap(bucket: BalanceDimension['buckets'][number]): number {
  return bucket.shortlistShare - bucket.poolShare;
}

/**
 * One balance dimension: paired bars (shortlist solid, pool outlined: told apart by fill, not only
 * colour) with the same numbers in the table beneath, which is what screen readers use.
 */
export function BalanceChart({
  dimension,
  label,
  provinceNames = {},
}: {
  dimension: BalanceDimension;
  label: string;
  provinceNames?: Record<string, string>;
}) {
  const t = useT(KIPP);
  const format = useFormat();
  const percent = (share: number) => `${format.number(share, 1)} %`;
  const buckets = dimension.buckets;
  const max = Math.max(1, ...buckets.flatMap((b) => [b.shortlistShare, b.poolShare]));
  const height = buckets.length * ROW_HEIGHT + 24;
  const name = (value: string) => {
    if (dimension.dimension === 'GROUP') return t(`group.${value}`);
    if (dimension.dimension === 'AGENCY_TYPE') return t(`agencyType.${value}`);
    if (dimension.dimension === 'REGION_3T') return t(`in3t.${value}`);
    if (dimension.dimension === 'PROVINCE') return provinceNames[value] ?? value;
    if (dimension.dimension === 'CATEGORY') return categoryLabel(value, t);
    return value;
  };
  // Long names are cut in the chart only; the table beneath has them whole.
  const short = (text: string) => (text.length > LABEL_CHARS ? `${text.slice(0, LABEL_CHARS - 1)}…` : text);
  return (
    <figure style={{ margin: '0 0 var(--mantine-spacing-xl)' }}>
      <figcaption>
        <Text fw={700} mb="xs">
          {label}
        </Text>
      </figcaption>
      <svg
        width="100%"
        viewBox={`0 0 ${LABEL_WIDTH + CHART_WIDTH + 80} ${height}`}
        role="img"
        aria-label={t('balance.chartLabel', { dimension: label })}
        style={{ maxWidth: 640 }}
      >
        <g transform="translate(0, 12)">
          <rect x={LABEL_WIDTH} y={-10} width={BAR_HEIGHT} height={BAR_HEIGHT} fill="#1a4f8b" />
          <text x={LABEL_WIDTH + 14} y={-1} fontSize="11" fill="#212529">
            {t('balance.shortlist')}
          </text>
          <rect x={LABEL_WIDTH + 120} y={-10} width={BAR_HEIGHT} height={BAR_HEIGHT} fill="#fff" stroke="#495057" strokeWidth="1.5" />
          <text x={LABEL_WIDTH + 134} y={-1} fontSize="11" fill="#212529">
            {t('balance.pool')}
          </text>
        </g>
        {buckets.map((bucket, index) => {
          const y = 24 + index * ROW_HEIGHT;
          return (
            <g key={bucket.value}>
              <text x={LABEL_WIDTH - 8} y={y + 14} fontSize="12" textAnchor="end" fill="#212529">
                {short(name(bucket.value))}
              </text>
              <rect x={LABEL_WIDTH} y={y + 2} width={(bucket.shortlistShare / max) * CHART_WIDTH} height={BAR_HEIGHT} fill="#1a4f8b" />
              <rect
                x={LABEL_WIDTH}
                y={y + 4 + BAR_HEIGHT}
                width={(bucket.poolShare / max) * CHART_WIDTH}
                height={BAR_HEIGHT}
                fill="#fff"
                stroke="#495057"
                strokeWidth="1.5"
              />
              <text x={LABEL_WIDTH + (bucket.shortlistShare / max) * CHART_WIDTH + 6} y={y + 11} fontSize="11" fill="#212529">
                {percent(bucket.shortlistShare)}
              </text>
              <text x={LABEL_WIDTH + (bucket.poolShare / max) * CHART_WIDTH + 6} y={y + 13 + BAR_HEIGHT} fontSize="11" fill="#495057">
                {percent(bucket.poolShare)}
              </text>
            </g>
          );
        })}
      </svg>
      <DataTable
        caption={t('balance.tableCaption', { dimension: label })}
        captionHidden
        columns={[
          { key: 'value', header: label, cell: (b) => name(b.value) },
          {
            key: 'shortlisted',
            header: t('balance.shortlisted'),
            cell: (b) => `${format.number(b.shortlisted)} (${percent(b.shortlistShare)})`,
            sortValue: (b) => b.shortlisted,
            numeric: true,
          },
          {
            key: 'pool',
            header: t('balance.poolCount'),
            cell: (b) => `${format.number(b.pool)} (${percent(b.poolShare)})`,
            sortValue: (b) => b.pool,
            numeric: true,
          },
          {
            key: 'gap',
            header: t('balance.gap'),
            numeric: true,
            sortValue: (b) => representationGap(b),
            cell: (b) => {
              const gap = representationGap(b);
              return `${gap > 0 ? '+' : gap < 0 ? '−' : ''}${format.number(Math.abs(gap), 1)} ${t('balance.points')}`;
            },
          },
        ]}
        rows={buckets}
        rowKey={(b) => b.value}
      />
    </figure>
  );
}
