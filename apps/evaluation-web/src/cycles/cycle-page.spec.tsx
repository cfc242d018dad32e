import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { connectionOf, cycle } from '../testing/fixtures';
import { errorOf, renderEvaluation } from '../testing/render-evaluation';

jest.setTimeout(20_000);

const lokusRow = { id: 'lokus-1', cycleId: 'cycle-2026', serviceUnitId: 'unit-1', unitName: 'SAMSAT Kalimantan Selatan', unitKind: 'SAMSAT', serviceGroup: 'ADMINISTRASI', agencyName: 'Pemprov Kalsel', provinceName: 'Kalimantan Selatan', cohort: 'PROVINCE:SAMSAT', cohortLabel: 'Samsat tingkat provinsi', cohortLabelEn: 'Provincial Samsat', instrumentId: 'pekppp-2024-a', assignments: [] };

function resolver(extra: (operation: string, variables: Record<string, unknown>) => unknown = () => undefined, phases: Parameters<typeof cycle>[0] = ['F01_FILLING', 'F03_SURVEY']) {
  return (operation: string, variables: Record<string, unknown>) => {
    const more = extra(operation, variables);
    if (more !== undefined) return more;
    switch (operation) {
      case 'EvaluationCycle': return { data: { evaluationCycle: cycle(phases) } };
      case 'CycleLokus': return { data: { cycleLokus: connectionOf([lokusRow]) } };
      case 'EvaluatorWorkload': return { data: { evaluatorWorkload: connectionOf([{ evaluatorId: 'eval-1', displayName: 'Evaluator PEKPPP', level: 'KEMENPANRB', primaryLokus: 2, secondRaterLokus: 0, completedLokus: 0, scoredIndicators: 12, totalIndicators: 60, openAppeals: 0 }]) } };
      case 'EvaluatorProfiles': return { data: { evaluatorProfiles: connectionOf([{ userId: 'eval-1', displayName: 'Evaluator PEKPPP', level: 'KEMENPANRB', agencyId: 'a' }, { userId: 'eval-2', displayName: 'Evaluator Kalsel', level: 'PROVINCE', agencyId: 'pemprov-63' }]) } };
      case 'InterRaterAgreement': return { data: { interRaterAgreement: [{ evaluatorA: 'eval-1', evaluatorB: 'eval-2', lokusCount: 3, items: 90, kappa: 0.724, exactAgreement: 0.61 }] } };
      default: throw new Error(`unexpected ${operation}`);
    }
  };
}

describe('cycle page', () => {
  it('gives the admin phases with extension, workload, agreement and lokus', async () => {
    renderEvaluation('/evaluasi/cycles/cycle-2026', resolver());
    await screen.findByRole('heading', { level: 1, name: 'PEKPPP 2026' });
    expect(screen.getByRole('heading', { name: 'Perpanjang tahap' })).toBeTruthy();
    expect(await screen.findByText('12 dari 60 indikator · 0 lokus selesai')).toBeTruthy();
    expect(await screen.findByText('0,724 · kuat')).toBeTruthy();
    expect(screen.getByText('Tahap sekarang: Survei F-03. Finalisasi tersedia pada tahap finalisasi.')).toBeTruthy();
    // translate() falls back to `evaluation.<key>`: none may reach the page.
    expect(document.body.textContent).not.toMatch(/evaluation\.[a-z]/);
  });

  it('requires a reason to extend a phase, and sends the end of the chosen day in Jakarta time', async () => {
    const { calls } = renderEvaluation('/evaluasi/cycles/cycle-2026', resolver((operation) => (operation === 'ExtendCyclePhase' ? { data: { extendCyclePhase: cycle(['F01_FILLING']) } } : undefined)));
    await screen.findByRole('heading', { level: 1, name: 'PEKPPP 2026' });
    await userEvent.type(screen.getByLabelText('Batas akhir baru'), '2026-12-31');
    await userEvent.click(screen.getByRole('button', { name: 'Perpanjang' }));
    expect(await screen.findByRole('link', { name: 'Tuliskan alasan perpanjangan' })).toBeTruthy();
    expect(calls.some((c) => c.operation === 'ExtendCyclePhase')).toBe(false);
    await userEvent.type(screen.getByLabelText(/Alasan perpanjangan/), 'Gangguan sistem nasional');
    await userEvent.click(screen.getByRole('button', { name: 'Perpanjang' }));
    await waitFor(() => expect(calls.find((c) => c.operation === 'ExtendCyclePhase')?.variables).toEqual({ input: { cycleId: 'cycle-2026', phase: 'F03_SURVEY', newEndsAt: '2026-12-31T23:59:59+07:00', reason: 'Gangguan sistem nasional' } }));
  });

  it('lets the admin start the next phase now, with a reason, when the work finished early', async () => {
    const phases = cycle(['F01_FILLING', 'F03_SURVEY']).phases.map((p, i) => ({ ...p, startsAt: `2030-0${1 + i}-01T00:00:00Z`, endsAt: `2030-0${1 + i}-28T00:00:00Z` }));
    const upcoming = cycle(['F01_FILLING', 'F03_SURVEY'], { phases: phases.map((p) => ({ ...p, open: p.phase === 'F01_FILLING' || p.phase === 'F03_SURVEY' })) });
    const { calls } = renderEvaluation('/evaluasi/cycles/cycle-2026', (operation, variables) => {
      if (operation === 'EvaluationCycle') return { data: { evaluationCycle: upcoming } };
      if (operation === 'StartCyclePhase') return { data: { startCyclePhase: cycle(['EVALUATOR_SCORING']) } };
      return resolver()(operation, variables);
    });
    await screen.findByRole('heading', { name: 'Mulai tahap berikutnya sekarang' });
    await userEvent.selectOptions(screen.getByLabelText('Tahap yang dimulai'), 'EVALUATOR_SCORING');
    await userEvent.click(screen.getByRole('button', { name: 'Mulai tahap' }));
    expect(await screen.findByRole('link', { name: 'Tuliskan alasan memulai tahap lebih awal' })).toBeTruthy();
    expect(calls.some((c) => c.operation === 'StartCyclePhase')).toBe(false);
    await userEvent.type(screen.getByLabelText('Alasan'), 'Semua lokus sudah mengisi F-01');
    await userEvent.click(screen.getByRole('button', { name: 'Mulai tahap' }));
    await waitFor(() => expect(calls.find((c) => c.operation === 'StartCyclePhase')?.variables).toEqual({ input: { cycleId: 'cycle-2026', phase: 'EVALUATOR_SCORING', reason: 'Semua lokus sudah mengisi F-01' } }));
  });

  it('shows a conflict-of-interest refusal of an assignment as the server words it', async () => {
    renderEvaluation('/evaluasi/cycles/cycle-2026', resolver((operation) => (operation === 'AssignEvaluator'
      ? errorOf('FORBIDDEN', 'input.evaluatorId', 'Evaluator menyatakan konflik kepentingan dengan unit ini', 'The evaluator declared a conflict of interest with this unit')
      : undefined)));
    await screen.findByRole('heading', { level: 1, name: 'PEKPPP 2026' });
    await screen.findByRole('option', { name: 'SAMSAT Kalimantan Selatan' });
    await userEvent.selectOptions(screen.getByLabelText('Lokus', { selector: 'select' }), 'lokus-1');
    await userEvent.selectOptions(screen.getByLabelText('Evaluator', { selector: 'select' }), 'eval-2');
    await userEvent.click(screen.getByRole('button', { name: 'Tugaskan' }));
    const link = await screen.findByRole('link', { name: 'Evaluator menyatakan konflik kepentingan dengan unit ini' });
    expect(link.getAttribute('href')).toBe('#assign-evaluatorId');
  });

  it('offers finalise in the finalisation phase and publish once finalised', async () => {
    const { calls } = renderEvaluation('/evaluasi/cycles/cycle-2026', resolver((operation) => (operation === 'FinaliseCycle' ? { data: { finaliseCycle: cycle(['FINALISATION'], { finalisedAt: '2026-11-20T00:00:00Z' }) } } : undefined), ['FINALISATION']));
    await userEvent.click(await screen.findByRole('button', { name: 'Finalisasi hasil' }));
    await waitFor(() => expect(calls.some((c) => c.operation === 'FinaliseCycle')).toBe(true));
  });

  it('once finalised, tells the admin when publication opens and offers to start only the Published phase', async () => {
    const phases = cycle(['FINALISATION']).phases.map((p, i) => ({ ...p, startsAt: `2030-0${1 + i}-01T00:00:00Z`, endsAt: `2030-0${1 + i}-28T00:00:00Z`, open: p.phase === 'FINALISATION' }));
    const finalised = cycle(['FINALISATION'], { phases, finalisedAt: '2030-07-02T00:00:00Z' });
    renderEvaluation('/evaluasi/cycles/cycle-2026', resolver((operation) => (operation === 'EvaluationCycle' ? { data: { evaluationCycle: finalised } } : undefined)));
    expect(await screen.findByText(/Tahap publikasi dibuka 1 Agustus 2030/)).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Publikasikan hasil' })).toBeNull();
    const options = Array.from((screen.getByLabelText('Tahap yang dimulai') as HTMLSelectElement).options).map((o) => o.value);
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
