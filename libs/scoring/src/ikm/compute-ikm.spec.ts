import fc from 'fast-check';
import { computeIkm } from './compute-ikm';
import { ikmSentence } from './ikm-sentence';

describe('computeIkm (PermenPANRB 14/2017)', () => {
  it('matches a hand-worked survey of four questionnaires, one of which skipped U9', () => {
    const responses = [
      [4, 4, 3, 4, 3, 3, 4, 3, 2],
      [3, 3, 3, 4, 3, 4, 4, 3, 3],
      [4, 3, 2, 4, 3, 3, 3, 2, 3],
      [3, 4, 3, 4, 4, 3, 4, 3, null],
    ];
    // NRR = element sum / questionnaires that answered it:
    //   U1 14/4 = 3.5   U2 14/4 = 3.5   U3 11/4 = 2.75  U4 16/4 = 4    U5 13/4 = 3.25
    //   U6 13/4 = 3.25  U7 15/4 = 3.75  U8 11/4 = 2.75  U9 8/3 = 2.6667 (only three answered)
    // Σ NRR = 26.75 + 8/3 = 353/12 = 29.41667; interval = Σ NRR × 1/9 = 353/108 = 3.26852
    // IKM = 3.26852 × 25 = 8825/108 = 81.71296… → 81.71 → B (Baik).
    // (A worked example that multiplies by 0.111 instead of 1/9 gets 81.63: the drift docs/domain.md §5 warns of.)
    const result = computeIkm(responses);
    expect(result.nrr).toEqual([3.5, 3.5, 2.75, 4, 3.25, 3.25, 3.75, 2.75, 8 / 3]);
    expect(result.exact).toEqual({ interval: '353/108', value: '8825/108' });
    expect(result.interval).toBeCloseTo(353 / 108, 12);
    expect(result.value).toBe(81.71);
    expect(result.category).toEqual({ code: 'B', label: 'Baik', labelEn: 'Good' });
    expect(result.respondents).toBe(4);
    expect(result.elements[8]).toMatchObject({ code: 'U9', answered: 3 });
    expect(result.explanation.steps.map((step) => step.id)).toEqual([
      'nrr.U1',
      'nrr.U2',
      'nrr.U3',
      'nrr.U4',
      'nrr.U5',
      'nrr.U6',
      'nrr.U7',
      'nrr.U8',
      'nrr.U9',
      'interval',
      'value',
    ]);
    expect(result.explanation.text.id).toContain('IKM 81,71 (mutu B, Baik)');
  });

  it('gives the data of its one-sentence explanation, from which ikmSentence composes that sentence', () => {
    const result = computeIkm([
      [4, 4, 3, 4, 3, 3, 4, 3, 2],
      [3, 3, 3, 4, 3, 4, 4, 3, 3],
      [4, 3, 2, 4, 3, 3, 3, 2, 3],
      [3, 4, 3, 4, 4, 3, 4, 3, null],
    ]);
    expect(result.summary).toEqual({
      value: 81.71,
      valueText: { id: '81,71', en: '81.71' },
      interval: 353 / 108,
      intervalText: { id: '3,2685', en: '3.2685' },
      factor: '25',
      category: { code: 'B', label: 'Baik', labelEn: 'Good' },
      respondents: 4,
    });
    expect(result.explanation.text).toEqual({
      id: 'IKM 81,71 (mutu B, Baik) = nilai interval 3,2685 × 25 dari 4 kuesioner, dibulatkan setengah ke atas ke dua desimal.',
      en: 'IKM 81.71 (grade B, Good) = interval value 3.2685 × 25 from 4 questionnaires, rounded half up to two decimals.',
    });
    expect(ikmSentence(result.summary)).toEqual(result.explanation.text);
    // A caller scoring a stand-in set says how many questionnaires it really stands for.
    expect(ikmSentence({ ...result.summary, respondents: 1 }).en).toContain('from 1 questionnaire, rounded');
    expect(ikmSentence({ ...result.summary, respondents: 1200 }).id).toContain('dari 1200 kuesioner');
  });

  it('all fours give 100 (A) and all ones give 25 (D)', () => {
    expect(computeIkm([Array(9).fill(4)])).toMatchObject({ value: 100, category: { code: 'A' } });
    expect(computeIkm([Array(9).fill(1)])).toMatchObject({ value: 25, category: { code: 'D' } });
  });

  it('accepts custom elements whose weights sum to exactly 1', () => {
    const elements = [
      { code: 'U1', weight: '1/2' },
      { code: 'U2', weight: 0.3 },
      { code: 'X1', name: 'Kebersihan', weight: '0.2' },
    ];
    // interval = 0.5 × 4 + 0.3 × 3 + 0.2 × 2 = 3.3 → IKM 82.50 (B)
    expect(computeIkm([[4, 3, 2]], { elements })).toMatchObject({ value: 82.5, category: { code: 'B' } });
  });

  it('refuses custom weights that do not sum to 1', () => {
    expect(() =>
      computeIkm([[4, 3]], {
        elements: [
          { code: 'U1', weight: 0.5 },
          { code: 'U2', weight: 0.4 },
        ],
      }),
    ).toThrow(expect.objectContaining({ code: 'BAD_USER_INPUT', field: 'options.elements' }));
  });

  it.each([
    [
      [
        [4, 4, 4, 4, 4, 4, 4, 4, 4],
        [4, 4, 4, 5, 4, 4, 4, 4, 4],
      ],
      'responses[1].U4',
    ],
    [[[4, 4, 4, 4, 4, 4, 4, 4, 0]], 'responses[0].U9'],
    [[[4, 4, 4, 4, 4, 4, 4, 4, 3.5]], 'responses[0].U9'],
    [[[4, 4, 4]], 'responses[0]'],
    [[], 'responses'],
    [[[4, 4, 4, 4, null, 4, 4, 4, 4]], 'responses.U5'],
  ])('names the bad answer: %j → %s', (responses, field) => {
    expect(() => computeIkm(responses)).toThrow(expect.objectContaining({ code: 'BAD_USER_INPUT', field }));
  });

  const answer = fc.integer({ min: 1, max: 4 });
  const rows = fc.array(fc.array(answer, { minLength: 9, maxLength: 9 }), { minLength: 1, maxLength: 30 });

  it('stays on 25–100 and never falls when one answer rises', () => {
    fc.assert(
      fc.property(rows, fc.nat(), fc.nat(8), (responses, r, j) => {
        const before = computeIkm(responses);
        expect(before.value).toBeGreaterThanOrEqual(25);
        expect(before.value).toBeLessThanOrEqual(100);
        const row = r % responses.length;
        if (responses[row][j] === 4) return;
        const raised = responses.map((cells, i) => (i === row ? cells.map((cell, k) => (k === j ? cell + 1 : cell)) : cells));
        expect(computeIkm(raised).value).toBeGreaterThanOrEqual(before.value);
      }),
    );
  });
});
