import { OriginBadge } from '@simpul/ui';
import { useFormat, useT, type QueryState } from '@simpul/web-kit';
import type { PublicMallGrowthQuery } from '../../__generated__/operations';
import { ColumnChart } from '../../public/charts/column-chart';
import { FigurePanel, panelState, present } from '../../public/figure-panel';
import { FRONT } from '../../public/front-door-messages';

/** The official MPP count per year (KemenPAN-RB, with its source) and, apart, the MPPs registered in Simpul. */
export function MppPanel({ query }: { query: QueryState<PublicMallGrowthQuery> }) {
  const t = useT(FRONT);
  const format = useFormat();
  const growth = query.data?.mallGrowth;
  const published = growth?.published ?? [];
  const registered = new Map((growth?.registered ?? []).map((point) => [point.year, point]));
  const years = [...new Set([...published.map((point) => point.year), ...registered.keys()])].sort((a, b) => a - b);
  const first = published[0];
  const last = published.at(-1);
  return (
    <FigurePanel
      id="mpp"
      title={t('mpp.title')}
      state={panelState(
        query,
        (data) => !present(data.mallGrowth)?.published.length && !present(data.mallGrowth)?.registered.length,
        t('mpp.none'),
      )}
      origin={last?.origin ?? growth?.registered.at(-1)?.origin}
      source={last?.source}
      note={t('mpp.registeredNote')}
      chart={
        published.length > 0 && (
          <ColumnChart
            series={[{ key: 'published', label: t('mpp.published') }]}
            groups={published.map((point) => ({
              key: String(point.year),
              label: String(point.year),
              time: point.year,
              values: [point.count],
              displays: [format.number(point.count)],
            }))}
            summary={t('mpp.summary', {
              first: format.number(first?.count ?? 0),
              firstYear: first?.year ?? '',
              last: format.number(last?.count ?? 0),
              lastYear: last?.year ?? '',
            })}
          />
        )
      }
      table={{
        caption: t('mpp.caption'),
        head: [t('mpp.year'), t('mpp.published'), t('mpp.asOf'), t('mpp.registered')],
        rows: years.map((year) => {
          const official = published.find((point) => point.year === year);
          const own = registered.get(year);
          return {
            key: String(year),
            cells: [
              String(year),
              official ? format.number(official.count) : '–',
              official?.asOf ? format.date(official.asOf) : '–',
              own ? (
                <span style={{ display: 'inline-flex', gap: 8, alignItems: 'center' }}>
                  {format.number(own.count)} <OriginBadge origin={own.origin} />
                </span>
              ) : (
                '–'
              ),
            ],
          };
        }),
      }}
      links={[{ to: '/mpp/malls', label: t('mpp.link') }]}
    />
  );
}
