import { compileBands, type CompiledBand } from '../bands/band';
import { Fraction, lcm } from '../decimal/fraction';
import { roundFractionScaled, roundRatioToHundredths } from '../decimal/round-half-up';
import { ScoringInputError } from '../errors/scoring-input-error';
import type { Instrument } from '../instruments/instrument';
import { validateInstrument } from '../instruments/validate-instrument';
import type { IppCategoryCode } from './ipp-category-code';

/**
 * An instrument turned into integer arithmetic: the evaluator index is E / D where
 * E = Σ weights[i] × level[i] is an integer and D the common denominator of every
 * (aspect weight × indicator weight) / 10 000. Scoring 5 000 lokus then costs integer additions
 * only, and the result is still exact.
 */
export interface CompiledInstrument {
  instrument: Instrument;
  codes: string[];
  indexOf: Map<string, number>;
  /** Numerators of each indicator's weight in the evaluator index, over `denominator`. */
  weights: number[];
  denominator: number;
  /** Per aspect: the indicator range and integer weights of the aspect score (0–5) over `denominator`. */
  aspects: Array<{
    code: string;
    name: string;
    weight: number;
    weightExact: Fraction;
    start: number;
    end: number;
    weights: number[];
    denominator: number;
    indicatorWeights: number[];
  }>;
  blendEvaluator: Fraction;
  blendUser: Fraction;
  /** The blend as small integers for the number fast path. */
  blendRatio: { evaluatorNum: number; evaluatorDen: number; userNum: number; userDen: number };
  minLevel: number;
  maxLevel: number;
  itemCodes: string[];
  itemMin: number;
  itemMax: number;
  bands: CompiledBand<IppCategoryCode>[];
}

const cache = new WeakMap<Instrument, CompiledInstrument>();
const HUNDRED = Fraction.of(100);

export function compileInstrument(instrument: Instrument): CompiledInstrument {
  const cached = cache.get(instrument);
  if (cached) return cached;
  const validation = validateInstrument(instrument);
  if (!validation.valid) {
    const first = validation.problems[0];
    throw new ScoringInputError(`instrument.${first.path}`, {
      id: `Instrumen ${instrument.id} tidak sah: ${first.message}`,
      en: `Instrument ${instrument.id} is invalid: ${first.message}`,
    });
  }
  const effective: Fraction[] = [];
  const codes: string[] = [];
  for (const aspect of instrument.aspects) {
    const aspectWeight = Fraction.parse(aspect.weight).div(HUNDRED);
    for (const indicator of aspect.indicators) {
      effective.push(aspectWeight.mul(Fraction.parse(indicator.weight).div(HUNDRED)));
      codes.push(indicator.code);
    }
  }
  const denominator = effective.reduce((d, weight) => lcm(d, weight.den), 1n);
  const maxLevel = instrument.scale.max;
  if (!Number.isSafeInteger(Number(denominator) * maxLevel * 4)) {
    throw new ScoringInputError(`instrument.aspects`, {
      id: `Bobot instrumen ${instrument.id} terlalu rinci untuk dihitung tepat.`,
      en: `Instrument ${instrument.id} has weights too fine-grained for exact scoring.`,
    });
  }
  let start = 0;
  const aspects = instrument.aspects.map((aspect) => {
    const inAspect = aspect.indicators.map((indicator) => Fraction.parse(indicator.weight).div(HUNDRED));
    const aspectDen = inAspect.reduce((d, weight) => lcm(d, weight.den), 1n);
    const compiled = {
      code: aspect.code,
      name: aspect.name,
      weight: Fraction.parse(aspect.weight).toNumber(),
      weightExact: Fraction.parse(aspect.weight),
      start,
      end: start + aspect.indicators.length,
      weights: inAspect.map((weight) => Number((weight.num * aspectDen) / weight.den)),
      denominator: Number(aspectDen),
      indicatorWeights: aspect.indicators.map((indicator) => Fraction.parse(indicator.weight).toNumber()),
    };
    start = compiled.end;
    return compiled;
  });
  const result: CompiledInstrument = {
    instrument,
    codes,
    indexOf: new Map(codes.map((code, i) => [code, i])),
    weights: effective.map((weight) => Number((weight.num * denominator) / weight.den)),
    denominator: Number(denominator),
    aspects,
    blendEvaluator: Fraction.parse(instrument.blend.evaluator),
    blendUser: Fraction.parse(instrument.blend.user),
    blendRatio: {
      evaluatorNum: Number(Fraction.parse(instrument.blend.evaluator).num),
      evaluatorDen: Number(Fraction.parse(instrument.blend.evaluator).den),
      userNum: Number(Fraction.parse(instrument.blend.user).num),
      userDen: Number(Fraction.parse(instrument.blend.user).den),
    },
    minLevel: instrument.scale.min,
    maxLevel,
    itemCodes: instrument.userSurvey.items.map((item) => item.code),
    itemMin: instrument.userSurvey.scale.min,
    itemMax: instrument.userSurvey.scale.max,
    bands: compileBands(instrument.categories),
  };
  cache.set(instrument, result);
  return result;
}

/**
 * The IPP in hundredths, rounded half up, on plain numbers: the same value as rounding
 * exactIndex(), without BigInt for the common sizes.
 */
export function indexHundredths(compiled: CompiledInstrument, evaluatorSum: number, userSum: number, userCount: number): number {
  if (userCount === 0) return roundRatioToHundredths(evaluatorSum, compiled.denominator);
  const { blendRatio: r, denominator: d } = compiled;
  const num = r.evaluatorNum * r.userDen * evaluatorSum * userCount + r.userNum * r.evaluatorDen * d * userSum;
  const den = r.evaluatorDen * r.userDen * d * userCount;
  if (Number.isSafeInteger(num) && Number.isSafeInteger(den)) return roundRatioToHundredths(num, den);
  return Number(roundFractionScaled(exactIndex(compiled, evaluatorSum, userSum, userCount)));
}

/**
 * The IPP as an exact fraction from the integer evaluator sum E and the F-03 answer sum and
 * count: blendEvaluator × E/D + blendUser × userSum/userCount, or E/D without F-03 answers.
 */
export function exactIndex(compiled: CompiledInstrument, evaluatorSum: number, userSum: number, userCount: number): Fraction {
  const d = BigInt(compiled.denominator);
  if (userCount === 0) return Fraction.of(BigInt(evaluatorSum), d);
  const be = compiled.blendEvaluator;
  const bu = compiled.blendUser;
  const count = BigInt(userCount);
  return Fraction.of(be.num * bu.den * BigInt(evaluatorSum) * count + bu.num * be.den * d * BigInt(userSum), be.den * bu.den * d * count);
}
