import { matchHundredths } from '../bands/band';
import { Fraction } from '../decimal/fraction';
import { roundFractionScaled } from '../decimal/round-half-up';
import type { Instrument } from '../instruments/instrument';
import { compileInstrument, exactIndex, type CompiledInstrument } from './compile-instrument';
import type { IppCategory } from './ipp-category';
import { readAnswers, type IppAnswers, type ReadAnswers } from './ipp-answers';

export interface PathStep {
  code: string;
  from: number;
  to: number;
  /** What these levels add to the index, unrounded. */
  gain: number;
}

export interface PathToNextCategory {
  /** False when the lokus is already in the top category or even all fives would not reach the next one. */
  reachable: boolean;
  from: IppCategory;
  fromIndex: number;
  target: IppCategory | null;
  /** Lowest reported IPP of the target category. */
  targetIndex: number | null;
  /** Indicator improvements, in instrument order; empty when not reachable. */
  steps: PathStep[];
  /** Total level steps (Σ to − from): provably the fewest that reach the target. */
  levelSteps: number;
  /** The reported IPP after the improvements. */
  resultingIndex: number | null;
}

const SCALE = { id: 'IPP', en: 'IPP' };

/**
 * The fewest indicator level steps that lift the IPP into the next category; among equally short
 * paths the one that adds the most to the index; remaining ties go to the indicator with the
 * lower current level, then instrument order.
 *
 * Why a greedy choice is exact: the index is linear in the levels with a fixed positive gain per
 * step of an indicator (its effective weight). Any k steps add at most the sum of the k largest
 * available step gains, so the fewest steps is the smallest k whose top-k gains reach the
 * threshold, and taking exactly those top-k steps also maximises the gain among k-step paths.
 * The spec checks this against brute force on random small instruments.
 */
export function pathToNextCategory(instrument: Instrument, answers: IppAnswers): PathToNextCategory {
  const compiled = compileInstrument(instrument);
  const read = readAnswers(compiled, answers);
  return planPath(compiled, read);
}

export function planPath(compiled: CompiledInstrument, read: ReadAnswers): PathToNextCategory {
  const current = Number(roundFractionScaled(exactIndex(compiled, read.evaluatorSum, read.userSum, read.userCount)));
  const { band } = matchHundredths(compiled.bands, current, 'index', SCALE);
  const position = compiled.bands.indexOf(band);
  const from: IppCategory = { code: band.code, label: band.label, labelEn: band.labelEn };
  const targetBand = position > 0 ? compiled.bands[position - 1] : null;
  const unreachable = (target: IppCategory | null, targetIndex: number | null): PathToNextCategory => ({
    reachable: false,
    from,
    fromIndex: current / 100,
    target,
    targetIndex,
    steps: [],
    levelSteps: 0,
    resultingIndex: null,
  });
  if (!targetBand) return unreachable(null, null);
  const target: IppCategory = { code: targetBand.code, label: targetBand.label, labelEn: targetBand.labelEn };

  const required = requiredEvaluatorSum(compiled, read, targetBand.minHundredths);
  const maxSum = compiled.weights.reduce((sum, weight) => sum + weight * compiled.maxLevel, 0);
  if (required > maxSum) return unreachable(target, targetBand.minHundredths / 100);

  const need = required - read.evaluatorSum;
  const candidates: Array<{ i: number; level: number; weight: number }> = [];
  compiled.weights.forEach((weight, i) => {
    if (weight <= 0) return;
    for (let level = read.levels[i]; level < compiled.maxLevel; level += 1) candidates.push({ i, level, weight });
  });
  candidates.sort((a, b) => b.weight - a.weight || a.level - b.level || a.i - b.i);
  const raised = [...read.levels];
  let gained = 0;
  let levelSteps = 0;
  for (const candidate of candidates) {
    if (gained >= need) break;
    raised[candidate.i] += 1;
    gained += candidate.weight;
    levelSteps += 1;
  }
  const gainFactor = read.userCount > 0 ? compiled.blendEvaluator.toNumber() : 1;
  const steps: PathStep[] = [];
  raised.forEach((to, i) => {
    if (to > read.levels[i]) {
      steps.push({
        code: compiled.codes[i],
        from: read.levels[i],
        to,
        gain: (gainFactor * compiled.weights[i] * (to - read.levels[i])) / compiled.denominator,
      });
    }
  });
  const resulting = Number(roundFractionScaled(exactIndex(compiled, read.evaluatorSum + gained, read.userSum, read.userCount)));
  return {
    reachable: true,
    from,
    fromIndex: current / 100,
    target,
    targetIndex: targetBand.minHundredths / 100,
    steps,
    levelSteps,
    resultingIndex: resulting / 100,
  };
}

/**
 * Smallest evaluator sum E whose IPP rounds to at least `minHundredths`: half-up rounding reaches
 * m/100 exactly when the exact value is ≥ (2m − 1)/200.
 */
export function requiredEvaluatorSum(
  compiled: CompiledInstrument,
  read: Pick<ReadAnswers, 'userSum' | 'userCount'>,
  minHundredths: number,
): number {
  const threshold = Fraction.of(2 * minHundredths - 1, 200);
  const d = Fraction.of(compiled.denominator);
  let bound: Fraction;
  if (read.userCount > 0) {
    const user = compiled.blendUser.mul(Fraction.of(read.userSum, read.userCount));
    bound = threshold.sub(user).mul(d).div(compiled.blendEvaluator);
  } else {
    bound = threshold.mul(d);
  }
  const ceil = bound.ceil();
  return ceil < 0n ? 0 : Number(ceil);
}
