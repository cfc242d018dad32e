jest.setTimeout(90_000);
import { getInstrument } from '@simpul/scoring';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { indicatorsOf } from '../shared/instrument';
import { connection, cycle, lokus } from '../testing/fixtures';
import { DESK, renderEvaluation } from '../testing/render-evaluation';
import { reply } from '../testing/reply';
import type { LokusDetail, Appeal, Score } from '../lokus/lokus.operations';

const codes = indicatorsOf(getInstrument('pekppp-2024-a')).map((i) => i.code);
const score = (code: string, level: number, note: string | null = null): Score => ({
  lokusId: 'lokus-1',
  indicatorCode: code,
  level,
  note,
  version: 1,
  updatedAt: '2026-11-01T00:00:00Z',
});
const appeal = (code: string, requestedLevel: number | null): Appeal => ({
  id: `appeal-${code}`,
  lokusId: 'lokus-1',
  indicatorCode: code,
  disputedLevel: 3,
  requestedLevel,
  reason: 'Bukti baru',
  filedAt: '2026-06-02T02:31:10.000Z',
  status: 'OPEN',
  decisionReason: null,
  newLevel: null,
  decidedAt: null,
});

function render(detail: Partial<LokusDetail>, phases: Parameters<typeof lokus>[0]) {
  const phaseWindows = cycle(phases).phases.map(({ phase, startsAt, endsAt }) => ({ phase, startsAt, endsAt }));
  const base = lokus(phases, detail);
  return renderEvaluation(
    '/evaluasi/lokus/lokus-1',
    (operation) => {
      if (operation === 'LokusById') return reply('LokusById', { lokusById: { ...base, cycle: { ...base.cycle, phases: phaseWindows } } });
      if (operation === 'UnitEvidenceDocuments') return reply('UnitEvidenceDocuments', { unitEvidenceDocuments: connection([]) });
      if (operation === 'UnitLokus') return reply('UnitLokus', { unitLokus: [] });
      if (operation === 'UnitLatestIkm')
        return reply('UnitLatestIkm', { serviceUnit: { id: 'unit-1', latestIkm: null, latestIkmGap: null } });
      if (operation === 'LokusComments') return reply('LokusComments', { lokusById: { id: 'lokus-1', comments: connection([]) } });
      if (operation === 'FileAppeal') return reply('FileAppeal', { fileAppeal: appeal('2.a.P', 5) });
      throw new Error(`unexpected ${operation}`);
    },
    { user: DESK },
  );
}

const released = { role: null, blind: false, evaluationVisible: true, primaryScored: 30, secondScored: 0, indicatorCount: 30 };

describe("the desk's evaluation in the appeal phase", () => {
  it("before the appeal phase the desk is told when the evaluators' scores will appear", async () => {
    render({ scoringStatus: { ...released, evaluationVisible: false } }, ['VERIFICATION']);
    await screen.findByRole('heading', { name: 'Hasil penilaian evaluator' });
    expect(screen.getByText(/Nilai evaluator terlihat di sini setelah masa sanggah dibuka \(1 Juni 2026\)/)).toBeTruthy();
    expect(screen.queryByRole('table', { name: 'Nilai evaluator per indikator' })).toBeNull();
  });

  it("in the appeal phase the desk sees each indicator's level and the evaluator's note, in instrument order, and the field-visit findings", async () => {
    render(
      {
        scoringStatus: released,
        scores: codes.map((code, i) => score(code, i % 6, code === '1.a.Ak' ? 'SK standar pelayanan terbit 2026' : null)),
        fieldVerifications: [
          {
            id: 'v1',
            visitedOn: '2026-05-20',
            team: ['Evaluator PEKPPP'],
            findings: 'Papan antrean belum ada.',
            recordedAt: '2026-05-20T03:00:00Z',
          },
        ],
      },
      ['APPEAL'],
    );
    const table = await screen.findByRole('table', { name: 'Nilai evaluator per indikator' });
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows).toHaveLength(30);
    expect(rows[0].textContent).toContain('1.a.Ak');
    expect(rows[0].textContent).toContain('SK standar pelayanan terbit 2026');
    expect(rows.map((row) => row.textContent?.split(' · ')[0])).toEqual(codes);
    expect(screen.getByText('Kunjungan 20 Mei 2026 (Evaluator PEKPPP): Papan antrean belum ada.')).toBeTruthy();
  });

  it('appeals list indicators in instrument order (1, 2, … 10, not 1, 10, 11, 2) and show the level requested', async () => {
    // The service may return scores in code order as text ("1.a", "10.b", "11.b", "2.a"): the page must not.
    const scores = [...codes].sort().map((code) => score(code, 3));
    const appeals = [appeal(codes[10], null), appeal(codes[1], 5), appeal(codes[0], 4)];
    const { calls } = render({ scoringStatus: released, scores, appeals }, ['APPEAL']);
    await screen.findByRole('heading', { name: 'Sanggahan' });
    const options = Array.from(screen.getByLabelText<HTMLSelectElement>('Indikator yang disanggah').options)
      .slice(1)
      .map((o) => o.value);
    expect(options).toEqual(codes);
    const filed = screen.getAllByText(/· menunggu keputusan$/).map((el) => el.textContent?.split(' · ')[0]);
    expect(filed).toEqual([codes[0], codes[1], codes[10]]);
    expect(screen.getByText('Level yang diminta: 5')).toBeTruthy();
    expect(screen.getByText('Tanpa level yang diminta')).toBeTruthy();
    expect(document.body.textContent).not.toMatch(/\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/);
    await userEvent.selectOptions(screen.getByLabelText('Indikator yang disanggah'), codes[1]);
    await userEvent.selectOptions(screen.getByLabelText('Level yang diminta'), '5');
    // One change event, not 38 keystrokes: the page re-renders 30 claim cards per keystroke.
    fireEvent.change(screen.getByLabelText('Alasan'), { target: { value: 'Forum konsultasi publik sudah digelar.' } });
    await userEvent.click(screen.getByRole('button', { name: 'Ajukan sanggahan' }));
    await waitFor(() =>
      expect(calls.find((c) => c.operation === 'FileAppeal')?.variables).toEqual({
        input: { lokusId: 'lokus-1', indicatorCode: codes[1], reason: 'Forum konsultasi publik sudah digelar.', requestedLevel: 5 },
      }),
    );
  });
});
