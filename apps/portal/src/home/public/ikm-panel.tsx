import { useFormat, useLanguage, useT, type QueryState } from '@simpul/web-kit';
import type { PublicIkmDistributionQuery } from '../../__generated__/operations';
import { BarChart } from '../../public/charts/bar-chart';
import { FigurePanel, panelState, present } from '../../public/figure-panel';
import { FRONT } from '../../public/front-door-messages';

/** Units per IKM band (A–D) in the newest year with sound results. */
export function IkmPanel({ query }: { query: QueryState<PublicIkmDistributionQuery> }) {
  const t = useT(FRONT);
  const format = useFormat();
  const [language] = useLanguage();
  const figures = query.data?.ikmDistribution;
  const year = figures?.year ?? '';
  const bands = figures?.bands ?? [];
  const bandName = (band: (typeof bands)[number]) => `${band.code} · ${language === 'en' ? band.labelEn : band.label}`;
  return (
    <FigurePanel
      id="ikm"
      title={t('ikm.title')}
      state={panelState(query, (data) => !present(data.ikmDistribution)?.units, t('ikm.none'))}
      origin={figures?.origin}
      source={figures?.source}
      note={figures && figures.unitsWithoutResult > 0 ? t('ikm.without', { count: format.number(figures.unitsWithoutResult) }) : undefined}
      chart={
        <BarChart
          items={bands.map((band) => ({ key: band.code, label: bandName(band), value: band.units, display: format.number(band.units) }))}
          summary={t('ikm.summary', { year, parts: bands.map((band) => `${bandName(band)} ${format.number(band.units)}`).join(', ') })}
        />
      }
      table={{
        caption: t('ikm.caption', { year }),
        head: [t('ikm.band'), t('ikm.range'), t('ikm.units')],
        rows: bands.map((band) => ({
          key: band.code,
          cells: [bandName(band), `${format.number(band.min, 2)}–${format.number(band.max, 2)}`, format.number(band.units)],
        })),
      }}
      links={[{ to: '/skm/hasil', label: t('ikm.link') }]}
    />
  );
}
