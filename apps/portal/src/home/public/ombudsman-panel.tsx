import { Anchor } from '@mantine/core';
import { useFormat, useLanguage, useT, type QueryState } from '@simpul/web-kit';
import { Link } from 'react-router';
import type { PublicOmbudsmanZonesQuery } from '../../__generated__/operations';
import { BarChart } from '../../public/charts/bar-chart';
import { FigurePanel, panelState, present } from '../../public/figure-panel';
import { FRONT } from '../../public/front-door-messages';
import { provinceName } from '../../public/tile-map/province-tiles';

/** Zone colours, each at least 3:1 against white; the zone's name is always written beside it. */
const ZONE_COLOURS: Record<string, string> = { HIJAU: '#2b7a3d', KUNING: '#8a6100', MERAH: '#b02a37' };

/** Agencies per Ombudsman compliance zone nationally, and per province in the table, each province linking to its page. */
export function OmbudsmanPanel({ query }: { query: QueryState<PublicOmbudsmanZonesQuery> }) {
  const t = useT(FRONT);
  const format = useFormat();
  const [language] = useLanguage();
  const zones = query.data?.ombudsmanZonesByProvince;
  const year = zones?.year ?? '';
  const counts = zones?.zoneCounts ?? [];
  return (
    <FigurePanel
      id="ombudsman"
      title={t('ombudsman.title')}
      state={panelState(query, (data) => !present(data.ombudsmanZonesByProvince)?.total, t('ombudsman.none'))}
      origin={zones?.origin}
      source={zones?.source}
      chart={
        <BarChart
          labelWidth={120}
          items={counts.map((row) => ({
            key: row.zone,
            label: row.label[language],
            value: row.count,
            display: format.number(row.count),
            colour: ZONE_COLOURS[row.zone],
          }))}
          summary={t('ombudsman.summary', {
            year,
            parts: counts.map((row) => `${row.label[language]} ${format.number(row.count)}`).join(', '),
          })}
        />
      }
      table={{
        caption: t('ombudsman.caption', { year }),
        head: [
          t('ombudsman.province'),
          t('ombudsman.hijau'),
          t('ombudsman.kuning'),
          t('ombudsman.merah'),
          t('ombudsman.total'),
          t('ombudsman.official'),
        ],
        rows: (zones?.provinces ?? []).map((province) => ({
          key: province.provinceCode,
          cells: [
            <Anchor key="link" component={Link} to={`/evaluasi/ombudsman/provinsi/${province.provinceCode}`}>
              {provinceName(province.provinceCode)}
            </Anchor>,
            format.number(province.hijau),
            format.number(province.kuning),
            format.number(province.merah),
            format.number(province.total),
            `${format.number(province.officialCount)} / ${format.number(province.demoCount)}`,
          ],
        })),
      }}
      links={[{ to: '/evaluasi/ombudsman', label: t('ombudsman.link') }]}
    />
  );
}
