import { scoreProposal } from '@simpul/scoring';
import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { RUBRIC, scoringProposal } from '../testing/fixtures';
import { EVALUATOR, errorOf, renderKipp } from '../testing/render-kipp';
import { reply } from '../testing/reply';
import { liveScore, parseScore, toScoringRubric } from './live-score';

const texts = { NOVELTY: '90', EFFECTIVE: '80,5', BENEFICIAL: '85', SUSTAINABLE: '70' };

describe('live rubric total', () => {
  it('reads Indonesian decimal commas', () => {
    expect(parseScore('80,5')).toBe(80.5);
    expect(parseScore('7.25')).toBe(7.25);
    expect(parseScore('tujuh')).toBeNull();
  });

  it('is the total scoreProposal computes once every criterion is on the scale', () => {
    const live = liveScore(RUBRIC, texts, () => 'range', 'nan');
    const expected = scoreProposal(toScoringRubric(RUBRIC), { NOVELTY: 90, EFFECTIVE: 80.5, BENEFICIAL: 85, SUSTAINABLE: 70 });
    expect(live).toEqual({ kind: 'complete', score: expected });
    expect(expected.total).toBe(82.38);
  });

  it('counts what is filled and names what is off the scale', () => {
    expect(liveScore(RUBRIC, { NOVELTY: '101', EFFECTIVE: '50' }, (min, max) => `${min}-${max}`, 'nan')).toEqual({
      kind: 'incomplete',
      filled: 1,
      total: 4,
      invalid: { NOVELTY: '0-100' },
    });
  });
});

describe('score page', () => {
  it('an evaluator sees the attachments and fractional weights of the rubric as percentages', async () => {
    const proposal = scoringProposal();
    proposal.attachments = [
      {
        id: 'a-1',
        kind: 'SURAT',
        fileName: 'sk-posyandu.pdf',
        contentType: 'application/pdf',
        sizeBytes: 2048,
        sha256: null,
        stored: false,
        url: 'https://contoh.go.id/sk-posyandu.pdf',
        addedAt: '2026-06-01T03:00:00Z',
      },
    ];
    const thirds = { ...RUBRIC, criteria: RUBRIC.criteria.slice(0, 3).map((c) => ({ ...c, weight: '100/3' })) };
    proposal.competition.stages = proposal.competition.stages.map((s) => (s.stage === 'DESK_ASSESSMENT' ? { ...s, rubrics: [thirds] } : s));
    renderKipp('/kipp/penilaian/p-9?tahap=DESK_ASSESSMENT', () => reply('KippScoringProposal', { proposal }), { user: EVALUATOR });
    await screen.findByRole('heading', { level: 1, name: 'Posyandu Digital' });
    expect(screen.getByRole('link', { name: 'sk-posyandu.pdf' }).getAttribute('href')).toBe('https://contoh.go.id/sk-posyandu.pdf');
    expect(screen.getByLabelText('Kebaruan (bobot 33,333 %)')).toBeTruthy();
  });

  it('shows the total live while typing and sends the scores with the comment', async () => {
    const { calls } = renderKipp(
      '/kipp/penilaian/p-9?tahap=DESK_ASSESSMENT',
      (operation) => {
        if (operation === 'KippScoringProposal') return reply('KippScoringProposal', { proposal: scoringProposal() });
        if (operation === 'KippSubmitScore')
          return reply('KippSubmitScore', { submitScore: { total: 82.38, scoredAt: '2026-03-01T00:00:00Z' } });
        throw new Error(`unexpected ${operation}`);
      },
      { user: EVALUATOR },
    );
    await screen.findByRole('heading', { level: 1, name: 'Posyandu Digital' });
    expect(screen.getByText('0 dari 4 kriteria sudah diberi nilai')).toBeTruthy();
    await userEvent.type(screen.getByLabelText('Kebaruan (bobot 30 %)'), '90', { delay: null });
    await userEvent.type(screen.getByLabelText('Efektif (bobot 25 %)'), '80,5', { delay: null });
    await userEvent.type(screen.getByLabelText('Bermanfaat (bobot 25 %)'), '85', { delay: null });
    expect(screen.getByText('3 dari 4 kriteria sudah diberi nilai')).toBeTruthy();
    await userEvent.type(screen.getByLabelText('Berkelanjutan (bobot 20 %)'), '70', { delay: null });
    expect(screen.getByText(/Total: 82,38 · di bawah ambang 85/)).toBeTruthy();
    await userEvent.click(screen.getByRole('button', { name: 'Kirim nilai' }));
    expect(await screen.findByRole('link', { name: 'Tuliskan komentar penilaian' })).toBeTruthy();
    await userEvent.type(screen.getByLabelText(/Komentar penilaian/), 'Kuat pada kebaruan', { delay: null });
    await userEvent.click(screen.getByRole('button', { name: 'Kirim nilai' }));
    expect(await screen.findByText(/Nilai terkirim. Total tercatat 82,38/)).toBeTruthy();
    expect(calls.find((c) => c.operation === 'KippSubmitScore')?.variables).toEqual({
      input: {
        proposalId: 'p-9',
        stage: 'DESK_ASSESSMENT',
        comment: 'Kuat pada kebaruan',
        criteria: [
          { code: 'NOVELTY', score: 90, comment: null },
          { code: 'EFFECTIVE', score: 80.5, comment: null },
          { code: 'BENEFICIAL', score: 85, comment: null },
          { code: 'SUSTAINABLE', score: 70, comment: null },
        ],
      },
    });
  });

  it('shows the refusal for a proposal not assigned to the evaluator', async () => {
    renderKipp(
      '/kipp/penilaian/p-9',
      (operation) =>
        operation === 'KippScoringProposal'
          ? reply('KippScoringProposal', { proposal: scoringProposal() })
          : errorOf('FORBIDDEN', null, 'Proposal ini tidak ditugaskan kepada Anda.', 'This proposal is not assigned to you.'),
      { user: EVALUATOR },
    );
    await screen.findByRole('heading', { level: 1, name: 'Posyandu Digital' });
    for (const [label, value] of [
      ['Kebaruan (bobot 30 %)', '1'],
      ['Efektif (bobot 25 %)', '2'],
      ['Bermanfaat (bobot 25 %)', '3'],
      ['Berkelanjutan (bobot 20 %)', '4'],
    ])
      await userEvent.type(screen.getByLabelText(label), value, { delay: null });
    await userEvent.type(screen.getByLabelText(/Komentar penilaian/), 'x', { delay: null });
    await userEvent.click(screen.getByRole('button', { name: 'Kirim nilai' }));
    await waitFor(() => expect(screen.getByRole('alert').textContent).toContain('Proposal ini tidak ditugaskan kepada Anda.'));
  });

  it('offers no form once the stage is decided', async () => {
    renderKipp('/kipp/penilaian/p-9', () => reply('KippScoringProposal', { proposal: scoringProposal(true) }), { user: EVALUATOR });
    expect(await screen.findByText('Tahap ini sudah diputuskan; nilai tidak dapat diubah lagi.')).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Kirim nilai' })).toBeNull();
  });
});
