import { useFormat, useT, type QueryState } from '@simpul/web-kit';
import type { PublicKippAwardsQuery } from '../../__generated__/operations';
import { ColumnChart, SeriesLegend } from '../../public/charts/column-chart';
import { FigurePanel, panelState, present } from '../../public/figure-panel';
import { FRONT } from '../../public/front-door-messages';

/** KIPP Top 45 winners and the rest of the Top 99 per year, from the published catalogue. */
export function KippPanel({ query }: { query: QueryState<PublicKippAwardsQuery> }) {
  const t = useT(FRONT);
  const format = useFormat();
  const years = query.data?.kippAwardCounts ?? [];
  const last = years.at(-1);
  const series = [
    { key: 'top45', label: t('kipp.top45') },
    { key: 'top99', label: t('kipp.top99') },
  ];
  // One demo year makes the whole series demo; an all-official series names its sources.
  const demo = years.some((year) => year.origin === 'DEMO');
  const sources = [...new Set(years.flatMap((year) => (year.source ? [year.source] : [])))];
  return (
    <FigurePanel
      id="kipp"
      title={t('kipp.title')}
      state={panelState(query, (data) => !present(data.kippAwardCounts)?.length, t('kipp.none'))}
      origin={demo ? 'DEMO' : 'OFFICIAL'}
      source={demo ? null : sources.join('; ')}
      chart={
        <>
          <ColumnChart
            series={series}
            groups={years.map((year) => ({
              key: String(year.year),
              label: String(year.year),
              time: year.year,
              values: [year.top45, year.top99],
              displays: [format.number(year.top45), format.number(year.top99)],
            }))}
            summary={t('kipp.summary', { first: years[0]?.year ?? '', last: last?.year ?? '', winners: format.number(last?.top45 ?? 0) })}
          />
          <SeriesLegend series={series} />
        </>
      }
      table={{
        caption: t('kipp.caption'),
        head: [t('kipp.year'), t('kipp.top45'), t('kipp.top99')],
        rows: years.map((year) => ({
          key: String(year.year),
          cells: [String(year.year), format.number(year.top45), format.number(year.top99)],
        })),
      }}
      links={[{ to: last ? `/kipp/pemenang/${last.year}` : '/kipp/pemenang', label: t('kipp.link', { year: last?.year ?? '' }) }]}
    />
  );
}
