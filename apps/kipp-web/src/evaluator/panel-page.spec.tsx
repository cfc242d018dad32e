import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { scoringProposal, stages } from '../testing/fixtures';
import { EVALUATOR, PANEL, connection, renderKipp } from '../testing/render-kipp';
import { reply } from '../testing/reply';

describe('independent panel (TPI) worklist', () => {
  it('lists the Top 99 with presentation scoring and field verification for each', async () => {
    renderKipp(
      '/kipp/panel',
      (operation) => {
        if (operation === 'KippEvaluatorCompetitions')
          return reply('KippEvaluatorCompetitions', { competitions: connection([{ id: 'comp-2026', year: 2026, title: 'KIPP 2026' }]) });
        if (operation === 'KippPanelTop99')
          return reply('KippPanelTop99', {
            proposals: connection([
              {
                id: 'p-9',
                title: 'Posyandu Digital',
                group: 'UMUM',
                category: 'Kesehatan',
                agency: { id: 'a', name: 'Pemkot Banjarmasin' },
              },
            ]),
          });
        return undefined;
      },
      { user: PANEL },
    );
    const table = await screen.findByRole('table', { name: '1 inovasi Top 99' });
    expect(within(table).getByRole('link', { name: 'Nilai presentasi Posyandu Digital' }).getAttribute('href')).toBe(
      '/kipp/penilaian/p-9?tahap=PRESENTATION',
    );
  });

  it('is not for Tim Evaluasi members', async () => {
    renderKipp('/kipp/panel', () => undefined, { user: EVALUATOR });
    expect(await screen.findByText('Hanya untuk anggota TPI')).toBeTruthy();
  });
});

describe('field verification of a Top 99 innovation', () => {
  it('records a visit with date and notes, which both are required', async () => {
    const proposal = {
      ...scoringProposal(),
      status: 'TOP99' as const,
      competition: { id: 'comp-2026', year: 2026, stages: stages(4).map((s) => ({ stage: s.stage, decidedAt: s.decidedAt, rubrics: [] })) },
    };
    const { calls } = renderKipp(
      '/kipp/penilaian/p-9?tahap=PRESENTATION',
      (operation) => {
        if (operation === 'KippScoringProposal') return reply('KippScoringProposal', { proposal });
        if (operation === 'KippRecordFieldVerification')
          return reply('KippRecordFieldVerification', {
            recordKippFieldVerification: { id: 'v-1', panel: 'TPI', visitedOn: '2026-08-02', notes: 'Berjalan' },
          });
        return undefined;
      },
      { user: PANEL },
    );
    const button = await screen.findByRole('button', { name: 'Catat kunjungan' });
    await userEvent.click(button);
    expect(await screen.findByRole('link', { name: 'Isi tanggal kunjungan' })).toBeTruthy();
    await userEvent.type(screen.getByLabelText(/Tanggal kunjungan/), '2026-08-02', { delay: null });
    await userEvent.type(screen.getByLabelText(/Catatan verifikasi/), 'Layanan berjalan sesuai proposal.', { delay: null });
    await userEvent.click(button);
    await waitFor(() =>
      expect(calls.find((c) => c.operation === 'KippRecordFieldVerification')?.variables).toEqual({
        proposalId: 'p-9',
        visitedOn: '2026-08-02',
        notes: 'Layanan berjalan sesuai proposal.',
      }),
    );
    expect(await screen.findByText('✓ Kunjungan tercatat.')).toBeTruthy();
  });
});
