import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { connection, cycle } from '../testing/fixtures';
import { errorOf, EVALUATOR, renderEvaluation } from '../testing/render-evaluation';
import { reply } from '../testing/reply';
import type { CycleAppeal } from './appeals.operations';

const appeal = (id: string, unitName: string, status: CycleAppeal['status']): CycleAppeal => ({
  id,
  lokusId: `lokus-${id}`,
  unitName,
  indicatorCode: '2.a.P',
  disputedLevel: 2,
  requestedLevel: status === 'OPEN' ? 4 : null,
  reason: 'Maklumat sudah dipasang.',
  filedAt: '2026-06-02T03:00:00Z',
  status,
  decisionReason: status === 'OPEN' ? null : 'Bukti terverifikasi.',
  newLevel: status === 'RESCORED' ? 4 : null,
  decidedAt: status === 'OPEN' ? null : '2026-06-05T03:00:00Z',
});
const APPEALS = [appeal('a1', 'SAMSAT Kalimantan Selatan', 'OPEN'), appeal('a2', 'DPMPTSP Kalimantan Tengah', 'RESCORED')];

describe('a cycle’s appeals page', () => {
  it('lists the appeals, filters by status (the server filters), and links each to its lokus to decide or view', async () => {
    const { calls } = renderEvaluation('/evaluasi/cycles/cycle-2026/sanggahan', (operation, variables) => {
      if (operation === 'EvaluationCycle') return reply('EvaluationCycle', { evaluationCycle: cycle(['APPEAL']) });
      if (operation === 'CycleAppealList') {
        const status = (variables as { status: string | null }).status;
        return reply('CycleAppealList', { cycleAppeals: connection(APPEALS.filter((a) => !status || a.status === status)) });
      }
      throw new Error(`unexpected ${operation}`);
    });
    const table = await screen.findByRole('table', { name: 'Sanggahan siklus ini' });
    expect(within(table).getAllByRole('row')).toHaveLength(3);
    const decide = within(table).getByRole('link', { name: 'Putuskan sanggahan SAMSAT Kalimantan Selatan, indikator 2.a.P' });
    expect(decide.getAttribute('href')).toBe('/evaluasi/lokus/lokus-a1');
    expect(within(table).getByRole('link', { name: 'Lihat sanggahan DPMPTSP Kalimantan Tengah, indikator 2.a.P' })).toBeTruthy();
    expect(within(table).getByText(/nilai baru 4: Bukti terverifikasi\./)).toBeTruthy();

    await userEvent.selectOptions(screen.getByLabelText('Status sanggahan'), 'menunggu keputusan');
    const open = await screen.findByRole('table', { name: 'Sanggahan yang menunggu keputusan' });
    expect(within(open).getAllByRole('row')).toHaveLength(2);
    expect(calls.filter((c) => c.operation === 'CycleAppealList').at(-1)?.variables).toMatchObject({ status: 'OPEN' });

    await userEvent.selectOptions(screen.getByLabelText('Status sanggahan'), 'ditolak');
    expect(await screen.findByRole('heading', { name: 'Tidak ada sanggahan yang ditolak' })).toBeTruthy();
  });

  it('tells an evaluator the list is their lokus’, and shows a refusal in words', async () => {
    renderEvaluation(
      '/evaluasi/cycles/cycle-2026/sanggahan',
      (operation) => {
        if (operation === 'EvaluationCycle') return reply('EvaluationCycle', { evaluationCycle: cycle(['APPEAL']) });
        return errorOf(
          'FORBIDDEN',
          null,
          'Daftar sanggahan hanya untuk admin dan evaluator.',
          'The appeals list is for the admin and evaluators.',
        );
      },
      { user: EVALUATOR },
    );
    expect(await screen.findByText(/Sanggahan pada lokus yang ditugaskan kepada Anda/)).toBeTruthy();
    expect((await screen.findByRole('alert')).textContent).toMatch(/hanya untuk admin dan evaluator/);
  });
});
