import { screen, within } from '@testing-library/react';
import { connection } from '../testing/fixtures';
import type { TrendPoint } from './results.operations';
import { renderEvaluation } from '../testing/render-evaluation';
import { reply } from '../testing/reply';

const official = (year: number, value: number, change: number | null): TrendPoint => ({
  year,
  value,
  change,
  lokusCount: null,
  basis: 'PUBLISHED_FIGURE',
  origin: 'OFFICIAL',
  source: 'IPP nasional hasil PEKPPP yang dipublikasikan Kementerian PANRB',
  cycleId: null,
  cycleName: null,
  scheme: null,
  category: { code: 'B', label: 'Baik', labelEn: 'Good' },
});
const fromCycle: TrendPoint = {
  year: 2027,
  value: 3.86,
  change: 0.07,
  lokusCount: 633,
  basis: 'COMPUTED',
  origin: 'DERIVED',
  source: 'PEKPPP 2027 (Pemantauan)',
  cycleId: 'cycle-2027',
  cycleName: 'PEKPPP 2027',
  scheme: 'PEMANTAUAN',
  category: { code: 'B', label: 'Baik', labelEn: 'Good' },
};

function renderTrend(points: TrendPoint[], language: 'id' | 'en' = 'id') {
  return renderEvaluation(
    '/evaluasi',
    (operation) => {
      if (operation === 'EvaluationCycles') return reply('EvaluationCycles', { evaluationCycles: connection([]) });
      if (operation === 'NationalIppTrend') return reply('NationalIppTrend', { nationalIppTrend: points });
      throw new Error(`unexpected ${operation}`);
    },
    { user: null, language },
  );
}

describe('the national IPP trend', () => {
  it('rule: every point names its source — the official figure with its publisher, a cycle by its name and scheme', async () => {
    renderTrend([official(2020, 3.84, null), official(2021, 3.79, -0.05), fromCycle]);
    const table = await screen.findByRole('table', { name: 'IPP nasional per tahun' });
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows).toHaveLength(3);
    expect(within(rows[0]).getByText('Resmi')).toBeTruthy();
    expect(within(rows[0]).getByText('IPP nasional hasil PEKPPP yang dipublikasikan Kementerian PANRB')).toBeTruthy();
    expect(within(rows[2]).getByText('Turunan')).toBeTruthy();
    expect(within(rows[2]).getByText('Rerata hasil satu siklus pemantauan nasional')).toBeTruthy();
    expect(within(rows[2]).getByText('PEKPPP 2027 (Pemantauan)')).toBeTruthy();
    expect(screen.getByText(/Siklus khusus dan mandiri serta data contoh tidak dimasukkan/)).toBeTruthy();
  });

  it('rule: a computed value never sits on the same line as official figures', async () => {
    renderTrend([official(2020, 3.84, null), official(2021, 3.79, -0.05), fromCycle]);
    await screen.findByRole('table', { name: 'IPP nasional per tahun' });
    const chart = screen.getByTestId('trend-chart');
    const line = chart.querySelector('[data-testid="official-line"]')?.getAttribute('d') ?? '';
    // Two official points joined: one move and one line segment, no third point on the line.
    expect(line.match(/[ML]/g)).toEqual(['M', 'L']);
    expect(chart.querySelectorAll('[data-origin="DERIVED"] circle')[0].getAttribute('fill')).toBe('#ffffff');
    expect(screen.getByText('Titik berongga tanpa garis: rerata hasil siklus (dihitung, bukan angka resmi)')).toBeTruthy();
    // The cycle point is labelled by its cycle, not by its year alone.
    expect(chart.textContent).toContain('PEKPPP 2027');
  });

  it('speaks English too', async () => {
    renderTrend([official(2021, 3.79, null), fromCycle], 'en');
    const table = await screen.findByRole('table', { name: 'National IPP per year' });
    expect(within(table).getByText('Official')).toBeTruthy();
    expect(within(table).getByText('Mean of one national monitoring cycle')).toBeTruthy();
  });
});
