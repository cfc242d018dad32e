import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { ADMIN, NINE, renderSkm, UNIT_DESK } from '../testing/render-skm';

const elements = NINE.map((e, i) => ({ code: e.code, name: e.name, weight: 1 / 9, sum: 300, answered: 100, nrr: 3, value: 75, categoryCode: i === 3 ? 'C' : 'B', weak: i === 3 }));
const SURVEY = {
  id: 's1', title: 'SKM Samsat Banjarmasin', serviceUnitId: 'unit-1', mallId: null, deskId: null, periodKind: 'QUARTER', year: 2026, number: 4,
  periodLabel: 'Triwulan IV 2026', startsOn: '2026-10-01', endsOn: '2026-12-31', expectedUsers: 1000, opensAt: null, closesAt: null,
  publicCode: 'ABC123', publicUrl: 'http://127.0.0.1:4200/skm/s/ABC123', kioskUrl: 'http://127.0.0.1:4200/skm/kiosk/ABC123',
  elements: NINE, serviceUnit: { id: 'unit-1', name: 'Samsat Banjarmasin' },
  result: {
    surveyId: 's1', periodLabel: 'Triwulan IV 2026',
    ikm: { value: 75, interval: 3, respondents: 100, exactInterval: '3', exactValue: '75', formula: 'IKM = Σ (NRR unsur × bobot unsur) × 25', explanation: { id: 'IKM 75,00', en: 'IKM 75.00' }, category: { code: 'C', label: 'Kurang Baik', labelEn: 'Poor' } },
    elements,
    sample: { expectedUsers: 1000, required: 278, respondents: 100, adequate: false, shortBy: 178, percent: 35.97 },
    exclusions: { excluded: 3, pendingReview: 1, reasons: [{ reason: 'OUTSIDE_HOURS', responses: 3 }] },
  },
  followUps: { totalCount: 0, edges: [], pageInfo: { hasNextPage: false, endCursor: null } },
};
const FLAGGED = { totalCount: 1, edges: [{ cursor: 'c', node: { id: 'r1', channel: 'KIOSK', answeredAt: '2026-11-20T03:00:00Z', flags: ['BURST'], review: 'PENDING', answers: [4, 4, 4, 4, 4, 4, 4, 4, 4] } }], pageInfo: { hasNextPage: false, endCursor: null } };
const empty = { totalCount: 0, edges: [], pageInfo: { hasNextPage: false, endCursor: null } };

function resolve(operation: string) {
  if (operation === 'SkmSurvey') return { data: { skmSurvey: SURVEY } };
  if (operation === 'SkmFlagged') return { data: { skmFlaggedResponses: FLAGGED } };
  if (operation === 'SkmBreakdown') return { data: { skmResult: { breakdown: empty } } };
  if (operation === 'ReviewSkmResponses') return { data: { reviewSkmResponses: { decided: 1, excluded: 1 } } };
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
  });

  it('asks an admin to confirm before excluding a flagged answer', async () => {
    const user = userEvent.setup();
    const { calls } = renderSkm('/skm/surveys/s1', resolve, { user: ADMIN });
    await user.click(await screen.findByRole('checkbox', { name: /Pilih jawaban/ }));
    await user.click(screen.getByRole('button', { name: 'Keluarkan 1 jawaban' }));
    expect(calls.some((c) => c.operation === 'ReviewSkmResponses')).toBe(false);
    await user.click(screen.getByRole('button', { name: 'Ya, keluarkan' }));
    expect(await screen.findByText('1 jawaban diputuskan, 1 dikeluarkan.')).toBeTruthy();
    expect(calls.find((c) => c.operation === 'ReviewSkmResponses')?.variables).toEqual({ responseIds: ['r1'], decision: 'EXCLUDE', note: null });
  });

  it('lets a unit desk manage its survey but not exclude its own answers', async () => {
    renderSkm('/skm/surveys/s1', resolve, { user: UNIT_DESK });
    expect(await screen.findByText('Hanya admin nasional atau operator MPP yang dapat mengeluarkan jawaban.')).toBeTruthy();
    expect(screen.queryByRole('button', { name: /Keluarkan/ })).toBeNull();
    expect(screen.getByRole('button', { name: 'Impor' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Simpan rencana' })).toBeTruthy();
  });
});
