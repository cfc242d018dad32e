import { Grid } from '@mantine/core';
import { SelectField, TextField } from '@simpul/ui';
import { nodes, useDebounced, useQuery, useT } from '@simpul/web-kit';
import { useEffect, useState } from 'react';
import { useSearchParams } from 'react-router';
import type { SkmSurveyFilter, SkmSurveyStatus } from '../__generated__/operations';
import { SKM } from '../messages';
import { UNIT_SEARCH } from './survey-setup.operations';
import { PERIOD_KINDS, type PeriodKind } from './survey.operations';

export const SURVEY_STATUSES: SkmSurveyStatus[] = ['OPEN', 'UPCOMING', 'CLOSED'];

/** This year and the four before it: the years a survey list is usually read for. */
export function recentYears(today = new Date()): number[] {
  const year = today.getFullYear();
  return [year + 1, year, year - 1, year - 2, year - 3, year - 4];
}

// The URL says `periode=quarter` and `status=open`: readable, and no code in capitals on screen.
export function periodKindParam(params: URLSearchParams): PeriodKind | null {
  const value = params.get('periode')?.toUpperCase();
  return PERIOD_KINDS.find((kind) => kind === value) ?? null;
}

function statusParam(params: URLSearchParams): SkmSurveyStatus | null {
  const value = params.get('status')?.toUpperCase();
  return SURVEY_STATUSES.find((status) => status === value) ?? null;
}

/** The list's filter as the URL holds it (shareable, and Back returns to it). */
export function useSurveyFilter(): { filter: SkmSurveyFilter; key: string } {
  const [params] = useSearchParams();
  const year = Number(params.get('tahun')) || null;
  const filter: SkmSurveyFilter = {
    ...(params.get('q') ? { search: params.get('q') } : {}),
    ...(params.get('unit') ? { serviceUnitId: params.get('unit') } : {}),
    ...(year ? { year } : {}),
    ...(periodKindParam(params) ? { periodKind: periodKindParam(params) } : {}),
    ...(statusParam(params) ? { status: statusParam(params) } : {}),
  };
  return { filter, key: JSON.stringify(filter) };
}

/** Search (title or unit name) and filters by unit, year, kind of period and status. */
export function SurveyFilters() {
  const t = useT(SKM);
  const [params, setParams] = useSearchParams();
  const [text, setText] = useState(params.get('q') ?? '');
  const search = useDebounced(text.trim(), 300);
  const [unitText, setUnitText] = useState('');
  const unitSearch = useDebounced(unitText.trim(), 300);
  const units = useQuery(UNIT_SEARCH, { search: unitSearch || null }, { skip: !unitSearch && !params.get('unit') });
  const unitOptions = units.data ? nodes(units.data.serviceUnits) : [];

  const set = (key: string, value: string) =>
    setParams(
      (current) => {
        const next = new URLSearchParams(current);
        if (value) next.set(key, value);
        else next.delete(key);
        return next;
      },
      { replace: true },
    );

  useEffect(() => {
    if (search !== (params.get('q') ?? '')) set('q', search);
    // Only the debounced text drives the URL; another filter changing `params` must not reset it.
  }, [search]);

  return (
    <Grid mb="md" align="flex-end" role="search" aria-label={t('list.filters')}>
      <Grid.Col span={{ base: 12, md: 6 }}>
        <TextField
          id="surveys-search"
          label={t('list.search')}
          description={t('list.searchHint')}
          value={text}
          onChange={(event) => setText(event.currentTarget.value)}
        />
      </Grid.Col>
      <Grid.Col span={{ base: 12, md: 6 }}>
        <TextField
          id="surveys-unit-search"
          label={t('list.unitSearch')}
          value={unitText}
          onChange={(event) => setUnitText(event.currentTarget.value)}
        />
        <SelectField
          id="surveys-unit"
          label={t('list.unit')}
          value={params.get('unit') ?? ''}
          onChange={(event) => set('unit', event.currentTarget.value)}
          data={[
            { value: '', label: t('list.allUnits') },
            ...unitOptions.map((unit) => ({ value: unit.id, label: unit.name })),
            ...(params.get('unit') && !unitOptions.some((unit) => unit.id === params.get('unit'))
              ? [{ value: params.get('unit') ?? '', label: t('list.chosenUnit') }]
              : []),
          ]}
        />
      </Grid.Col>
      <Grid.Col span={{ base: 12, sm: 4 }}>
        <SelectField
          id="surveys-year"
          label={t('list.year')}
          value={params.get('tahun') ?? ''}
          onChange={(event) => set('tahun', event.currentTarget.value)}
          data={[{ value: '', label: t('list.all') }, ...recentYears().map((year) => ({ value: String(year), label: String(year) }))]}
        />
      </Grid.Col>
      <Grid.Col span={{ base: 12, sm: 4 }}>
        <SelectField
          id="surveys-period"
          label={t('setup.periodKind')}
          value={periodKindParam(params) ?? ''}
          onChange={(event) => set('periode', event.currentTarget.value.toLowerCase())}
          data={[{ value: '', label: t('list.all') }, ...PERIOD_KINDS.map((kind) => ({ value: kind, label: t(`periodKind.${kind}`) }))]}
        />
      </Grid.Col>
      <Grid.Col span={{ base: 12, sm: 4 }}>
        <SelectField
          id="surveys-status"
          label={t('list.status')}
          value={statusParam(params) ?? ''}
          onChange={(event) => set('status', event.currentTarget.value.toLowerCase())}
          data={[
            { value: '', label: t('list.all') },
            ...SURVEY_STATUSES.map((status) => ({ value: status, label: t(`surveyStatus.${status}`) })),
          ]}
        />
      </Grid.Col>
    </Grid>
  );
}
