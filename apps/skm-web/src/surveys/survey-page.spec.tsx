import { expectNoInternalCodes } from '@simpul/ui/testing';
import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { SkmFlaggedQuery, SkmImportBatchesQuery, SkmFollowUpStatus, SkmSurveyQuery } from '../__generated__/operations';
import { ADMIN, NINE, renderSkm, UNIT_DESK, type Resolver } from '../testing/render-skm';
import { reply } from '../testing/reply';

const elements = NINE.map((e, i) => ({
  code: e.code,
  name: e.name,
  weight: 1 / 9,
  sum: 300,
  answered: 100,
  nrr: 3,
  value: 75,
  categoryCode: i === 3 ? 'C' : 'B',
  weak: i === 3,
}));
const SURVEY: SkmSurveyQuery['skmSurvey'] = {
  id: 's1',
  title: 'SKM Samsat Banjarmasin',
  serviceUnitId: 'unit-1',
  mallId: null,
  deskId: null,
  periodKind: 'QUARTER',
  year: 2026,
  number: 4,
  periodLabel: 'Triwulan IV 2026',
  startsOn: '2026-10-01',
  endsOn: '2026-12-31',
  expectedUsers: 1000,
  opensAt: null,
  closesAt: null,
  publicCode: 'ABC123',
  publicUrl: 'http://127.0.0.1:4200/skm/s/ABC123',
  kioskUrl: 'http://127.0.0.1:4200/skm/kiosk/ABC123',
  elements: NINE,
  serviceUnit: { id: 'unit-1', name: 'Samsat Banjarmasin' },
  result: {
    surveyId: 's1',
    periodLabel: 'Triwulan IV 2026',
    origin: 'DEMO',
    source: null,
    ikm: {
      value: 75,
      interval: 3,
      respondents: 100,
      exactInterval: '3',
      exactValue: '75',
      formula: 'IKM = Σ (NRR unsur × bobot unsur) × 25',
      explanation: { id: 'IKM 75,00', en: 'IKM 75.00' },
      category: { code: 'C', label: 'Kurang Baik', labelEn: 'Poor' },
    },
    elements,
    sample: { expectedUsers: 1000, required: 278, respondents: 100, adequate: false, shortBy: 178, percent: 35.97 },
    exclusions: { excluded: 3, pendingReview: 6, reasons: [{ reason: 'OUTSIDE_HOURS', responses: 3 }] },
  },
  followUps: {
    totalCount: 1,
    edges: [
      {
        cursor: 'f',
        node: {
          id: 'f1',
          surveyId: 's1',
          elementCode: 'U3',
          elementName: 'Waktu penyelesaian',
          action: 'Loket tambahan',
          owner: 'Kepala UPT',
          dueOn: '2026-12-31',
          status: 'PLANNED',
          outcome: null,
          updatedAt: '2026-11-01T00:00:00Z',
        },
      },
    ],
    pageInfo: { hasNextPage: false, endCursor: null },
  },
};
const FLAGGED: SkmFlaggedQuery['skmFlaggedResponses'] = {
  totalCount: 1,
  edges: [
    {
      cursor: 'c',
      node: {
        id: 'r1',
        channel: 'KIOSK',
        answeredAt: '2026-11-20T03:00:00Z',
        flags: ['BURST'],
        review: 'PENDING',
        answers: [4, 4, 4, 4, 4, 4, 4, 4, 4],
      },
    },
  ],
  pageInfo: { hasNextPage: false, endCursor: null },
};
const empty = { totalCount: 0, edges: [], pageInfo: { hasNextPage: false, endCursor: null } };

const BATCHES: SkmImportBatchesQuery['skmImportBatches'] = {
  totalCount: 1,
  edges: [
    { cursor: 'b', node: { id: 'b1', fileName: 'kertas-mei.csv', rowCount: 5, review: 'PENDING', importedAt: '2026-11-20T02:31:10.000Z' } },
  ],
  pageInfo: { hasNextPage: false, endCursor: null },
};
const link = (n: number, usedAt: string | null = null) => ({
  token: `t${n}`,
  url: `http://127.0.0.1:4200/skm/t/t${n}`,
  createdAt: '2026-11-20T02:31:10.000Z',
  usedAt,
});
let issued = 0;

function resolve(operation: string, variables?: Record<string, unknown>) {
  if (operation === 'SkmSurvey') return reply('SkmSurvey', { skmSurvey: SURVEY });
  if (operation === 'SkmImportBatches') return reply('SkmImportBatches', { skmImportBatches: BATCHES });
  if (operation === 'ReviewSkmImportBatch') return reply('ReviewSkmImportBatch', { reviewSkmImportBatch: { decided: 5, excluded: 0 } });
  if (operation === 'SkmLinkUsage') return reply('SkmLinkUsage', { skmSurvey: { id: 's1', linkUsage: { issued: 1 + issued, used: 1 } } });
  if (operation === 'IssueSkmLinks') {
    const count = Number(variables?.count);
    issued += count;
    return reply('IssueSkmLinks', { issueSkmLinks: Array.from({ length: count }, (_, i) => link(100 + i)) });
  }
  if (operation === 'UpdateSkmFollowUp') {
    const input = variables?.input as { status: SkmFollowUpStatus; outcome: string | null };
    return reply('UpdateSkmFollowUp', {
      updateSkmFollowUp: { ...SURVEY.followUps.edges[0].node, status: input.status, outcome: input.outcome },
    });
  }
  if (operation === 'SkmFlagged') return reply('SkmFlagged', { skmFlaggedResponses: FLAGGED });
  if (operation === 'SkmBreakdown') return reply('SkmBreakdown', { skmResult: { breakdown: empty } });
  if (operation === 'ReviewSkmResponses') return reply('ReviewSkmResponses', { reviewSkmResponses: { decided: 1, excluded: 1 } });
  return { data: null, errors: [{ message: `unexpected ${operation}` }] };
}

describe('survey page', () => {
  it('shows the IKM with its grade, the sample progress and why answers were excluded', async () => {
    renderSkm('/skm/surveys/s1', resolve, { user: ADMIN });
    expect((await screen.findByTestId('ikm-value')).textContent).toBe('75,00');
    expect(screen.getAllByText('C · Kurang Baik').length).toBeGreaterThan(0);
    expect(screen.getByText('100 dari 278 responden (36%)')).toBeTruthy();
    expect(screen.getByText('Kurang 178 responden lagi.')).toBeTruthy();
    expect(screen.getByText('Di luar jam layanan: 3')).toBeTruthy();
    expect(screen.getByRole('img', { name: /U4 75,00 \(C\)/ })).toBeTruthy();
    // Honest data (#11 §7): a demo survey's IKM says it is demo.
    expect(screen.getByTestId('ikm-value').parentElement?.textContent).toContain('Contoh');
  });

  it('asks an admin to confirm before excluding a flagged answer', async () => {
    const user = userEvent.setup({ delay: null });
    const { calls } = renderSkm('/skm/surveys/s1', resolve, { user: ADMIN });
    await user.click(await screen.findByRole('checkbox', { name: /Pilih jawaban/ }, { timeout: 10_000 }));
    await user.click(screen.getByRole('button', { name: 'Keluarkan 1 jawaban' }));
    expect(calls.some((c) => c.operation === 'ReviewSkmResponses')).toBe(false);
    // Rule: the confirmation takes the focus (it replaced the button that had it).
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Ya, keluarkan' }));
    await user.click(screen.getByRole('button', { name: 'Ya, keluarkan' }));
    expect(await screen.findByText('1 jawaban diputuskan, 1 dikeluarkan.')).toBeTruthy();
    expect(calls.find((c) => c.operation === 'ReviewSkmResponses')?.variables).toEqual({
      responseIds: ['r1'],
      decision: 'EXCLUDE',
      note: null,
    });
  });

  it('lets a unit desk manage its survey but not exclude its own answers', async () => {
    renderSkm('/skm/surveys/s1', resolve, { user: UNIT_DESK });
    expect(await screen.findByText('Hanya admin nasional atau operator MPP yang dapat mengeluarkan jawaban.')).toBeTruthy();
    expect(screen.queryByRole('button', { name: /Keluarkan/ })).toBeNull();
    expect(screen.getByRole('button', { name: 'Impor' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Simpan rencana' })).toBeTruthy();
  });

  it('says so when the chosen paper-form file can no longer be read, and sends nothing', async () => {
    const { calls } = renderSkm('/skm/surveys/s1', resolve, { user: UNIT_DESK });
    const user = userEvent.setup({ delay: null });
    const submit = await screen.findByRole('button', { name: 'Impor' });
    const file = new File(['U1,U2'], 'kertas-juni.csv', { type: 'text/csv' });
    await user.upload(screen.getByLabelText(/^Berkas CSV atau XLSX/), file);
    // As the browser answers for a file moved or deleted after it was chosen: the reader fails.
    const read = jest.spyOn(FileReader.prototype, 'readAsDataURL').mockImplementation(function (this: FileReader) {
      this.onerror?.(new ProgressEvent('error') as ProgressEvent<FileReader>);
    });
    try {
      await user.click(submit);
      expect(await screen.findAllByText('kertas-juni.csv tidak dapat dibaca; pilih berkasnya lagi')).not.toHaveLength(0);
      expect(calls.some((c) => c.operation === 'ImportSkmResponses')).toBe(false);
    } finally {
      read.mockRestore();
    }
  });

  it('rule: no count is shown before its answer is in, so nobody reads "0" for a figure not known yet', async () => {
    const held: Resolver = (operation, variables) =>
      operation === 'SkmFlagged' || operation === 'SkmLinkUsage' ? new Promise(() => undefined) : resolve(operation, variables);
    renderSkm('/skm/surveys/s1', held, { user: ADMIN });
    expect(await screen.findByText('Menghitung jawaban yang menunggu keputusan…')).toBeTruthy();
    expect(await screen.findByText('Menghitung tautan yang diterbitkan…')).toBeTruthy();
    expect(screen.queryByTestId('flagged-waiting')).toBeNull();
    expect(screen.queryByTestId('links-summary')).toBeNull();
  });

  it('rule: the waiting count agrees with the header (flagged answers plus paper batches), and a batch is reviewed from the page', async () => {
    const user = userEvent.setup({ delay: null });
    const { calls } = renderSkm('/skm/surveys/s1', resolve, { user: ADMIN });
    expect((await screen.findByTestId('flagged-waiting')).textContent).toBe('Menunggu keputusan: 6 jawaban (termasuk batch kertas)');
    expect(screen.getByText('Menunggu tinjauan')).toBeTruthy();
    await user.click(screen.getByRole('button', { name: 'Tetap hitung kertas-mei.csv' }));
    expect(await screen.findByText('Batch kertas-mei.csv tetap dihitung (5 jawaban).')).toBeTruthy();
    expect(calls.find((c) => c.operation === 'ReviewSkmImportBatch')?.variables).toEqual({ batchId: 'b1', decision: 'KEEP' });
  });

  it('issues one-time links from the page: how many, then the list to print or download, and the count refreshes', async () => {
    issued = 0;
    const user = userEvent.setup({ delay: null });
    const { calls } = renderSkm('/skm/surveys/s1', resolve, { user: ADMIN });
    expect((await screen.findByTestId('links-summary')).textContent).toBe('1 tautan diterbitkan, 1 sudah dipakai.');
    const count = screen.getByLabelText('Jumlah tautan (1–100)');
    await user.clear(count);
    await user.type(count, '3');
    await user.click(screen.getByRole('button', { name: 'Terbitkan tautan' }));
    const list = await screen.findByRole('table', { name: /Tautan yang baru diterbitkan/ });
    expect(list.querySelectorAll('tbody tr')).toHaveLength(3);
    expect(screen.getByRole('button', { name: 'Unduh daftar (CSV)' })).toBeTruthy();
    expect(calls.find((c) => c.operation === 'IssueSkmLinks')?.variables).toEqual({ surveyId: 's1', count: 3 });
    expect(await screen.findByText('4 tautan diterbitkan, 1 sudah dipakai.')).toBeTruthy();
  });

  it('rule: a follow-up takes an outcome; saving says so and keeps the focus', async () => {
    const user = userEvent.setup({ delay: null });
    const { calls } = renderSkm('/skm/surveys/s1', resolve, { user: ADMIN });
    await user.selectOptions(await screen.findByRole('combobox', { name: 'Status tindak lanjut U3 · Waktu penyelesaian' }), 'DONE');
    await user.type(screen.getByRole('textbox', { name: 'Hasil tindak lanjut U3 · Waktu penyelesaian' }), 'Antrean turun ke 20 menit');
    const save = screen.getByRole('button', { name: 'Simpan hasil' });
    await user.click(save);
    expect(await screen.findByText('Tindak lanjut U3 · Waktu penyelesaian disimpan: Selesai.')).toBeTruthy();
    expect(document.activeElement).toBe(save);
    expect(calls.find((c) => c.operation === 'UpdateSkmFollowUp')?.variables).toEqual({
      input: { id: 'f1', status: 'DONE', outcome: 'Antrean turun ke 20 menit' },
    });
  });

  it('rule: in English, the period, element names, channel and time come from the catalogues (no "KIOSK", no ISO time)', async () => {
    renderSkm('/skm/surveys/s1', resolve, { user: ADMIN, language: 'en' });
    expect(await screen.findByText(/Q4 2026/)).toBeTruthy();
    expect(screen.getAllByText(/U3 · Completion time/).length).toBeGreaterThan(0);
    expect(screen.getByText('Kiosk')).toBeTruthy();
    expect(screen.queryByText('KIOSK')).toBeNull();
    expect(screen.getByRole('checkbox', { name: /^Select the answer of .*10:00$/ })).toBeTruthy();
    expect(document.body.textContent).not.toMatch(/\d{4}-\d{2}-\d{2}T/);
    expect(document.body.textContent).not.toMatch(/Triwulan|Penanganan pengaduan/);
    expectNoInternalCodes();
  });
});
