import { provinceName } from '../public/tile-map/province-tiles';
import { h } from '@simpul/web-kit';
import { barChart, figurePanel, originLine, tableDisclosure } from './figure-panel';
import type { FigureKey, Figures } from './public-figures';
import type { Words } from './words';

type Retry = (key: FigureKey) => void;

/** Mean IPP per province of the newest published cycle, overall or for one cohort, with the per-cohort table. */
export function ippPanel(words: Words, figures: Figures, retry: Retry, cohort: string, onCohort: (code: string) => void): HTMLElement {
  const { t, number, language } = words;
  const title = t('ipp.title');
  return figurePanel(words, {
    id: 'ipp',
    title,
    figure: figures.ipp,
    isEmpty: (data) => !data.ippByProvince?.provinces.length,
    emptyText: t('ipp.none'),
    retry: () => retry('ipp'),
    body: ({ ippByProvince: figure }) => {
      const label = figure.label ? figure.label[language] : '';
      const cohortName = (code: string) => {
        const found = figure.cohorts.find((entry) => entry.code === code);
        return found ? (language === 'en' ? found.labelEn : found.label) : code;
      };
      const nameOf = (code: string, name: string | null) => name ?? provinceName(code);
      const bars = figure.provinces
        .flatMap((province) => {
          const value = cohort === '' ? province.value : province.cohorts.find((entry) => entry.cohort.code === cohort)?.value;
          return value === undefined
            ? []
            : [
                {
                  key: province.provinceCode,
                  label: nameOf(province.provinceCode, province.provinceName),
                  value,
                  display: number(value, 2),
                },
              ];
        })
        .sort((a, b) => b.value - a.value || a.label.localeCompare(b.label, 'id'));
      const select =
        figure.cohorts.length > 1
          ? h(
              'p',
              { class: 'fd-field' },
              h('label', { for: 'ipp-cohort' }, t('ipp.cohort')),
              h(
                'select',
                { id: 'ipp-cohort', onchange: (event) => onCohort((event.currentTarget as HTMLSelectElement).value) },
                [
                  { value: '', label: t('ipp.allCohorts') },
                  ...figure.cohorts.map((entry) => ({ value: entry.code, label: cohortName(entry.code) })),
                ].map((option) => h('option', { value: option.value, selected: option.value === cohort }, option.label)),
              ),
            )
          : null;
      return [
        select,
        bars.length > 0
          ? barChart(bars, t('ipp.summary', { count: bars.length, label, top: bars[0]?.label ?? '', topValue: bars[0]?.display ?? '' }), 5)
          : null,
        originLine(words, figure.origin, figure.source),
        tableDisclosure(words, 'ipp-table', title, () => ({
          caption: t('ipp.caption', { label }),
          head: [
            t('ipp.province'),
            t('ipp.mean'),
            t('ipp.category'),
            t('ipp.lokus'),
            ...figure.cohorts.map((entry) => cohortName(entry.code)),
          ],
          rows: figure.provinces.map((province) => ({
            key: province.provinceCode,
            cells: [
              nameOf(province.provinceCode, province.provinceName),
              number(province.value, 2),
              `${province.category.code} · ${language === 'en' ? province.category.labelEn : province.category.label}`,
              number(province.count),
              ...figure.cohorts.map((entry) => {
                const found = province.cohorts.find((row) => row.cohort.code === entry.code);
                return found ? `${number(found.value, 2)} (${number(found.count)})` : '–';
              }),
            ],
          })),
        })),
      ];
    },
    links: (data) => {
      const figure = data?.ippByProvince;
      const label = figure?.label ? figure.label[language] : '';
      return figure?.cycleId
        ? [{ to: `/evaluasi/cycles/${figure.cycleId}/results`, label: t('ipp.link', { label }) }]
        : [{ to: '/evaluasi', label: t('ipp.linkAll') }];
    },
  });
}

/** Units per IKM band (A–D) in the newest year with sound results. */
export function ikmPanel(words: Words, figures: Figures, retry: Retry): HTMLElement {
  const { t, number, language } = words;
  const title = t('ikm.title');
  return figurePanel(words, {
    id: 'ikm',
    title,
    figure: figures.ikm,
    isEmpty: (data) => !data.ikmDistribution?.units,
    emptyText: t('ikm.none'),
    retry: () => retry('ikm'),
    body: ({ ikmDistribution: figure }) => {
      const bandName = (band: (typeof figure.bands)[number]) => `${band.code} · ${language === 'en' ? band.labelEn : band.label}`;
      return [
        barChart(
          figure.bands.map((band) => ({ key: band.code, label: bandName(band), value: band.units, display: number(band.units) })),
          t('ikm.summary', {
            year: figure.year ?? '',
            parts: figure.bands.map((band) => `${bandName(band)} ${number(band.units)}`).join(', '),
          }),
        ),
        originLine(words, figure.origin, figure.source),
        figure.unitsWithoutResult > 0 ? h('p', { class: 'fd-note' }, t('ikm.without', { count: number(figure.unitsWithoutResult) })) : null,
        tableDisclosure(words, 'ikm-table', title, () => ({
          caption: t('ikm.caption', { year: figure.year ?? '' }),
          head: [t('ikm.band'), t('ikm.range'), t('ikm.units')],
          rows: figure.bands.map((band) => ({
            key: band.code,
            cells: [bandName(band), `${number(band.min, 2)}–${number(band.max, 2)}`, number(band.units)],
          })),
        })),
      ];
    },
    links: () => [{ to: '/skm/hasil', label: t('ikm.link') }],
  });
}

/** The official MPP count per year (KemenPAN-RB, with its source) and, apart, the MPPs registered in Simpul. */
export function mppPanel(words: Words, figures: Figures, retry: Retry): HTMLElement {
  const { t, number, date } = words;
  const title = t('mpp.title');
  return figurePanel(words, {
    id: 'mpp',
    title,
    figure: figures.mpp,
    isEmpty: (data) => !data.mallGrowth?.published.length && !data.mallGrowth?.registered.length,
    emptyText: t('mpp.none'),
    retry: () => retry('mpp'),
    body: ({ mallGrowth: growth }) => {
      const { published } = growth;
      const registered = new Map(growth.registered.map((point) => [point.year, point]));
      const years = [...new Set([...published.map((point) => point.year), ...registered.keys()])].sort((a, b) => a - b);
      const first = published[0];
      const last = published.at(-1);
      return [
        published.length > 0
          ? barChart(
              published.map((point) => ({
                key: String(point.year),
                label: String(point.year),
                value: point.count,
                display: number(point.count),
              })),
              t('mpp.summary', {
                first: number(first?.count ?? 0),
                firstYear: first?.year ?? '',
                last: number(last?.count ?? 0),
                lastYear: last?.year ?? '',
              }),
            )
          : null,
        originLine(words, last?.origin ?? growth.registered.at(-1)?.origin, last?.source),
        h('p', { class: 'fd-note' }, t('mpp.registeredNote')),
        tableDisclosure(words, 'mpp-table', title, () => ({
          caption: t('mpp.caption'),
          head: [t('mpp.year'), t('mpp.published'), t('mpp.asOf'), t('mpp.registered')],
          rows: years.map((year) => {
            const official = published.find((point) => point.year === year);
            const own = registered.get(year);
            return {
              key: String(year),
              cells: [
                String(year),
                official ? number(official.count) : '–',
                official?.asOf ? date(official.asOf) : '–',
                own
                  ? h(
                      'span',
                      {},
                      `${number(own.count)} `,
                      h('span', { class: `fd-badge fd-badge-${own.origin.toLowerCase()}` }, t(`origin.${own.origin}`)),
                    )
                  : '–',
              ],
            };
          }),
        })),
      ];
    },
    links: () => [{ to: '/mpp/malls', label: t('mpp.link') }],
  });
}

/** KIPP Top 45 winners and the rest of the Top 99 per year, from the published catalogue. */
export function kippPanel(words: Words, figures: Figures, retry: Retry): HTMLElement {
  const { t, number } = words;
  const title = t('kipp.title');
  return figurePanel(words, {
    id: 'kipp',
    title,
    figure: figures.kipp,
    isEmpty: (data) => !data.kippAwardCounts?.length,
    emptyText: t('kipp.none'),
    retry: () => retry('kipp'),
    body: ({ kippAwardCounts: years }) => {
      const last = years.at(-1);
      // One demo year makes the whole series demo; an all-official series names its sources.
      const demo = years.some((year) => year.origin === 'DEMO');
      const sources = [...new Set(years.flatMap((year) => (year.source ? [year.source] : [])))];
      return [
        barChart(
          years.map((year) => ({
            key: String(year.year),
            label: `${year.year} · ${t('kipp.top45')}`,
            value: year.top45,
            display: number(year.top45),
          })),
          t('kipp.summary', { first: years[0]?.year ?? '', last: last?.year ?? '', winners: number(last?.top45 ?? 0) }),
        ),
        originLine(words, demo ? 'DEMO' : 'OFFICIAL', demo ? null : sources.join('; ')),
        tableDisclosure(words, 'kipp-table', title, () => ({
          caption: t('kipp.caption'),
          head: [t('kipp.year'), t('kipp.top45'), t('kipp.top99')],
          rows: years.map((year) => ({ key: String(year.year), cells: [String(year.year), number(year.top45), number(year.top99)] })),
        })),
      ];
    },
    links: (data) => {
      const last = data?.kippAwardCounts.at(-1);
      return [{ to: last ? `/kipp/pemenang/${last.year}` : '/kipp/pemenang', label: t('kipp.link', { year: last?.year ?? '' }) }];
    },
  });
}

/** Zone colours, each at least 3:1 against white; the zone's name is always written beside it. */
const ZONE_COLOURS: Record<string, string> = { HIJAU: '#2b7a3d', KUNING: '#8a6100', MERAH: '#b02a37' };

/** Agencies per Ombudsman compliance zone nationally, and per province in the table, each province linking to its page. */
export function ombudsmanPanel(words: Words, figures: Figures, retry: Retry): HTMLElement {
  const { t, number, language } = words;
  const title = t('ombudsman.title');
  return figurePanel(words, {
    id: 'ombudsman',
    title,
    figure: figures.ombudsman,
    isEmpty: (data) => !data.ombudsmanZonesByProvince?.total,
    emptyText: t('ombudsman.none'),
    retry: () => retry('ombudsman'),
    body: ({ ombudsmanZonesByProvince: zones }) => {
      const year = zones.year ?? '';
      return [
        barChart(
          zones.zoneCounts.map((row) => ({
            key: row.zone,
            label: row.label[language],
            value: row.count,
            display: number(row.count),
            colour: ZONE_COLOURS[row.zone],
          })),
          t('ombudsman.summary', { year, parts: zones.zoneCounts.map((row) => `${row.label[language]} ${number(row.count)}`).join(', ') }),
        ),
        originLine(words, zones.origin, zones.source),
        tableDisclosure(words, 'ombudsman-table', title, () => ({
          caption: t('ombudsman.caption', { year }),
          head: [
            t('ombudsman.province'),
            t('ombudsman.hijau'),
            t('ombudsman.kuning'),
            t('ombudsman.merah'),
            t('ombudsman.total'),
            t('ombudsman.official'),
          ],
          rows: zones.provinces.map((province) => ({
            key: province.provinceCode,
            cells: [
              h('a', { href: `/evaluasi/ombudsman/provinsi/${province.provinceCode}` }, provinceName(province.provinceCode)),
              number(province.hijau),
              number(province.kuning),
              number(province.merah),
              number(province.total),
              `${number(province.officialCount)} / ${number(province.demoCount)}`,
            ],
          })),
        })),
      ];
    },
    links: () => [{ to: '/evaluasi/ombudsman', label: t('ombudsman.link') }],
  });
}
