import { NativeSelect } from '@mantine/core';
import { useFormat, useLanguage, useT, type QueryState } from '@simpul/web-kit';
import { useState } from 'react';
import type { PublicIppByProvinceQuery } from '../../__generated__/operations';
import { BarChart } from '../../public/charts/bar-chart';
import { FigurePanel, panelState, present } from '../../public/figure-panel';
import { FRONT } from '../../public/front-door-messages';
import { provinceName } from '../../public/tile-map/province-tiles';

const ALL = '';

/** Mean IPP per province of the newest published cycle, overall or for one cohort, with the per-cohort table. */
export function IppPanel({ query }: { query: QueryState<PublicIppByProvinceQuery> }) {
  const t = useT(FRONT);
  const format = useFormat();
  const [language] = useLanguage();
  const [cohort, setCohort] = useState(ALL);
  const figures = query.data?.ippByProvince;
  const title = t('ipp.title');
  const state = panelState(query, (data) => !present(data.ippByProvince)?.provinces.length, t('ipp.none'));
  const label = figures?.label ? figures.label[language] : '';
  const cohortName = (code: string) => {
    const found = figures?.cohorts.find((entry) => entry.code === code);
    return found ? (language === 'en' ? found.labelEn : found.label) : code;
  };
  const nameOf = (code: string, name: string | null) => name ?? provinceName(code);
  const bars = (figures?.provinces ?? [])
    .flatMap((province) => {
      const value = cohort === ALL ? province.value : province.cohorts.find((entry) => entry.cohort.code === cohort)?.value;
      return value === undefined
        ? []
        : [
            {
              key: province.provinceCode,
              label: nameOf(province.provinceCode, province.provinceName),
              value,
              display: format.number(value, 2),
            },
          ];
    })
    .sort((a, b) => b.value - a.value || a.label.localeCompare(b.label, 'id'));
  const cohorts = figures?.cohorts ?? [];
  return (
    <FigurePanel
      id="ipp"
      title={title}
      state={state}
      origin={figures?.origin}
      source={figures?.source}
      chart={
        <>
          {cohorts.length > 1 && (
            <NativeSelect
              label={t('ipp.cohort')}
              value={cohort}
              onChange={(event) => setCohort(event.currentTarget.value)}
              data={[
                { value: ALL, label: t('ipp.allCohorts') },
                ...cohorts.map((entry) => ({ value: entry.code, label: cohortName(entry.code) })),
              ]}
              maw={360}
            />
          )}
          {bars.length > 0 && (
            <BarChart
              items={bars}
              max={5}
              summary={t('ipp.summary', { count: bars.length, label, top: bars[0]?.label ?? '', topValue: bars[0]?.display ?? '' })}
            />
          )}
        </>
      }
      table={
        figures
          ? {
              caption: t('ipp.caption', { label }),
              head: [
                t('ipp.province'),
                t('ipp.mean'),
                t('ipp.category'),
                t('ipp.lokus'),
                ...cohorts.map((entry) => cohortName(entry.code)),
              ],
              rows: figures.provinces.map((province) => ({
                key: province.provinceCode,
                cells: [
                  nameOf(province.provinceCode, province.provinceName),
                  format.number(province.value, 2),
                  `${province.category.code} · ${language === 'en' ? province.category.labelEn : province.category.label}`,
                  format.number(province.count),
                  ...cohorts.map((entry) => {
                    const found = province.cohorts.find((row) => row.cohort.code === entry.code);
                    return found ? `${format.number(found.value, 2)} (${format.number(found.count)})` : '–';
                  }),
                ],
              })),
            }
          : undefined
      }
      links={
        figures?.cycleId
          ? [{ to: `/evaluasi/cycles/${figures.cycleId}/results`, label: t('ipp.link', { label }) }]
          : [{ to: '/evaluasi', label: t('ipp.linkAll') }]
      }
    />
  );
}
