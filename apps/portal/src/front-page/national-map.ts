import { CLASS_COLOURS, classOf, NO_DATA } from '../public/tile-map/colour-scale';
import { GRID_COLUMNS, GRID_ROWS, PROVINCE_TILES } from '../public/tile-map/province-tiles';
import { h, svg } from '@simpul/web-kit';
import { originLine, tableDisclosure } from './figure-panel';
import type { Figures } from './public-figures';
import type { FigureOrigin, Words } from './words';

export const INDICATORS = ['IPP', 'IKM', 'MPP', 'OMBUDSMAN'] as const;
export type Indicator = (typeof INDICATORS)[number];

interface TileFigure {
  code: string;
  value: number;
  display: string;
  href?: string;
}

interface MapLayer {
  figures: TileFigure[];
  breaks: number[];
  legend: string[];
  note: string;
  origin?: FigureOrigin;
  source?: string | null;
  waiting: boolean;
}

const TILE = 58;
const GAP = 4;

/** The map's figures for one indicator, as the portal's map drew them. */
export function mapLayer(words: Words, figures: Figures, indicator: Indicator): MapLayer {
  const { t, number, language } = words;
  const two = (value: number) => number(value, 2);
  if (indicator === 'IPP') {
    const data = figures.ipp.kind === 'ready' ? figures.ipp.data.ippByProvince : null;
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
      waiting: figures.ipp.kind === 'loading',
    };
  }
  if (indicator === 'IKM') {
    const data = figures.ikmMap.kind === 'ready' ? figures.ikmMap.data.ikmByProvince : null;
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
      waiting: figures.ikmMap.kind === 'loading',
    };
  }
  if (indicator === 'MPP') {
    const data = figures.mpp.kind === 'ready' ? figures.mpp.data : null;
    return {
      figures: (data?.nationalMallOverview?.byProvince ?? [])
        .filter((province) => province.active > 0)
        .map((province) => ({ code: province.provinceCode, value: province.active, display: number(province.active), href: '/mpp/malls' })),
      breaks: [2, 4, 8, 16],
      legend: ['1', '2–3', '4–7', '8–15', '≥ 16'],
      note: t('map.mpp.note'),
      origin: data?.mallGrowth?.registered.at(-1)?.origin,
      waiting: figures.mpp.kind === 'loading',
    };
  }
  const data = figures.ombudsman.kind === 'ready' ? figures.ombudsman.data.ombudsmanZonesByProvince : null;
  return {
    figures: (data?.provinces ?? [])
      .filter((province) => province.total > 0)
      .map((province) => {
        const percent = (province.hijau / province.total) * 100;
        return {
          code: province.provinceCode,
          value: percent,
          display: `${number(Math.round(percent))}%`,
          href: `/evaluasi/ombudsman/provinsi/${province.provinceCode}`,
        };
      }),
    breaks: [20, 40, 60, 80],
    legend: ['< 20%', '20–39%', '40–59%', '60–79%', '≥ 80%'],
    note: t('map.ombudsman.note', { year: data?.year ?? '' }),
    origin: data?.origin,
    source: data?.source,
    waiting: figures.ombudsman.kind === 'loading',
  };
}

/**
 * Indonesia's 38 provinces as a tile grid, coloured by one indicator. Each tile writes its short name
 * and value; a tile with a detail page is a link reached with Tab, named by the province and exactly
 * what the tile shows (WCAG 2.5.3), its focus drawn by CSS as a thick outline.
 */
function tileMap(words: Words, layer: MapLayer, summary: string): HTMLElement {
  const { t } = words;
  const byCode = new Map(layer.figures.map((figure) => [figure.code, figure]));
  const width = GRID_COLUMNS * (TILE + GAP);
  const height = GRID_ROWS * (TILE + GAP);
  const tiles = PROVINCE_TILES.map((tile) => {
    const figure = byCode.get(tile.code);
    const x = tile.column * (TILE + GAP);
    const y = tile.row * (TILE + GAP);
    const colours = figure ? CLASS_COLOURS[classOf(figure.value, layer.breaks)] : { fill: NO_DATA.fill, text: NO_DATA.text };
    const body = [
      svg('rect', {
        x: x + 1,
        y: y + 1,
        width: TILE - 2,
        height: TILE - 2,
        rx: 3,
        fill: colours?.fill,
        stroke: figure ? '#495057' : NO_DATA.stroke,
        'stroke-dasharray': figure ? null : '4 3',
        class: 'fd-tile',
      }),
      svg(
        'text',
        { x: x + TILE / 2, y: y + 22, 'text-anchor': 'middle', fill: colours?.text },
        svg('tspan', { 'font-size': 10, 'font-weight': 600 }, tile.short),
        ' ',
        svg('tspan', { x: x + TILE / 2, dy: 20, 'font-size': 13, 'font-weight': 700 }, figure ? figure.display : '–'),
      ),
    ];
    // The table lists every province; a square without a figure adds nothing for a screen reader.
    if (!figure) return svg('g', { 'aria-hidden': 'true' }, body);
    const label = t('map.tile', { province: tile.name, value: figure.display });
    return figure.href
      ? svg(
          'a',
          { href: figure.href, 'aria-label': t('map.tileName', { province: tile.name, short: tile.short, value: figure.display }) },
          svg('title', {}, label),
          body,
        )
      : svg('g', { role: 'img', 'aria-label': label }, svg('title', {}, label), body);
  });
  const legendItem = (label: string, style: string) => h('li', {}, h('span', { class: 'fd-swatch', style, 'aria-hidden': 'true' }), label);
  return h(
    'div',
    { class: 'fd-map' },
    svg(
      'svg',
      { role: 'group', 'aria-label': summary, viewBox: `0 0 ${width} ${height}`, width: '100%', style: `max-width:${width * 1.2}px` },
      tiles,
    ),
    h(
      'ul',
      { class: 'fd-legend', 'aria-label': t('map.legend') },
      layer.legend.map((label, index) => legendItem(label, `background:${CLASS_COLOURS[index]?.fill ?? ''}`)),
      legendItem(t('map.noData'), `background:${NO_DATA.fill};border-style:dashed;border-color:${NO_DATA.stroke}`),
    ),
  );
}

/** The tile map with its indicator switch (native radio buttons: arrow keys move between them), origin and table. */
export function nationalMap(
  words: Words,
  figures: Figures,
  indicator: Indicator,
  onIndicator: (indicator: Indicator) => void,
): HTMLElement {
  const { t, number } = words;
  const layer = mapLayer(words, figures, indicator);
  const indicatorName = t(`map.indicator.${indicator}`);
  const byCode = new Map(layer.figures.map((figure) => [figure.code, figure]));
  const zones =
    figures.ombudsman.kind === 'ready'
      ? new Map(figures.ombudsman.data.ombudsmanZonesByProvince.provinces.map((row) => [row.provinceCode, row]))
      : new Map<string, never>();
  return h(
    'section',
    { class: 'fd-panel', 'aria-labelledby': 'map-title', 'aria-busy': layer.waiting ? 'true' : null },
    h('h3', { id: 'map-title' }, t('map.title')),
    h('p', {}, t('map.intro')),
    h(
      'fieldset',
      { class: 'fd-switch' },
      h('legend', {}, t('map.indicator')),
      INDICATORS.map((value) =>
        h(
          'label',
          {},
          h('input', {
            type: 'radio',
            name: 'map-indicator',
            id: `map-indicator-${value}`,
            value,
            checked: value === indicator,
            onchange: () => onIndicator(value),
          }),
          h('span', {}, t(`map.indicator.${value}`)),
        ),
      ),
    ),
    h('p', { class: 'fd-map-note' }, layer.note),
    tileMap(words, layer, t('map.summary', { indicator: indicatorName, count: layer.figures.length })),
    !layer.waiting && layer.figures.length === 0 ? h('p', {}, t('map.none')) : null,
    originLine(words, layer.origin, layer.source),
    tableDisclosure(words, 'map-table', `${t('map.title')} — ${indicatorName}`, () => ({
      caption: layer.note,
      head: [t('map.province'), t('map.value'), t('map.detail')],
      rows: PROVINCE_TILES.map((tile) => {
        const figure = byCode.get(tile.code);
        const zone = zones.get(tile.code);
        const value =
          figure && indicator === 'OMBUDSMAN' && zone
            ? t('map.ombudsman.value', { percent: figure.display, green: number(zone.hijau), total: number(zone.total) })
            : (figure?.display ?? t('map.noData'));
        return {
          key: tile.code,
          cells: [
            tile.name,
            value,
            figure?.href ? h('a', { href: figure.href, 'aria-label': `${t('map.detail')}: ${tile.name}` }, t('map.detail')) : '–',
          ],
        };
      }),
    })),
  );
}
