import fc from 'fast-check';
import { computeIkm, SKM_ELEMENTS } from '@simpul/scoring';
import { ikmFromRollup, type Histogram } from './ikm-from-rollup';

function histogramsOf(rows: (number | null)[][], elements: number): Histogram[] {
  return Array.from({ length: elements }, (_, j) => {
    const h: [number, number, number, number] = [0, 0, 0, 0];
    for (const row of rows) if (row[j] !== null) h[row[j] - 1] += 1;
    return h;
  });
}

describe('the IKM from a rollup equals computeIkm over the raw questionnaires', () => {
  it('for random answer sets on the nine default elements (value, interval, category, every NRR)', () => {
    fc.assert(
      fc.property(
        fc.array(fc.array(fc.integer({ min: 1, max: 4 }), { minLength: 9, maxLength: 9 }), { minLength: 1, maxLength: 60 }),
        (rows) => {
          const raw = computeIkm(rows);
          const rolled = ikmFromRollup(SKM_ELEMENTS, { respondents: rows.length, histograms: histogramsOf(rows, 9) });
          expect(rolled?.result.value).toBe(raw.value);
          expect(rolled?.result.exact.interval).toBe(raw.exact.interval);
          expect(rolled?.result.category).toEqual(raw.category);
          expect(rolled?.elements.map((e) => e.nrr)).toEqual(raw.nrr);
          expect(rolled?.elements.map((e) => e.answered)).toEqual(raw.elements.map((e) => e.answered));
        },
      ),
      { numRuns: 200 },
    );
  });

  it('for custom weights and skipped optional elements', () => {
    const elements = [
      { code: 'U1', weight: '1/2' },
      { code: 'U2', weight: '0.3' },
      { code: 'X1', weight: '0.2' },
    ];
    fc.assert(
      fc.property(
        fc
          .array(
            fc.tuple(
              fc.integer({ min: 1, max: 4 }),
              fc.integer({ min: 1, max: 4 }),
              fc.option(fc.integer({ min: 1, max: 4 }), { nil: null }),
            ),
            { minLength: 1, maxLength: 40 },
          )
          .filter((rows) => rows.some((row) => row[2] !== null)),
        (tuples) => {
          const rows = tuples.map((t) => [...t]);
          const raw = computeIkm(rows, { elements });
          const rolled = ikmFromRollup(elements, { respondents: rows.length, histograms: histogramsOf(rows, 3) });
          expect(rolled?.result.exact.value).toBe(raw.exact.value);
          expect(rolled?.result.value).toBe(raw.value);
        },
      ),
      { numRuns: 200 },
    );
  });

  it('gives no result before the first questionnaire', () => {
    expect(ikmFromRollup(SKM_ELEMENTS, { respondents: 0, histograms: [] })).toBeNull();
  });

  it('stays exact at scale: a million answers per element in microseconds, not a million rows', () => {
    const histograms = Array.from({ length: 9 }, (_, j) => [100_003 + j, 200_011, 400_009 - j, 299_977] as Histogram);
    const started = performance.now();
    const rolled = ikmFromRollup(SKM_ELEMENTS, { respondents: 1_000_000, histograms });
    expect(performance.now() - started).toBeLessThan(50);
    // Σ v·n / 1,000,000 per element; all nine NRRs ≈ 2.9 → IKM ≈ 72.5 (C).
    expect(rolled?.result.category.code).toBe('C');
    expect(rolled?.elements[0].nrr).toBeCloseTo((100_003 + 2 * 200_011 + 3 * 400_009 + 4 * 299_977) / 1_000_000, 12);
  });
});
