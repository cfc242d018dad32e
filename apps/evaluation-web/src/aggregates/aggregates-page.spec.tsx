import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { connection, cycle } from '../testing/fixtures';
import { errorOf, renderEvaluation } from '../testing/render-evaluation';
import { reply } from '../testing/reply';
import type { AggregateFigure } from './aggregates.operations';

const figure = (
  group: string,
  name: string,
  count: number,
  value: number | null,
  origin: 'DERIVED' | 'DEMO' = 'DERIVED',
): AggregateFigure => ({
  group,
  name,
  count,
  value,
  min: value === null ? null : value - 0.5,
  max: value === null ? null : value + 0.25,
  method: 'mean',
  origin,
  category:
    value === null
      ? null
      : value > 4
        ? { code: 'A-', label: 'Sangat Baik', labelEn: 'Very Good' }
        : { code: 'B', label: 'Baik', labelEn: 'Good' },
});
const published = cycle(['PUBLISHED'], { id: 'cycle-2022', name: 'PEKPPP 2022', publishedAt: '2022-10-16T00:00:00Z' });

describe('a cycle’s aggregates page', () => {
  it('shows the national mean, provinces and instansi with Indonesian decimals and demo labels; sorting instansi asks the server', async () => {
    const { calls } = renderEvaluation('/evaluasi/cycles/cycle-2022/agregat', (operation) => {
      if (operation === 'EvaluationCycle') return reply('EvaluationCycle', { evaluationCycle: published });
      if (operation === 'CycleAggregates')
        return reply('CycleAggregates', {
          cycleAggregates: {
            cycleId: 'cycle-2022',
            nation: figure('nasional', 'Nasional', 34, 3.92, 'DEMO'),
            province: [figure('62', 'Kalimantan Tengah', 2, 3.5), figure('63', 'Kalimantan Selatan', 1, 4.02)],
            instansi: connection(
              [figure('a1', 'Pemerintah Provinsi Kalimantan Selatan', 1, 4.02), figure('a2', 'Pemerintah Provinsi Papua Tengah', 0, null)],
              {
                totalCount: 34,
                hasNextPage: true,
              },
            ),
          },
        });
      throw new Error(`unexpected ${operation}`);
    });
    expect(await screen.findByText('Rerata IPP 3,92 dari 34 lokus (terendah 3,42, tertinggi 4,17)')).toBeTruthy();
    const provinces = screen.getByRole('table', { name: 'Rerata IPP per provinsi' });
    expect(within(provinces).getByRole('row', { name: /Kalimantan Selatan 1 4,02 3,52–4,27 A- · Sangat Baik/ })).toBeTruthy();
    // Provinces sort in the browser: highest mean first after two clicks.
    await userEvent.click(within(provinces).getByRole('button', { name: /Rerata IPP/ }));
    await userEvent.click(within(provinces).getByRole('button', { name: /Rerata IPP/ }));
    expect(within(provinces).getAllByRole('row')[1].textContent).toMatch(/^Kalimantan Selatan/);

    const instansi = screen.getByRole('table', { name: 'Rerata IPP per instansi' });
    expect(within(instansi).getByRole('row', { name: /Papua Tengah 0 Belum ada nilai Belum ada nilai Belum ada nilai/ })).toBeTruthy();
    expect(screen.getAllByText('Contoh').length).toBeGreaterThan(0);
    expect(calls.filter((c) => c.operation === 'CycleAggregates').at(-1)?.variables).toMatchObject({ order: 'NAME_ASC', after: null });
    await userEvent.click(within(instansi).getByRole('button', { name: /Rerata IPP/ }));
    await userEvent.click(
      within(screen.getByRole('table', { name: 'Rerata IPP per instansi' })).getByRole('button', { name: /Rerata IPP/ }),
    );
    expect(calls.filter((c) => c.operation === 'CycleAggregates').at(-1)?.variables).toMatchObject({ order: 'VALUE_DESC', after: null });
    await userEvent.click(screen.getByRole('button', { name: /Berikutnya/ }));
    expect(calls.filter((c) => c.operation === 'CycleAggregates').at(-1)?.variables).toMatchObject({ order: 'VALUE_DESC', after: 'c2' });
  });

  it('reads in English with English decimals when English is shown', async () => {
    renderEvaluation(
      '/evaluasi/cycles/cycle-2022/agregat',
      (operation) => {
        if (operation === 'EvaluationCycle') return reply('EvaluationCycle', { evaluationCycle: published });
        if (operation === 'CycleAggregates')
          return reply('CycleAggregates', {
            cycleAggregates: {
              cycleId: 'cycle-2022',
              nation: figure('nasional', 'Nasional', 34, 3.92, 'DEMO'),
              province: [figure('63', 'Kalimantan Selatan', 1, 4.02)],
              instansi: connection([figure('a1', 'Pemerintah Provinsi Kalimantan Selatan', 1, 4.02)]),
            },
          });
        throw new Error(`unexpected ${operation}`);
      },
      { language: 'en' },
    );
    expect(await screen.findByText('Mean IPP 3.92 from 34 lokus (lowest 3.42, highest 4.17)')).toBeTruthy();
    expect(screen.getByRole('table', { name: 'Mean IPP per instansi' })).toBeTruthy();
    expect(screen.getByRole('heading', { level: 1, name: 'IPP aggregates, PEKPPP 2022' })).toBeTruthy();
  });

  it('says so when a cycle has no results yet, and shows a refusal as it comes', async () => {
    renderEvaluation('/evaluasi/cycles/cycle-2026/agregat', (operation) => {
      if (operation === 'EvaluationCycle') return reply('EvaluationCycle', { evaluationCycle: cycle(['F01_FILLING']) });
      if (operation === 'CycleAggregates')
        return reply('CycleAggregates', {
          cycleAggregates: {
            cycleId: 'cycle-2026',
            nation: figure('nasional', 'Nasional', 0, null),
            province: [],
            instansi: connection([]),
          },
        });
      throw new Error(`unexpected ${operation}`);
    });
    expect(await screen.findByRole('heading', { name: 'Belum ada hasil IPP di siklus ini' })).toBeTruthy();
  });

  it('shows the refusal for a visitor before publication, in words', async () => {
    renderEvaluation(
      '/evaluasi/cycles/cycle-2026/agregat',
      (operation) => {
        if (operation === 'EvaluationCycle') return reply('EvaluationCycle', { evaluationCycle: cycle(['F01_FILLING']) });
        return errorOf('FORBIDDEN', null, 'Agregat siklus ini belum dipublikasikan.', 'This cycle’s aggregates are not published yet.');
      },
      { user: null },
    );
    const refusal = await screen.findByRole('alert');
    expect(refusal.textContent).toContain('Agregat siklus ini belum dapat dibuka');
    expect(refusal.textContent).toContain('Sebelum hasil siklus dipublikasikan, agregatnya hanya dapat dilihat admin nasional.');
    // Nothing to retry: publication, not a second try, opens it.
    expect(screen.queryByRole('button', { name: 'Coba lagi' })).toBeNull();
  });
});
