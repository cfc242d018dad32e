import { GradeBadge, OriginBadge, type DataTableColumn } from '@simpul/ui';
import { useFormat, useT } from '@simpul/web-kit';
import { EVALUATION } from '../messages';
import type { AggregateFigure } from './aggregates.operations';

/**
 * The columns every aggregate table shares after its name: lokus count, mean IPP (Indonesian
 * decimals in Bahasa Indonesia), lowest–highest, category and whether the mean holds demo data.
 */
export function useFigureColumns(): DataTableColumn<AggregateFigure>[] {
  const t = useT(EVALUATION);
  const format = useFormat();
  const ipp = (value: number | null) => (value === null ? t('aggregates.noValue') : format.number(value, 2));
  return [
    { key: 'count', header: t('aggregates.col.count'), numeric: true, cell: (f) => format.number(f.count), sortValue: (f) => f.count },
    { key: 'mean', header: t('aggregates.col.mean'), numeric: true, cell: (f) => ipp(f.value), sortValue: (f) => f.value ?? -1 },
    {
      key: 'range',
      header: t('aggregates.col.range'),
      numeric: true,
      cell: (f) =>
        f.min === null || f.max === null ? t('aggregates.noValue') : t('aggregates.range', { min: ipp(f.min), max: ipp(f.max) }),
    },
    {
      key: 'category',
      header: t('col.category'),
      cell: (f) => (f.category ? <GradeBadge grade={f.category} /> : t('aggregates.noValue')),
    },
    { key: 'origin', header: t('col.origin'), cell: (f) => <OriginBadge origin={f.origin} /> },
  ];
}
