import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { RUBRIC, stages } from '../testing/fixtures';
import { renderKipp } from '../testing/render-kipp';
import { reply } from '../testing/reply';
import type { Competition } from './admin.operations';
import { checkWeights } from './rubric-weights';

const competition = (start: string): Competition => ({
  id: 'comp-2030',
  year: 2030,
  title: 'KIPP 2030',
  groups: ['UMUM', 'REPLIKASI'],
  categories: ['Kesehatan'],
  rules: { top99Size: 99, top45Size: 45, evaluatorsPerProposal: 3, outlierPoints: 15 },
  stages: stages(0, start),
});

function rubrics(start: string) {
  return (operation: string) => {
    switch (operation) {
      case 'KippCompetition':
        return reply('KippCompetition', { competition: competition(start) });
      case 'KippCompetitionRubrics':
        return reply('KippCompetitionRubrics', {
          competition: {
            id: 'comp-2030',
            stages: stages(0, start).map((s) => ({
              stage: s.stage,
              opensOn: s.opensOn,
              decidedAt: s.decidedAt,
              rubrics: s.stage === 'DESK_ASSESSMENT' ? [RUBRIC] : [],
            })),
          },
        });
      case 'KippSetStageRubric':
        return reply('KippSetStageRubric', { setStageRubric: { stage: 'DESK_ASSESSMENT' } });
      default:
        return undefined;
    }
  };
}

describe('rubric weights', () => {
  it('sum exactly with fractions and refuse words and duplicate codes', () => {
    const row = (code: string, weight: string) => ({ code, name: code, nameEn: code, weight });
    expect(checkWeights('UMUM', [row('A', '100/3'), row('B', '100/3'), row('C', '100/3')]).valid).toBe(true);
    expect(checkWeights('UMUM', [row('A', '60'), row('B', '30')])).toMatchObject({ valid: false, total: 90 });
    expect(checkWeights('UMUM', [row('A', 'enam puluh'), row('B', '40')]).invalidRows).toEqual([0]);
    expect(checkWeights('UMUM', [row('A', '50'), row('A', '50')]).duplicateCodes).toEqual(['A']);
  });
});

describe('rubric editor (national admin)', () => {
  it('checks the weights as they are typed and saves the rubric before the stage starts', async () => {
    const { calls } = renderKipp('/kipp/kompetisi/comp-2030?tab=rubrics', rubrics('2099-01-01'));
    const weight = await screen.findByLabelText('Bobot kriteria 1 (%)');
    expect(screen.getByText('✓ Jumlah bobot tepat 100')).toBeTruthy();
    await userEvent.clear(weight);
    await userEvent.type(weight, '20', { delay: null });
    expect((await screen.findAllByText(/Jumlah bobot 90(,00)?, harus tepat 100/)).length).toBeGreaterThan(0);
    await userEvent.click(screen.getByRole('button', { name: 'Simpan rubrik' }));
    expect(calls.some((c) => c.operation === 'KippSetStageRubric')).toBe(false);
    await userEvent.clear(weight);
    await userEvent.type(weight, '30', { delay: null });
    await userEvent.click(screen.getByRole('button', { name: 'Simpan rubrik' }));
    await waitFor(() =>
      expect(calls.find((c) => c.operation === 'KippSetStageRubric')?.variables['input']).toMatchObject({
        competitionId: 'comp-2030',
        stage: 'DESK_ASSESSMENT',
        group: 'UMUM',
        criteria: RUBRIC.criteria,
      }),
    );
    expect(await screen.findByText('✓ Rubrik tersimpan.')).toBeTruthy();
  });

  it('shows the rubric read-only once its stage has started', async () => {
    renderKipp('/kipp/kompetisi/comp-2030?tab=rubrics', rubrics('2020-01-01'));
    expect(await screen.findByText(/rubriknya tidak dapat diubah lagi/)).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Simpan rubrik' })).toBeNull();
    expect(screen.getByRole('table', { name: RUBRIC.title })).toBeTruthy();
  });
});
