import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { connection, lokus } from '../testing/fixtures';
import { errorOf, EVALUATOR, renderEvaluation } from '../testing/render-evaluation';
import { reply } from '../testing/reply';
import type { Score } from '../lokus/lokus.operations';
import { f01Status } from '../testing/f01-fixtures';

const score = (level: number, version: number): Score => ({
  lokusId: 'lokus-1',
  indicatorCode: '2.a.P',
  level,
  note: null,
  version,
  updatedAt: '2026-11-01T00:00:00Z',
});
const card = () => screen.getByRole('article', { name: /^2\.a\.P ·/ });

describe('evaluator F-02 scoring', () => {
  it('shows a version conflict clearly, keeps the typed level, and saves against the reloaded version', async () => {
    let stored = score(2, 1);
    let saves = 0;
    const { calls } = renderEvaluation(
      '/evaluasi/lokus/lokus-1',
      (operation) => {
        if (operation === 'LokusById') return reply('LokusById', { lokusById: lokus(['EVALUATOR_SCORING'], { scores: [stored] }) });
        if (operation === 'LokusComments') return reply('LokusComments', { lokusById: { id: 'lokus-1', comments: connection([]) } });
        if (operation === 'SaveF02Score') {
          saves += 1;
          if (saves === 1) {
            stored = score(3, 2); // another evaluator saved first
            return errorOf('CONFLICT', 'input.expectedVersion', 'Nilai sudah diubah orang lain', 'Changed by someone else');
          }
          return reply('SaveF02Score', { saveF02Score: score(4, 3) });
        }
        throw new Error(operation);
      },
      { user: EVALUATOR },
    );
    await screen.findByRole('heading', { level: 1, name: 'SAMSAT Kalimantan Selatan' });
    expect(within(card()).getByText('Tersimpan: level 2 (versi 1)')).toBeTruthy();
    await userEvent.click(within(card()).getByRole('radio', { name: /^Level 4/ }));
    await userEvent.click(within(card()).getByRole('button', { name: 'Simpan nilai 2.a.P' }));

    const alert = await within(card()).findByRole('alert');
    expect(alert.textContent).toContain('Ada penyimpanan lain lebih dulu');
    expect(alert.textContent).toContain('Nilai Anda (level 4) belum disimpan');
    await userEvent.click(within(alert).getByRole('button', { name: 'Muat ulang nilai tersimpan' }));
    expect(await within(card()).findByText('Tersimpan: level 3 (versi 2)')).toBeTruthy();
    expect(within(card()).getByRole<HTMLInputElement>('radio', { name: /^Level 4/ }).checked).toBe(true);

    await userEvent.click(within(card()).getByRole('button', { name: 'Simpan nilai 2.a.P' }));
    await waitFor(() => expect(saves).toBe(2));
    const sent = calls.filter((c) => c.operation === 'SaveF02Score').map((c) => c.variables['input']);
    expect(sent).toEqual([
      { lokusId: 'lokus-1', indicatorCode: '2.a.P', level: 4, note: null, expectedVersion: 1 },
      { lokusId: 'lokus-1', indicatorCode: '2.a.P', level: 4, note: null, expectedVersion: 2 },
    ]);
  });

  it('shows the level descriptors of the instrument beside each score', async () => {
    renderEvaluation(
      '/evaluasi/lokus/lokus-1',
      (operation) => (operation === 'F01Status' ? f01Status() : reply('LokusById', { lokusById: lokus(['EVALUATOR_SCORING']) })),
      { user: EVALUATOR },
    );
    await screen.findByRole('heading', { level: 1, name: 'SAMSAT Kalimantan Selatan' });
    const radios = within(screen.getByRole('article', { name: /^1\.a\.Ak ·/ })).getAllByRole('radio');
    expect(radios).toHaveLength(6);
    expect(
      radios.every((r) =>
        /^Level \d — \S/.test(
          r.getAttribute('aria-label') ??
            r.closest('label')?.textContent ??
            document.querySelector(`label[for="${r.id}"]`)?.textContent ??
            '',
        ),
      ),
    ).toBe(true);
  });

  it('is read-only for an evaluator who is not assigned to the lokus', async () => {
    renderEvaluation(
      '/evaluasi/lokus/lokus-1',
      (operation) =>
        operation === 'F01Status' ? f01Status() : reply('LokusById', { lokusById: lokus(['EVALUATOR_SCORING'], { assignments: [] }) }),
      { user: EVALUATOR },
    );
    expect(await screen.findByText('Anda tidak ditugaskan pada lokus ini; nilai hanya dapat dilihat.')).toBeTruthy();
    expect(screen.queryByRole('button', { name: /Simpan nilai/ })).toBeNull();
  });
});
