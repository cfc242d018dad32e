import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { LokusRow } from './cycle.operations';
import { connection, cycle } from '../testing/fixtures';
import { errorOf, renderEvaluation } from '../testing/render-evaluation';
import { reply } from '../testing/reply';

const lokusRow: LokusRow = {
  id: 'lokus-1',
  cycleId: 'cycle-2026',
  serviceUnitId: 'unit-1',
  unitName: 'SAMSAT Kalimantan Selatan',
  unitKind: 'SAMSAT',
  serviceGroup: 'ADMINISTRASI',
  agencyName: 'Pemprov Kalsel',
  provinceName: 'Kalimantan Selatan',
  cohort: 'PROVINCE:SAMSAT',
  cohortLabel: 'Samsat tingkat provinsi',
  cohortLabelEn: 'Provincial Samsat',
  instrumentId: 'pekppp-2024-a',
  assignments: [],
};

function resolver(
  extra: (operation: string, variables: Record<string, unknown>) => unknown = () => undefined,
  phases: Parameters<typeof cycle>[0] = ['F01_FILLING', 'F03_SURVEY'],
) {
  return (operation: string, variables: Record<string, unknown>) => {
    const more = extra(operation, variables);
    if (more !== undefined) return more;
    switch (operation) {
      case 'EvaluationCycle':
        return reply('EvaluationCycle', { evaluationCycle: cycle(phases) });
      case 'CycleLokus':
        return reply('CycleLokus', { cycleLokus: connection([lokusRow]) });
      case 'EvaluatorWorkload':
        return reply('EvaluatorWorkload', {
          evaluatorWorkload: connection([
            {
              evaluatorId: 'eval-1',
              displayName: 'Evaluator PEKPPP',
              level: 'KEMENPANRB',
              primaryLokus: 2,
              secondRaterLokus: 0,
              completedLokus: 0,
              scoredIndicators: 12,
              totalIndicators: 60,
              openAppeals: 0,
              secondScoredIndicators: 0,
              secondTotalIndicators: 0,
            },
            {
              evaluatorId: 'eval-2',
              displayName: 'Evaluator Kedua',
              level: 'KEMENPANRB',
              primaryLokus: 0,
              secondRaterLokus: 1,
              completedLokus: 0,
              scoredIndicators: 0,
              totalIndicators: 0,
              openAppeals: 0,
              secondScoredIndicators: 7,
              secondTotalIndicators: 30,
            },
          ]),
        });
      case 'EvaluatorProfiles':
        return reply('EvaluatorProfiles', {
          evaluatorProfiles: connection([
            { userId: 'eval-1', displayName: 'Evaluator PEKPPP', level: 'KEMENPANRB', agencyId: 'a' },
            { userId: 'eval-2', displayName: 'Evaluator Kalsel', level: 'PROVINCE', agencyId: 'pemprov-63' },
          ]),
        });
      case 'AssignmentCandidates':
        return reply('AssignmentCandidates', {
          assignmentCandidates: connection([
            { evaluator: { userId: 'eval-1', displayName: 'Evaluator PEKPPP', level: 'KEMENPANRB' }, eligible: true, refusal: null },
            { evaluator: { userId: 'eval-2', displayName: 'Evaluator Kalsel', level: 'PROVINCE' }, eligible: true, refusal: null },
            {
              evaluator: { userId: 'eval-3', displayName: 'Biro Organisasi Kalteng', level: 'PROVINCE' },
              eligible: false,
              refusal: {
                id: 'Evaluator ini bertugas di provinsi Kalimantan Tengah, lokus berada di Kalimantan Selatan.',
                en: 'This evaluator works in another province.',
              },
            },
          ]),
        });
      case 'InterRaterAgreement':
        return reply('InterRaterAgreement', {
          interRaterAgreement: [
            { evaluatorA: 'eval-1', evaluatorB: 'eval-2', lokusCount: 3, items: 90, kappa: 0.724, exactAgreement: 0.61 },
          ],
        });
      default:
        throw new Error(`unexpected ${operation}`);
    }
  };
}

describe('cycle page', () => {
  it('gives the admin phases with extension, workload, agreement and lokus', async () => {
    renderEvaluation('/evaluasi/cycles/cycle-2026', resolver());
    await screen.findByRole('heading', { level: 1, name: 'PEKPPP 2026' });
    expect(screen.getByRole('heading', { name: 'Perpanjang tahap' })).toBeTruthy();
    expect(await screen.findByText('12 dari 60 indikator · 0 lokus selesai')).toBeTruthy();
    // A second rater's progress is their own blind scoring, not "0 dari 0".
    expect(screen.getByText('sebagai penilai kedua 7 dari 30 indikator')).toBeTruthy();
    expect(await screen.findByText('0,724 · kuat')).toBeTruthy();
    expect(screen.getByText('Tahap sekarang: Survei F-03. Finalisasi tersedia pada tahap finalisasi.')).toBeTruthy();
    // translate() falls back to `evaluation.<key>`: none may reach the page.
    expect(document.body.textContent).not.toMatch(/evaluation\.[a-z]/);
  });

  it('requires a reason to extend a phase, and sends the end of the chosen day in Jakarta time', async () => {
    const { calls } = renderEvaluation(
      '/evaluasi/cycles/cycle-2026',
      resolver((operation) =>
        operation === 'ExtendCyclePhase' ? reply('ExtendCyclePhase', { extendCyclePhase: cycle(['F01_FILLING']) }) : undefined,
      ),
    );
    await screen.findByRole('heading', { level: 1, name: 'PEKPPP 2026' });
    await userEvent.type(screen.getByLabelText('Batas akhir baru'), '2026-12-31', { delay: null });
    await userEvent.click(screen.getByRole('button', { name: 'Perpanjang' }));
    expect(await screen.findByRole('link', { name: 'Tuliskan alasan perpanjangan' })).toBeTruthy();
    expect(calls.some((c) => c.operation === 'ExtendCyclePhase')).toBe(false);
    await userEvent.type(screen.getByLabelText(/Alasan perpanjangan/), 'Gangguan sistem nasional', { delay: null });
    await userEvent.click(screen.getByRole('button', { name: 'Perpanjang' }));
    await waitFor(() =>
      expect(calls.find((c) => c.operation === 'ExtendCyclePhase')?.variables).toEqual({
        input: { cycleId: 'cycle-2026', phase: 'F03_SURVEY', newEndsAt: '2026-12-31T23:59:59+07:00', reason: 'Gangguan sistem nasional' },
      }),
    );
  });

  it('lets the admin start the next phase now, with a reason, when the work finished early', async () => {
    const phases = cycle(['F01_FILLING', 'F03_SURVEY']).phases.map((p, i) => ({
      ...p,
      startsAt: `2030-0${1 + i}-01T00:00:00Z`,
      endsAt: `2030-0${1 + i}-28T00:00:00Z`,
    }));
    const upcoming = cycle(['F01_FILLING', 'F03_SURVEY'], {
      phases: phases.map((p) => ({ ...p, open: p.phase === 'F01_FILLING' || p.phase === 'F03_SURVEY' })),
    });
    const { calls } = renderEvaluation('/evaluasi/cycles/cycle-2026', (operation, variables) => {
      if (operation === 'EvaluationCycle') return reply('EvaluationCycle', { evaluationCycle: upcoming });
      if (operation === 'StartCyclePhase') return reply('StartCyclePhase', { startCyclePhase: cycle(['EVALUATOR_SCORING']) });
      return resolver()(operation, variables);
    });
    await screen.findByRole('heading', { name: 'Mulai tahap berikutnya sekarang' });
    await userEvent.selectOptions(screen.getByLabelText('Tahap yang dimulai'), 'EVALUATOR_SCORING');
    await userEvent.click(screen.getByRole('button', { name: 'Mulai tahap' }));
    expect(await screen.findByRole('link', { name: 'Tuliskan alasan memulai tahap lebih awal' })).toBeTruthy();
    expect(calls.some((c) => c.operation === 'StartCyclePhase')).toBe(false);
    await userEvent.type(screen.getByLabelText('Alasan'), 'Semua lokus sudah mengisi F-01', { delay: null });
    await userEvent.click(screen.getByRole('button', { name: 'Mulai tahap' }));
    await waitFor(() =>
      expect(calls.find((c) => c.operation === 'StartCyclePhase')?.variables).toEqual({
        input: { cycleId: 'cycle-2026', phase: 'EVALUATOR_SCORING', reason: 'Semua lokus sudah mengisi F-01' },
      }),
    );
  });

  it('shows a conflict-of-interest refusal of an assignment as the server words it', async () => {
    renderEvaluation(
      '/evaluasi/cycles/cycle-2026',
      resolver((operation) =>
        operation === 'AssignEvaluator'
          ? errorOf(
              'FORBIDDEN',
              'input.evaluatorId',
              'Evaluator menyatakan konflik kepentingan dengan unit ini',
              'The evaluator declared a conflict of interest with this unit',
            )
          : undefined,
      ),
    );
    await screen.findByRole('heading', { level: 1, name: 'PEKPPP 2026' });
    await screen.findByRole('option', { name: 'SAMSAT Kalimantan Selatan' });
    await userEvent.selectOptions(screen.getByLabelText('Lokus', { selector: 'select' }), 'lokus-1');
    await screen.findByRole('option', { name: 'Evaluator Kalsel · Biro Organisasi provinsi' });
    await userEvent.selectOptions(screen.getByLabelText('Evaluator yang dapat ditugaskan', { selector: 'select' }), 'eval-2');
    await userEvent.click(screen.getByRole('button', { name: 'Tugaskan' }));
    const link = await screen.findByRole('link', { name: 'Evaluator menyatakan konflik kepentingan dengan unit ini' });
    expect(link.getAttribute('href')).toBe('#assign-evaluatorId');
  });

  it('"Tugaskan evaluator" offers every enrolled evaluator who may take the lokus and says why the others cannot', async () => {
    const { calls } = renderEvaluation('/evaluasi/cycles/cycle-2026', resolver());
    await screen.findByRole('option', { name: 'SAMSAT Kalimantan Selatan' });
    expect(screen.getByText('Pilih lokus dahulu untuk melihat evaluator yang dapat menilainya.')).toBeTruthy();
    await userEvent.selectOptions(screen.getByLabelText('Lokus', { selector: 'select' }), 'lokus-1');
    const picker = await screen.findByLabelText('Evaluator yang dapat ditugaskan', { selector: 'select' });
    await screen.findByRole('option', { name: 'Evaluator PEKPPP · KemenPAN-RB' });
    expect(Array.from((picker as HTMLSelectElement).options).map((o) => o.value)).toEqual(['', 'eval-1', 'eval-2']);
    expect(screen.getByText('1 evaluator lain tidak dapat menilai lokus ini:')).toBeTruthy();
    expect(
      screen.getByText(
        'Biro Organisasi Kalteng: Evaluator ini bertugas di provinsi Kalimantan Tengah, lokus berada di Kalimantan Selatan.',
      ),
    ).toBeTruthy();
    expect(calls.find((c) => c.operation === 'AssignmentCandidates')?.variables).toMatchObject({ lokusId: 'lokus-1' });
  });

  it('after assigning an evaluator the lokus list and the workload reload without a page reload', async () => {
    let assigned = false;
    const { calls } = renderEvaluation(
      '/evaluasi/cycles/cycle-2026',
      resolver((operation) => {
        if (operation === 'AssignEvaluator') {
          assigned = true;
          return reply('AssignEvaluator', { assignEvaluator: { lokusId: 'lokus-1', evaluatorId: 'eval-1' } });
        }
        if (operation === 'CycleLokus' && assigned)
          return reply('CycleLokus', {
            cycleLokus: connection([
              { ...lokusRow, assignments: [{ evaluatorId: 'eval-1', evaluatorName: 'Evaluator PEKPPP', role: 'PRIMARY' }] },
            ]),
          });
        return undefined;
      }),
    );
    expect(await screen.findByText('Belum ada evaluator')).toBeTruthy();
    await userEvent.selectOptions(screen.getByLabelText('Lokus', { selector: 'select' }), 'lokus-1');
    await screen.findByRole('option', { name: 'Evaluator PEKPPP · KemenPAN-RB' });
    await userEvent.selectOptions(screen.getByLabelText('Evaluator yang dapat ditugaskan', { selector: 'select' }), 'eval-1');
    const workloadCalls = calls.filter((c) => c.operation === 'EvaluatorWorkload').length;
    await userEvent.click(screen.getByRole('button', { name: 'Tugaskan' }));
    expect(await screen.findByText('Evaluator PEKPPP (Penilai utama)')).toBeTruthy();
    expect(screen.queryByText('Belum ada evaluator')).toBeNull();
    await waitFor(() => expect(calls.filter((c) => c.operation === 'EvaluatorWorkload').length).toBeGreaterThan(workloadCalls));
  });

  it('finalisation asks for confirmation, saying what it freezes; cancelling finalises nothing', async () => {
    const { calls } = renderEvaluation(
      '/evaluasi/cycles/cycle-2026',
      resolver(
        (operation) =>
          operation === 'FinaliseCycle'
            ? reply('FinaliseCycle', { finaliseCycle: cycle(['FINALISATION'], { finalisedAt: '2026-11-20T00:00:00Z' }) })
            : undefined,
        ['FINALISATION'],
      ),
    );
    await userEvent.click(await screen.findByRole('button', { name: 'Finalisasi hasil' }));
    const dialog = await screen.findByRole('dialog', { name: 'Finalisasi hasil PEKPPP 2026?' });
    expect(dialog.textContent).toContain('membekukan semua nilai F-02, klaim F-01, bukti, survei F-03, sanggahan dan hasil');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Batal' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(calls.some((c) => c.operation === 'FinaliseCycle')).toBe(false);
    await userEvent.click(screen.getByRole('button', { name: 'Finalisasi hasil' }));
    await userEvent.click(within(await screen.findByRole('dialog')).getByRole('button', { name: 'Ya, finalisasi dan bekukan' }));
    await waitFor(() => expect(calls.some((c) => c.operation === 'FinaliseCycle')).toBe(true));
  });

  it('once finalised, tells the admin when publication opens and offers to start only the Published phase', async () => {
    const phases = cycle(['FINALISATION']).phases.map((p, i) => ({
      ...p,
      startsAt: `2030-0${1 + i}-01T00:00:00Z`,
      endsAt: `2030-0${1 + i}-28T00:00:00Z`,
      open: p.phase === 'FINALISATION',
    }));
    const finalised = cycle(['FINALISATION'], { phases, finalisedAt: '2030-07-02T00:00:00Z' });
    renderEvaluation(
      '/evaluasi/cycles/cycle-2026',
      resolver((operation) => (operation === 'EvaluationCycle' ? reply('EvaluationCycle', { evaluationCycle: finalised }) : undefined)),
    );
    expect(await screen.findByText(/Tahap publikasi dibuka 1 Agustus 2030/)).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Publikasikan hasil' })).toBeNull();
    const options = Array.from(screen.getByLabelText<HTMLSelectElement>('Tahap yang dimulai').options).map((o) => o.value);
    expect(options).toEqual(['', 'PUBLISHED']);
  });

  it('shows the public the phases but no admin tools', async () => {
    renderEvaluation('/evaluasi/cycles/cycle-2026', resolver(), { user: null });
    await screen.findByRole('heading', { level: 1, name: 'PEKPPP 2026' });
    expect(screen.getByRole('heading', { name: 'Tahap dan batas waktu' })).toBeTruthy();
    expect(screen.queryByRole('heading', { name: 'Perpanjang tahap' })).toBeNull();
    expect(screen.queryByRole('heading', { name: 'Evaluator' })).toBeNull();
  });
});
