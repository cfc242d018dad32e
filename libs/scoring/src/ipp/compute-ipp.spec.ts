import fc from 'fast-check';
import { getInstrument } from '../instruments/registry';
import { smallInstrument } from '../testing/small-instrument.fixture';
import { computeIpp } from './compute-ipp';
import { ippCategory } from './ipp-category';

const instrument = getInstrument('pekppp-2024-a');
const codes = instrument.aspects.flatMap((aspect) => aspect.indicators.map((indicator) => indicator.code));
const answersOf = (levels: number[]) => Object.fromEntries(codes.map((code, i) => [code, levels[i]]));

describe('computeIpp', () => {
  // Aspect a: 1.a.Ak = 5, the other eight = 4.
  // Aspect b: all 3. Aspect c: 4, 4, 4, 4, 4, 5. Aspect d: 2, 3, 3, 4. Aspect e: 4, 4, 4, 5. Aspect f: 5, 4.
  const levels = [5, 4, 4, 4, 4, 4, 4, 4, 4, 3, 3, 3, 3, 3, 4, 4, 4, 4, 4, 5, 2, 3, 3, 4, 4, 4, 4, 5, 5, 4];

  it('matches a hand-worked evaluator index', () => {
    // a = (17×5 + (14+7+14+10+17+7+7+7)×4) / 100 = (85 + 332) / 100 = 4.17
    // b = 3; c = 25/6 = 4.1667; d = 12/4 = 3; e = 17/4 = 4.25; f = 9/2 = 4.5
    // F-02 = 0.24×4.17 + 0.25×3 + 0.18×25/6 + 0.11×3 + 0.10×4.25 + 0.12×4.5
    //      = 1.0008 + 0.75 + 0.75 + 0.33 + 0.425 + 0.54 = 3.7958 → 3.80 → B
    const result = computeIpp(instrument, { f02: answersOf(levels) });
    expect(result.aspects.map((aspect) => aspect.score)).toEqual([4.17, 3, 25 / 6, 3, 4.25, 4.5]);
    expect(result.exact.evaluatorIndex).toBe('18979/5000');
    expect(result).toMatchObject({
      index: 3.8,
      evaluatorIndex: 3.8,
      userIndex: null,
      basis: 'EVALUATOR_ONLY',
      respondents: 0,
      category: { code: 'B' },
    });
    expect(result.explanation.text.en).toContain('without F-03 answers the index is the evaluator index alone');
  });

  it('matches a hand-worked blended IPP', () => {
    // F-03: respondent 1 answers 4 to all 14 items (56); respondent 2 answers 3 to twelve items and 5 to two (46).
    // user index = 102 / 28 = 3.642857…
    // IPP = 0.75 × 3.7958 + 0.25 × 3.642857… = 2.84685 + 0.910714… = 3.757564… → 3.76 → B
    const f03 = [Array(14).fill(4), [...Array(12).fill(3), 5, 5]];
    const result = computeIpp(instrument, { f02: answersOf(levels), f03 });
    expect(result).toMatchObject({
      index: 3.76,
      evaluatorIndex: 3.8,
      userIndex: 3.64,
      basis: 'BLENDED',
      respondents: 2,
      category: { code: 'B', label: 'Baik' },
    });
    expect(result.exact.userIndex).toBe('51/14');
    expect(result.explanation.steps.map((step) => step.id)).toEqual([
      'aspect.a',
      'aspect.b',
      'aspect.c',
      'aspect.d',
      'aspect.e',
      'aspect.f',
      'evaluatorIndex',
      'userIndex',
      'blend',
      'rounding',
      'category',
    ]);
    // Every input is listed: all 30 indicator scores with their weights, and the F-03 sum and count.
    const indicatorInputs = result.explanation.steps.filter((step) => step.id.startsWith('aspect.')).flatMap((step) => step.inputs);
    expect(indicatorInputs.map((input) => input.name)).toEqual(codes);
    expect(indicatorInputs[0]).toEqual({ name: '1.a.Ak', value: 5, weight: 17 });
    expect(result.explanation.steps[7].inputs.slice(0, 3)).toEqual([
      { name: 'sum', value: 102 },
      { name: 'answers', value: 28 },
      { name: 'respondents', value: 2 },
    ]);
    expect(result.explanation.text.id).toBe(
      'IPP 3,76 (B, Baik) = 0,75 × indeks F-02 3,7958 + 0,25 × indeks F-03 3,6429 (2 responden), dibulatkan setengah ke atas ke dua desimal.',
    );
  });

  it('rounds an exact 4.505 up to 4.51 (A), where binary floats give 4.50 (A-)', () => {
    // One aspect, indicators weighted 50.5 and 49.5: (50.5 × 5 + 49.5 × 4) / 100 = 4.505 exactly.
    // In floats 0.505 × 5 + 0.495 × 4 = 4.504999… which would round to 4.50.
    const small = smallInstrument([{ weight: '100', indicators: ['50.5', '49.5'] }]);
    const result = computeIpp(small, { f02: { '1.a.T': 5, '2.a.T': 4 } });
    expect(result.exact.index).toBe('901/200');
    expect(result).toMatchObject({ index: 4.51, category: { code: 'A' } });
  });

  it('treats an empty F-03 list as no survey', () => {
    expect(computeIpp(instrument, { f02: answersOf(levels), f03: [] }).basis).toBe('EVALUATOR_ONLY');
  });

  it.each([
    [{ ...answersOf(levels), '2.a.P': undefined }, 'f02.2.a.P', /Indicator 2.a.P has no score/],
    [{ ...answersOf(levels), '2.a.P': 6 }, 'f02.2.a.P', /whole number 0–5, not 6/],
    [{ ...answersOf(levels), '14.b.K': 2.5 }, 'f02.14.b.K', /not 2.5/],
    [{ ...answersOf(levels), '31.c.As': 3 }, 'f02.31.c.As', /not part of instrument/],
  ])('throws a typed error naming the indicator (%#)', (f02, field, message) => {
    const act = () => computeIpp(instrument, { f02: f02 as Record<string, number> });
    expect(act).toThrow(expect.objectContaining({ code: 'BAD_USER_INPUT', field }));
    expect(act).toThrow(message);
  });

  it('names a bad F-03 answer by row and item, in both languages', () => {
    const f03 = [Array(14).fill(4), [...Array(5).fill(3), 7, ...Array(8).fill(3)]];
    try {
      computeIpp(instrument, { f02: answersOf(levels), f03 });
      throw new Error('expected a ScoringInputError');
    } catch (error) {
      expect(error).toMatchObject({
        field: 'f03[1].6.b.Ak',
        messages: { id: expect.stringContaining('baris 2'), en: expect.stringContaining('row 2') },
      });
    }
    expect(() => computeIpp(instrument, { f02: answersOf(levels), f03: [[4, 4]] })).toThrow(expect.objectContaining({ field: 'f03[0]' }));
  });

  const level = fc.integer({ min: 0, max: 5 });
  const f02Levels = fc.array(level, { minLength: 30, maxLength: 30 });
  const f03Rows = fc.array(fc.array(fc.option(level, { nil: null, freq: 10 }), { minLength: 14, maxLength: 14 }), { maxLength: 8 });

  it('stays within 0–5 and reports the category of its own rounded index', () => {
    fc.assert(
      fc.property(f02Levels, f03Rows, (f02, f03) => {
        const result = computeIpp(instrument, { f02: answersOf(f02), f03 });
        expect(result.index).toBeGreaterThanOrEqual(0);
        expect(result.index).toBeLessThanOrEqual(5);
        expect(result.category.code).toBe(ippCategory(result.index).code);
        for (const aspect of result.aspects) expect(aspect.score).toBeLessThanOrEqual(5);
      }),
    );
  });

  it('never falls when any F-02 or F-03 answer rises', () => {
    fc.assert(
      fc.property(f02Levels, f03Rows, fc.nat(29), fc.nat(), fc.nat(13), (f02, f03, i, r, j) => {
        const before = computeIpp(instrument, { f02: answersOf(f02), f03 });
        if (f02[i] < 5) {
          const after = computeIpp(instrument, { f02: answersOf(f02.map((value, k) => (k === i ? value + 1 : value))), f03 });
          expect(after.index).toBeGreaterThanOrEqual(before.index);
          expect(after.evaluatorIndex).toBeGreaterThanOrEqual(before.evaluatorIndex);
        }
        if (f03.length > 0) {
          const row = r % f03.length;
          const cell = f03[row][j];
          if (cell !== null && cell < 5) {
            const raised = f03.map((cells, k) => (k === row ? cells.map((value, m) => (m === j ? (value as number) + 1 : value)) : cells));
            expect(computeIpp(instrument, { f02: answersOf(f02), f03: raised }).index).toBeGreaterThanOrEqual(before.index);
          }
        }
      }),
    );
  });
});
