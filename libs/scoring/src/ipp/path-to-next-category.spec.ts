import fc from 'fast-check';
import type { Instrument } from '../instruments/instrument';
import { getInstrument } from '../instruments/registry';
import { smallInstrument } from '../testing/small-instrument.fixture';
import { compileInstrument } from './compile-instrument';
import { computeIpp } from './compute-ipp';
import { IPP_CATEGORY_CODES } from './ipp-category-code';
import { marginalGains } from './marginal-gains';
import { pathToNextCategory } from './path-to-next-category';

const rankOf = (code: string) => IPP_CATEGORY_CODES.length - IPP_CATEGORY_CODES.indexOf(code as (typeof IPP_CATEGORY_CODES)[number]);

/** Every raised answer set, in full: the fewest level steps that reach `target`, and the largest evaluator gain among those. */
function bruteForce(instrument: Instrument, f02: Record<string, number>, f03: number[][], target: string) {
  const compiled = compileInstrument(instrument);
  const codes = compiled.codes;
  let best: { steps: number; gain: number } | null = null;
  const walk = (i: number, current: number[]) => {
    if (i === codes.length) {
      const result = computeIpp(instrument, { f02: Object.fromEntries(codes.map((code, k) => [code, current[k]])), f03 });
      if (rankOf(result.category.code) < rankOf(target)) return;
      const steps = current.reduce((sum, level, k) => sum + level - f02[codes[k]], 0);
      const gain = current.reduce((sum, level, k) => sum + compiled.weights[k] * (level - f02[codes[k]]), 0);
      if (!best || steps < best.steps || (steps === best.steps && gain > best.gain)) best = { steps, gain };
      return;
    }
    for (let level = f02[codes[i]]; level <= 5; level += 1) walk(i + 1, [...current, level]);
  };
  walk(0, []);
  return best as { steps: number; gain: number } | null;
}

describe('pathToNextCategory', () => {
  const a = getInstrument('pekppp-2024-a');
  const codes = compileInstrument(a).codes;

  it('lifts Samsat Kalimantan Selatan-like 4.02 (A-) to Pelayanan Prima with the fewest level steps', () => {
    const f02 = Object.fromEntries(codes.map((code) => [code, 4]));
    // All fours give exactly 4.00 (B): the next category is A- at 4.01. One step on the heaviest
    // indicator (30.f.B or 29.f.B: 0.12 × 1/2 = 0.06 per level) suffices; 29.f.B comes first in instrument order.
    const path = pathToNextCategory(a, { f02 });
    expect(path).toMatchObject({
      reachable: true,
      from: { code: 'B' },
      target: { code: 'A-' },
      targetIndex: 4.01,
      levelSteps: 1,
      resultingIndex: 4.06,
    });
    expect(path.steps).toEqual([{ code: '29.f.B', from: 4, to: 5, gain: 0.06 }]);
  });

  it('says so when the lokus is already Pelayanan Prima', () => {
    const f02 = Object.fromEntries(codes.map((code) => [code, 5]));
    expect(pathToNextCategory(a, { f02 })).toMatchObject({ reachable: false, from: { code: 'A' }, target: null, steps: [] });
  });

  it('says so when even all fives would not reach the next category', () => {
    // F-03 all zeros caps the IPP at 0.75 × 5 = 3.75 (B): A- is out of reach.
    const f02 = Object.fromEntries(codes.map((code) => [code, 5]));
    const path = pathToNextCategory(a, { f02, f03: [Array(14).fill(0)] });
    expect(path).toMatchObject({ reachable: false, from: { code: 'B' }, target: { code: 'A-' }, steps: [], resultingIndex: null });
  });

  const smallInstruments = fc
    .tuple(
      fc.integer({ min: 1, max: 99 }),
      fc.array(fc.integer({ min: 1, max: 9 }), { minLength: 1, maxLength: 2 }),
      fc.array(fc.integer({ min: 1, max: 9 }), { minLength: 1, maxLength: 2 }),
    )
    .map(([first, left, right]) => {
      const share = (parts: number[]) => {
        const total = parts.reduce((sum, part) => sum + part, 0);
        return parts.map((part) => `${part * 100}/${total}`);
      };
      return smallInstrument([
        { weight: String(first), indicators: share(left) },
        { weight: String(100 - first), indicators: share(right) },
      ]);
    });

  it('finds a path that really reaches the next category, and no shorter or stronger one exists (brute force)', () => {
    fc.assert(
      fc.property(
        smallInstruments,
        fc.array(fc.integer({ min: 0, max: 5 }), { minLength: 4, maxLength: 4 }),
        fc.array(fc.array(fc.integer({ min: 0, max: 5 }), { minLength: 14, maxLength: 14 }), { maxLength: 2 }),
        (instrument, levels, f03) => {
          const compiled = compileInstrument(instrument);
          const f02 = Object.fromEntries(compiled.codes.map((code, i) => [code, levels[i]]));
          const path = pathToNextCategory(instrument, { f02, f03 });
          if (!path.target) return;
          const best = bruteForce(instrument, f02, f03, path.target.code);
          expect(path.reachable).toBe(best !== null);
          if (!best) return;
          const raised = { ...f02 };
          for (const step of path.steps) {
            expect(raised[step.code]).toBe(step.from);
            raised[step.code] = step.to;
          }
          const after = computeIpp(instrument, { f02: raised, f03 });
          expect(rankOf(after.category.code)).toBeGreaterThanOrEqual(rankOf(path.target.code));
          expect(after.index).toBe(path.resultingIndex);
          expect(path.levelSteps).toBe(best.steps);
          const gain = path.steps.reduce(
            (sum, step) => sum + compiled.weights[compiled.indexOf.get(step.code) as number] * (step.to - step.from),
            0,
          );
          expect(gain).toBe(best.gain);
        },
      ),
      { numRuns: 150 },
    );
  });

  it('reaches the next category from random answers on the full instrument', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 5 }), { minLength: 30, maxLength: 30 }), (levels) => {
        const f02 = Object.fromEntries(codes.map((code, i) => [code, levels[i]]));
        const path = pathToNextCategory(a, { f02 });
        if (!path.reachable || !path.target) return;
        const raised = { ...f02 };
        for (const step of path.steps) raised[step.code] = step.to;
        expect(computeIpp(a, { f02: raised }).category.code).toBe(path.target.code);
      }),
    );
  });
});

describe('marginalGains', () => {
  const a = getInstrument('pekppp-2024-a');
  const codes = compileInstrument(a).codes;

  it('gives each indicator the index gained by one more level', () => {
    const f02 = Object.fromEntries(codes.map((code) => [code, 4]));
    const gains = marginalGains(a, { f02: { ...f02, '1.a.Ak': 5 } });
    // 2.a.P: 0.24 × 0.14 = 0.0336 per level; 10.b.As: 0.25 / 5 = 0.05; 1.a.Ak is at the top.
    expect(gains.find((gain) => gain.code === '2.a.P')).toMatchObject({ gain: 0.0336, atMaximum: false, aspect: 'a' });
    expect(gains.find((gain) => gain.code === '10.b.As')).toMatchObject({ gain: 0.05, indexAfter: 4.09, categoryAfter: 'A-' });
    expect(gains.find((gain) => gain.code === '1.a.Ak')).toMatchObject({ gain: 0, atMaximum: true, level: 5 });
    expect(gains).toHaveLength(30);
  });

  it('scales the gain by the evaluator share when F-03 answers are present', () => {
    const f02 = Object.fromEntries(codes.map((code) => [code, 4]));
    const gain = marginalGains(a, { f02, f03: [Array(14).fill(4)] }).find((entry) => entry.code === '29.f.B');
    expect(gain?.gain).toBeCloseTo(0.045, 12);
  });
});
