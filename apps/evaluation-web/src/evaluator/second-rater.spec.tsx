import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { connection, lokus } from '../testing/fixtures';
import { renderEvaluation } from '../testing/render-evaluation';
import { reply } from '../testing/reply';
import type { SessionUser } from '@simpul/web-kit';

const SECOND: SessionUser = {
  id: 'eval-2',
  email: 'evaluator.kedua@simpul.test',
  displayName: 'Evaluator Kedua',
  role: 'EVALUATOR',
  serviceUnit: null,
  mallId: null,
};
const assignments = [
  { lokusId: 'lokus-1', evaluatorId: 'eval-1', evaluatorName: 'Evaluator PEKPPP', role: 'PRIMARY' as const },
  { lokusId: 'lokus-1', evaluatorId: 'eval-2', evaluatorName: 'Evaluator Kedua', role: 'SECOND_RATER' as const },
];
const status = (blind: boolean, secondScored: number) => ({
  role: 'SECOND_RATER' as const,
  blind,
  evaluationVisible: !blind,
  primaryScored: 30,
  secondScored,
  indicatorCount: 30,
});
const card = (code: string) => screen.getByRole('article', { name: new RegExp(`^${code.replace(/\./g, '\\.')} ·`) });

describe('second rater (blind double rating)', () => {
  it('the second rater opens the lokus, is told the rating is blind, and saves their own levels', async () => {
    let saved: { indicatorCode: string; level: number } | null = null;
    const { calls } = renderEvaluation(
      '/evaluasi/lokus/lokus-1',
      (operation, variables) => {
        if (operation === 'LokusById') {
          return reply('LokusById', {
            lokusById: lokus(['EVALUATOR_SCORING'], {
              assignments,
              scores: [],
              scoringStatus: status(true, saved ? 1 : 0),
              secondScores: saved ? [{ lokusId: 'lokus-1', evaluatorId: 'eval-2', ...saved, updatedAt: '2026-11-01T00:00:00Z' }] : [],
            }),
          });
        }
        if (operation === 'LokusComments') return reply('LokusComments', { lokusById: { id: 'lokus-1', comments: connection([]) } });
        if (operation === 'SaveSecondScore') {
          const input = (variables as { input: { indicatorCode: string; level: number } }).input;
          saved = { indicatorCode: input.indicatorCode, level: input.level };
          return reply('SaveSecondScore', {
            saveSecondScore: { lokusId: 'lokus-1', evaluatorId: 'eval-2', ...saved, updatedAt: '2026-11-01T00:00:00Z' },
          });
        }
        throw new Error(operation);
      },
      { user: SECOND },
    );
    await screen.findByRole('heading', { level: 1, name: 'SAMSAT Kalimantan Selatan' });
    expect(screen.getByText(/Anda penilai kedua lokus ini\. Nilai, catatan dan temuan penilai utama tidak terlihat/)).toBeTruthy();
    expect(screen.queryByText(/bukan penilai utama|tidak ditugaskan/)).toBeNull();
    expect(screen.getByText('Anda sudah menilai 0 dari 30 indikator.')).toBeTruthy();
    expect(within(card('1.a.Ak')).queryByText(/Penilai utama: level/)).toBeNull();
    await userEvent.click(within(card('1.a.Ak')).getByRole('radio', { name: /^Level 3/ }));
    await userEvent.click(within(card('1.a.Ak')).getByRole('button', { name: 'Simpan nilai kedua 1.a.Ak' }));
    await waitFor(() =>
      expect(calls.find((c) => c.operation === 'SaveSecondScore')?.variables).toEqual({
        input: { lokusId: 'lokus-1', indicatorCode: '1.a.Ak', level: 3 },
      }),
    );
    expect(await screen.findByText('Anda sudah menilai 1 dari 30 indikator.')).toBeTruthy();
    expect(within(card('1.a.Ak')).getByText('Nilai Anda: level 3')).toBeTruthy();
    expect(calls.some((c) => c.operation === 'SaveF02Score')).toBe(false);
  });

  it("once both have finished, the second rater sees the primary rater's level beside their own", async () => {
    renderEvaluation(
      '/evaluasi/lokus/lokus-1',
      (operation) => {
        if (operation === 'LokusById') {
          return reply('LokusById', {
            lokusById: lokus(['EVALUATOR_SCORING'], {
              assignments,
              scoringStatus: status(false, 30),
              scores: [
                { lokusId: 'lokus-1', indicatorCode: '1.a.Ak', level: 4, note: 'SK ada', version: 1, updatedAt: '2026-11-01T00:00:00Z' },
              ],
              secondScores: [
                { lokusId: 'lokus-1', evaluatorId: 'eval-2', indicatorCode: '1.a.Ak', level: 3, updatedAt: '2026-11-01T00:00:00Z' },
              ],
            }),
          });
        }
        if (operation === 'LokusComments') return reply('LokusComments', { lokusById: { id: 'lokus-1', comments: connection([]) } });
        throw new Error(operation);
      },
      { user: SECOND },
    );
    await screen.findByRole('heading', { level: 1, name: 'SAMSAT Kalimantan Selatan' });
    expect(screen.getByText('Kedua penilai sudah selesai; nilai masing-masing kini terlihat.')).toBeTruthy();
    expect(within(card('1.a.Ak')).getByText('Penilai utama: level 4')).toBeTruthy();
  });
});
