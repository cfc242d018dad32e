import { Anchor, Paper, SegmentedControl, Stack, Text, Title } from '@mantine/core';
import { OriginWithSource, type FigureOrigin } from '@simpul/ui';
import { useFormat, useLanguage, useT, type QueryState } from '@simpul/web-kit';
import { useState } from 'react';
import { Link } from 'react-router';
import type {
  PublicIkmByProvinceQuery,
  PublicIppByProvinceQuery,
  PublicMallGrowthQuery,
  PublicOmbudsmanZonesQuery,
} from '../../__generated__/operations';
import { present, TableDisclosure } from '../../public/figure-panel';
import { FRONT } from '../../public/front-door-messages';
import { ProvinceTileMap, type TileFigure } from '../../public/tile-map/province-tile-map';
import { PROVINCE_TILES } from '../../public/tile-map/province-tiles';

type Indicator = 'IPP' | 'IKM' | 'MPP' | 'OMBUDSMAN';

interface MapLayer {
  figures: TileFigure[];
  breaks: number[];
  legend: string[];
  note: string;
  origin?: FigureOrigin;
  source?: string | null;
}

/** The tile map of the 38 provinces, coloured by the indicator the person picks, with its table. */
export function NationalMap({
  ipp,
  ikm,
  mpp,
  ombudsman,
}: {
  ipp: QueryState<PublicIppByProvinceQuery>;
  ikm: QueryState<PublicIkmByProvinceQuery>;
  mpp: QueryState<PublicMallGrowthQuery>;
  ombudsman: QueryState<PublicOmbudsmanZonesQuery>;
}) {
  const t = useT(FRONT);
  const format = useFormat();
  const [language] = useLanguage();
  const [indicator, setIndicator] = useState<Indicator>('IPP');

  const layers: Record<Indicator, () => MapLayer> = {
    IPP: () => {
      const data = ipp.data?.ippByProvince;
      const two = (value: number) => format.number(value, 2);
      return {
        figures: (data?.provinces ?? []).map((province) => ({
          code: province.provinceCode,
          value: province.value,
          display: two(province.value),
          href: data?.cycleId ? `/evaluasi/cycles/${data.cycleId}/results` : undefined,
        })),
        breaks: [3, 3.5, 4, 4.5],
        legend: [`< ${two(3)}`, `${two(3)}–${two(3.49)}`, `${two(3.5)}–${two(3.99)}`, `${two(4)}–${two(4.49)}`, `≥ ${two(4.5)}`],
        note: t('map.ipp.note', { label: data?.label?.[language] ?? '' }),
        origin: data?.origin,
        source: data?.source,
      };
    },
    IKM: () => {
      const data = present(ikm.data?.ikmByProvince);
      const two = (value: number) => format.number(value, 2);
      const provinces = data?.provinces ?? [];
      return {
        // The province pages are the SKM list filtered by region; the map links to the list.
        figures: provinces.map((province) => ({
          code: province.provinceCode,
          value: province.value,
          display: two(province.value),
          href: '/skm/hasil',
        })),
        // The PermenPANRB 14/2017 bands: D below 65, C to 76.60, B to 88.30, A above; B split at 82.5.
        breaks: [65, 76.61, 82.5, 88.31],
        legend: [`< ${two(65)}`, `${two(65)}–${two(76.6)}`, `${two(76.61)}–${two(82.49)}`, `${two(82.5)}–${two(88.3)}`, `≥ ${two(88.31)}`],
        note: t('map.ikm.note', { year: data?.year ?? '' }),
        origin: provinces.some((province) => province.origin === 'DEMO') ? 'DEMO' : provinces.length ? 'DERIVED' : undefined,
      };
    },
    MPP: () => {
      const data = mpp.data?.nationalMallOverview;
      return {
        figures: (data?.byProvince ?? [])
          .filter((province) => province.active > 0)
          .map((province) => ({
            code: province.provinceCode,
            value: province.active,
            display: format.number(province.active),
            href: '/mpp/malls',
          })),
        breaks: [2, 4, 8, 16],
        legend: ['1', '2–3', '4–7', '8–15', '≥ 16'],
        note: t('map.mpp.note'),
        origin: present(mpp.data?.mallGrowth)?.registered.at(-1)?.origin,
      };
    },
    OMBUDSMAN: () => {
      const data = ombudsman.data?.ombudsmanZonesByProvince;
      return {
        figures: (data?.provinces ?? [])
          .filter((province) => province.total > 0)
          .map((province) => {
            const percent = (province.hijau / province.total) * 100;
            return {
              code: province.provinceCode,
              value: percent,
              display: `${format.number(Math.round(percent))}%`,
              href: `/evaluasi/ombudsman/provinsi/${province.provinceCode}`,
            };
          }),
        breaks: [20, 40, 60, 80],
        legend: ['< 20%', '20–39%', '40–59%', '60–79%', '≥ 80%'],
        note: t('map.ombudsman.note', { year: data?.year ?? '' }),
        origin: data?.origin,
        source: data?.source,
      };
    },
  };
  const layer = layers[indicator]();
  // Until the chosen figure arrives the map is drawn grey at its full size: nothing below it moves when the colours come.
  const source = { IPP: ipp, IKM: ikm, MPP: mpp, OMBUDSMAN: ombudsman }[indicator];
  const waiting = source.loading && !source.data;
  const byCode = new Map(layer.figures.map((figure) => [figure.code, figure]));
  const indicatorName = t(`map.indicator.${indicator}`);
  const ombudsmanProvinces = new Map(
    (present(ombudsman.data?.ombudsmanZonesByProvince)?.provinces ?? []).map((row) => [row.provinceCode, row]),
  );

  return (
    <Paper withBorder p="md" component="section" aria-labelledby="map-title" aria-busy={waiting || undefined}>
      <Stack gap="sm">
        <Title order={3} size="h4" id="map-title">
          {t('map.title')}
        </Title>
        <Text size="sm">{t('map.intro')}</Text>
        <div role="group" aria-label={t('map.indicator')}>
          <SegmentedControl
            value={indicator}
            onChange={(value) => setIndicator(value)}
            data={(['IPP', 'IKM', 'MPP', 'OMBUDSMAN'] as const).map((value) => ({ value, label: t(`map.indicator.${value}`) }))}
          />
        </div>
        <Text size="sm" fw={600}>
          {layer.note}
        </Text>
        <ProvinceTileMap
          figures={layer.figures}
          breaks={layer.breaks}
          legend={layer.legend}
          summary={t('map.summary', { indicator: indicatorName, count: layer.figures.length })}
        />
        {!waiting && layer.figures.length === 0 && <Text>{t('map.none')}</Text>}
        {layer.origin && <OriginWithSource origin={layer.origin} source={layer.source} />}
        <TableDisclosure
          title={`${t('map.title')} — ${indicatorName}`}
          table={{
            caption: layer.note,
            head: [t('map.province'), t('map.value'), t('map.detail')],
            rows: PROVINCE_TILES.map((tile) => {
              const figure = byCode.get(tile.code);
              const zones = ombudsmanProvinces.get(tile.code);
              const value =
                figure && indicator === 'OMBUDSMAN' && zones
                  ? t('map.ombudsman.value', {
                      percent: figure.display,
                      green: format.number(zones.hijau),
                      total: format.number(zones.total),
                    })
                  : (figure?.display ?? t('map.noData'));
              return {
                key: tile.code,
                cells: [
                  tile.name,
                  value,
                  figure?.href ? (
                    <Anchor key="link" component={Link} to={figure.href} aria-label={`${t('map.detail')}: ${tile.name}`}>
                      {t('map.detail')}
                    </Anchor>
                  ) : (
                    '–'
                  ),
                ],
              };
            }),
          }}
        />
      </Stack>
    </Paper>
  );
}
