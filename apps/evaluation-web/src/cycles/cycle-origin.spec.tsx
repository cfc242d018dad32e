import { screen, within } from '@testing-library/react';
import { connection, cycle } from '../testing/fixtures';
import { renderEvaluation } from '../testing/render-evaluation';
import { reply } from '../testing/reply';

const demo = cycle([], { id: 'cycle-2022', year: 2022, name: 'PEKPPP 2022', publishedAt: '2022-12-20T00:00:00Z', origin: 'DEMO' });
const real = cycle([], { id: 'cycle-2027', year: 2027, name: 'PEKPPP 2027', origin: 'OFFICIAL' });

describe('a demo cycle says it is demo', () => {
  it('the cycle list marks each cycle Contoh or Resmi in its Asal data column', async () => {
    renderEvaluation(
      '/evaluasi',
      (operation) => {
        if (operation === 'EvaluationCycles') return reply('EvaluationCycles', { evaluationCycles: connection([demo, real]) });
        if (operation === 'NationalIppTrend') return reply('NationalIppTrend', { nationalIppTrend: [] });
        throw new Error(`unexpected ${operation}`);
      },
      { user: null },
    );
    const demoRow = (await screen.findByRole('link', { name: 'PEKPPP 2022' })).closest('tr') as HTMLElement;
    expect(within(demoRow).getByText('Contoh')).toBeTruthy();
    const realRow = screen.getByRole('link', { name: 'PEKPPP 2027' }).closest('tr') as HTMLElement;
    expect(within(realRow).getByText('Resmi')).toBeTruthy();
    expect(screen.getByRole('columnheader', { name: /Asal data/ })).toBeTruthy();
  });

  it('the cycle page of a demo cycle carries the badge and says its data is not a real evaluation', async () => {
    renderEvaluation(
      '/evaluasi/cycles/cycle-2022',
      (operation) => {
        if (operation === 'EvaluationCycle') return reply('EvaluationCycle', { evaluationCycle: demo });
        throw new Error(`unexpected ${operation}`);
      },
      { user: null },
    );
    await screen.findByRole('heading', { level: 1, name: 'PEKPPP 2022' });
    expect(screen.getByText('Contoh')).toBeTruthy();
    expect(screen.getByText(/Siklus contoh: lokus, nilai dan hasil di dalamnya adalah data contoh/)).toBeTruthy();
  });
});
