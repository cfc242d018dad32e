import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { expectAccessible } from '@simpul/ui/testing';
import { connection, cycle } from '../testing/fixtures';
import { errorOf, renderEvaluation } from '../testing/render-evaluation';
import { reply } from '../testing/reply';
import type { Comparison } from './comparison.operations';

const CYCLES = [
  cycle([], { id: 'c-2020', year: 2020, name: 'PEKPPP 2020' }),
  cycle([], { id: 'c-2022', year: 2022, name: 'PEKPPP 2022' }),
  cycle([], { id: 'c-2026', year: 2026, name: 'PEKPPP 2026' }),
];

const side = (id: string, name: string, year: number, rest: Partial<Comparison['first']>): Comparison['first'] => ({
  cycle: { id, name, year, publishedAt: null },
  instrumentId: null,
  ipp: null,
  scoredResults: 0,
  publishedFigures: 0,
  ...rest,
});

const DIFFERENT: Comparison = {
  first: side('c-2022', 'PEKPPP 2022', 2022, { instrumentId: 'pekppp-2022-a', ipp: 3.91, scoredResults: 34 }),
  second: side('c-2026', 'PEKPPP 2026', 2026, { instrumentId: 'pekppp-2024-a', ipp: 3.4, scoredResults: 2 }),
  aspects: [
    {
      code: 'a',
      first: { name: 'Kebijakan Pelayanan', weight: 24, indicators: 9, score: 3.83 },
      second: { name: 'Kebijakan Pelayanan', weight: 24, indicators: 9, score: 3.5 },
      differences: [{ kind: 'PROVISIONAL', cycle: 1, indicatorCodes: [] }],
    },
    {
      code: 'c',
      first: { name: 'Sarana Prasarana', weight: 18, indicators: 6, score: 4 },
      second: { name: 'Sarana Prasarana', weight: 18, indicators: 4, score: null },
      differences: [{ kind: 'INDICATORS_REMOVED', cycle: null, indicatorCodes: ['15.c.Sp', '16.c.Sp'] }],
    },
    {
      code: 'f',
      first: { name: 'Inovasi', weight: 12, indicators: 2, score: 3 },
      second: { name: 'Inovasi', weight: 12, indicators: 2, score: 3.5 },
      differences: [],
    },
  ],
  blendDiffers: false,
  surveyItemsAdded: [],
  surveyItemsRemoved: [],
};

const FIGURES_ONLY: Comparison = {
  first: side('c-2020', 'PEKPPP 2020', 2020, { ipp: 2.62, publishedFigures: 2 }),
  second: side('c-2022', 'PEKPPP 2022', 2022, { ipp: 3.91, publishedFigures: 34 }),
  aspects: [],
  blendDiffers: false,
  surveyItemsAdded: [],
  surveyItemsRemoved: [],
};

function network(comparisons: Record<string, Comparison>) {
  return (operation: string, variables: Record<string, unknown>) => {
    if (operation === 'EvaluationCycles') return reply('EvaluationCycles', { evaluationCycles: connection(CYCLES) });
    if (operation === 'CycleComparison') {
      return reply('CycleComparison', { cycleComparison: comparisons[`${String(variables.first)}:${String(variables.second)}`] });
    }
    throw new Error(`unexpected ${operation}`);
  };
}

describe('comparing two cycles', () => {
  it('asks for two cycles, then sets them side by side aspect by aspect with a note wherever the instruments differ', async () => {
    const { calls } = renderEvaluation('/evaluasi/bandingkan', network({ 'c-2022:c-2026': DIFFERENT }));
    expect(await screen.findByText('Pilih dua siklus yang berbeda untuk membandingkannya.')).toBeTruthy();
    await userEvent.selectOptions(await screen.findByLabelText('Siklus pertama'), 'PEKPPP 2022');
    await userEvent.selectOptions(screen.getByLabelText('Siklus kedua'), 'PEKPPP 2026');
    const table = await screen.findByRole('table', { name: /Aspek demi aspek/ });
    expect(
      within(table).getByRole('row', { name: /A\. Kebijakan Pelayanan 24% 3,83 24% 3,50 Sebagian sementara di instrumen siklus 1/ }),
    ).toBeTruthy();
    expect(
      within(table).getByRole('row', {
        name: /C\. Sarana Prasarana 18% 4,00 18% – Indikator yang tidak ada lagi di siklus kedua: 15\.c\.Sp, 16\.c\.Sp/,
      }),
    ).toBeTruthy();
    expect(within(table).getByRole('row', { name: /F\. Inovasi .* Dinilai dengan cara yang sama/ })).toBeTruthy();
    // Instruments by name, never by id.
    expect(screen.getByText(/Instrumen: PEKPPP 2022/)).toBeTruthy();
    expect(screen.queryByText(/pekppp-20/)).toBeNull();
    expect(screen.getByText('IPP rata-rata: 3,91')).toBeTruthy();
    expect(calls.filter((call) => call.operation === 'CycleComparison').at(-1)?.variables).toMatchObject({
      first: 'c-2022',
      second: 'c-2026',
      unit: null,
    });
    await expectAccessible();
  });

  it('two cycles of published figures only: the figures side by side, and why there are no aspects', async () => {
    renderEvaluation('/evaluasi/bandingkan?first=c-2020&second=c-2022', network({ 'c-2020:c-2022': FIGURES_ONLY }), { language: 'en' });
    expect(await screen.findByText('No aspects to compare: both cycles hold published figures only, without aspect scores.')).toBeTruthy();
    expect(screen.getAllByText('No instrument recorded: this cycle holds published figures only.')).toHaveLength(2);
    expect(screen.getByText('Mean IPP: 2.62')).toBeTruthy();
  });

  it('says who may compare a cycle that is not published yet, instead of a failure to retry', async () => {
    renderEvaluation(
      '/evaluasi/bandingkan?first=c-2022&second=c-2026',
      (operation) => {
        if (operation === 'EvaluationCycles') return reply('EvaluationCycles', { evaluationCycles: connection(CYCLES) });
        return errorOf('FORBIDDEN', null, 'Siklus ini belum dipublikasikan.', 'This cycle is not published yet.');
      },
      { user: null },
    );
    const refusal = await screen.findByRole('alert');
    expect(refusal.textContent).toContain('Perbandingan ini belum dapat dibuka');
    expect(refusal.textContent).toContain('Siklus yang hasilnya belum dipublikasikan hanya dapat dibandingkan oleh admin nasional.');
    expect(screen.queryByRole('button', { name: 'Coba lagi' })).toBeNull();
  });
});
