import fc from 'fast-check';
import { getInstrument } from '../instruments/registry';
import { answersForTargetIndex } from './answers-for-target-index';
import { computeIpp } from './compute-ipp';

describe('answersForTargetIndex', () => {
  const a = getInstrument('pekppp-2024-a');

  it.each([4.02, 3.23, 2.58, 2.09, 4.0, 4.76, 4.51, 4.5, 3.79, 5, 0])('produces an answer set whose IPP rounds to exactly %p', (target) => {
    const f02 = answersForTargetIndex(a, target, 42);
    expect(Object.keys(f02)).toHaveLength(30);
    expect(computeIpp(a, { f02 }).index).toBe(target);
  });

  it('is deterministic per seed and varies across seeds', () => {
    expect(answersForTargetIndex(a, 4.02, 7)).toEqual(answersForTargetIndex(a, 4.02, 7));
    const variants = new Set([1, 2, 3, 4, 5].map((seed) => JSON.stringify(answersForTargetIndex(a, 4.02, seed))));
    expect(variants.size).toBeGreaterThan(1);
  });

  it('keeps levels plausible: near the target, not a mix of zeros and fives', () => {
    const levels = Object.values(answersForTargetIndex(a, 4.02, 3));
    expect(Math.min(...levels)).toBeGreaterThanOrEqual(2);
  });

  it('refuses a target no answer set produces', () => {
    // The lightest indicator step is 0.24 × 0.07 = 0.0168, so nothing rounds to 0.01, and one
    // step below all fives is 4.9832 (4.98): nothing rounds to 4.99 either.
    expect(() => answersForTargetIndex(a, 0.01)).toThrow(expect.objectContaining({ field: 'target' }));
    expect(() => answersForTargetIndex(a, 4.99)).toThrow(expect.objectContaining({ field: 'target' }));
    expect(() => answersForTargetIndex(a, 5.5)).toThrow(expect.objectContaining({ field: 'target' }));
  });

  it('hits any target from 1.00 to 4.98', () => {
    fc.assert(
      fc.property(fc.integer({ min: 100, max: 498 }), fc.nat(), (hundredths, seed) => {
        const target = hundredths / 100;
        expect(computeIpp(a, { f02: answersForTargetIndex(a, target, seed) }).index).toBe(target);
      }),
      { numRuns: 25 },
    );
  });
});
