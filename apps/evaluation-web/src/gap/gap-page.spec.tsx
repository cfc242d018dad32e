import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { DESK, renderEvaluation } from '../testing/render-evaluation';
import { reply } from '../testing/reply';
import type { UnitGap } from './gap.operations';

const GAP: UnitGap = {
  lokusId: 'lokus-1',
  year: 2026,
  source: 'SCORES',
  missingIndicators: [],
  reachable: true,
  fromIndex: 3.76,
  from: { code: 'B', label: 'Baik', labelEn: 'Good' },
  target: { code: 'A-', label: 'Sangat Baik', labelEn: 'Very Good' },
  targetIndex: 4.01,
  steps: [
    {
      indicatorCode: '2.a.P',
      indicatorText: 'Maklumat pelayanan',
      from: 2,
      to: 4,
      gain: 0.1632,
      targetDescriptor: 'Maklumat dipajang dan dipublikasikan.',
    },
    { indicatorCode: '29.f.B', indicatorText: 'Inovasi pelayanan', from: 3, to: 4, gain: 0.0912, targetDescriptor: null },
  ],
  indicators: [
    { indicatorCode: '1.a.Ak', indicatorText: 'Standar pelayanan', level: 5, nextLevel: null, gain: 0, nextDescriptor: null },
    {
      indicatorCode: '2.a.P',
      indicatorText: 'Maklumat pelayanan',
      level: 2,
      nextLevel: 3,
      gain: 0.0816,
      nextDescriptor: 'Maklumat dipajang.',
    },
    { indicatorCode: '29.f.B', indicatorText: 'Inovasi pelayanan', level: null, nextLevel: 1, gain: 0.0912, nextDescriptor: null },
  ],
  levelSteps: 3,
  resultingIndex: 4.02,
  summary: {
    id: 'Untuk mencapai kategori A- (Sangat Baik), naikkan 2.a.P dari 2 ke 4 dan 29.f.B dari 3 ke 4.',
    en: 'To reach category A-…',
  },
};
const unitLokus = {
  unitLokus: [
    {
      id: 'lokus-1',
      cycleId: 'cycle-2026',
      serviceUnitId: 'unit-1',
      unitName: 'SAMSAT Kalimantan Selatan',
      unitKind: 'SAMSAT',
      serviceGroup: 'ADMINISTRASI' as const,
      agencyName: 'Pemprov Kalsel',
      provinceName: 'Kalimantan Selatan',
      cohort: 'PROVINCE:SAMSAT',
      cohortLabel: 'Samsat tingkat provinsi',
      cohortLabelEn: 'Provincial Samsat',
      instrumentId: 'pekppp-2024-a',
      cycle: { id: 'cycle-2026', year: 2026, name: 'PEKPPP 2026', currentPhase: null, openPhases: [], publishedAt: null },
    },
  ],
};

describe('a unit’s gap analysis page', () => {
  it('shows the IPP now, the next category and each step with what the target level asks, in Indonesian decimals; the basis can be chosen', async () => {
    const { calls } = renderEvaluation(
      '/evaluasi/units/unit-1/kesenjangan',
      (operation, variables) => {
        if (operation === 'UnitLokus') return reply('UnitLokus', unitLokus);
        if (operation === 'UnitGapAnalysis') {
          const source = (variables as { source: 'SCORES' | 'CLAIMS' | null }).source;
          return reply('UnitGapAnalysis', {
            gapAnalysis:
              source === 'CLAIMS'
                ? {
                    ...GAP,
                    source: 'CLAIMS',
                    target: null,
                    targetIndex: null,
                    steps: [],
                    reachable: false,
                    from: { code: 'A', label: 'Pelayanan Prima', labelEn: 'Excellent' },
                  }
                : GAP,
          });
        }
        throw new Error(`unexpected ${operation}`);
      },
      { user: DESK },
    );
    expect(await screen.findByRole('heading', { name: 'Analisis kesenjangan SAMSAT Kalimantan Selatan' })).toBeTruthy();
    expect(screen.getByText('3,76')).toBeTruthy();
    expect(screen.getByText('Kategori berikutnya mulai IPP 4,01')).toBeTruthy();
    expect(screen.getByText('PEKPPP 2026 · dasar: Nilai F-02 evaluator')).toBeTruthy();
    const steps = screen.getByRole('table', { name: 'Langkah paling sedikit menuju kategori A- · Sangat Baik' });
    expect(within(steps).getByRole('row', { name: /2\.a\.P Maklumat pelayanan 2 → 4 0,16 Maklumat dipajang/ })).toBeTruthy();
    expect(within(steps).getByRole('row', { name: /29\.f\.B .* Deskripsi level belum tersedia/ })).toBeTruthy();
    expect(screen.getByText('Setelah 3 langkah level, IPP menjadi 4,02.')).toBeTruthy();
    // Every indicator and what separates it from its next level; highest gain first on a second click.
    const every = screen.getByRole('table', { name: 'Setiap indikator dan level berikutnya' });
    expect(within(every).getByRole('row', { name: /1\.a\.Ak Standar pelayanan 5 sudah tertinggi 0,00 –/ })).toBeTruthy();
    expect(within(every).getByRole('row', { name: /2\.a\.P Maklumat pelayanan 2 3 0,08 Maklumat dipajang\./ })).toBeTruthy();
    expect(
      within(every).getByRole('row', { name: /29\.f\.B Inovasi pelayanan belum bernilai \(0\) 1 0,09 Deskripsi level belum tersedia/ }),
    ).toBeTruthy();
    await userEvent.click(within(every).getByRole('button', { name: /Tambahan IPP/ }));
    await userEvent.click(within(every).getByRole('button', { name: /Tambahan IPP/ }));
    expect(within(every).getAllByRole('row')[1].textContent).toMatch(/^29\.f\.B/);

    await userEvent.selectOptions(screen.getByLabelText('Dasar analisis'), 'Klaim F-01 unit');
    expect(await screen.findByText(/sudah di kategori tertinggi/)).toBeTruthy();
    expect(calls.filter((c) => c.operation === 'UnitGapAnalysis').at(-1)?.variables).toMatchObject({ source: 'CLAIMS' });
  });

  it('says so when the unit is no lokus yet', async () => {
    renderEvaluation(
      '/evaluasi/units/unit-1/kesenjangan',
      (operation) => {
        if (operation === 'UnitLokus') return reply('UnitLokus', { unitLokus: [] });
        if (operation === 'UnitGapAnalysis') return reply('UnitGapAnalysis', { gapAnalysis: null });
        throw new Error(`unexpected ${operation}`);
      },
      { user: DESK },
    );
    expect(await screen.findByRole('heading', { name: 'Unit ini belum menjadi lokus evaluasi' })).toBeTruthy();
  });
});
