import { Fraction } from '../decimal/fraction';
import { roundScaled } from '../decimal/round-half-up';
import { ScoringInputError } from '../errors/scoring-input-error';
import krejcieMorgan from './data/krejcie-morgan-1970.json';

export interface SampleSizeParameters {
  chiSquare: string;
  proportion: string;
  margin: string;
}

export const KREJCIE_MORGAN_1970: SampleSizeParameters = krejcieMorgan;

/**
 * Krejcie–Morgan: s = χ²·N·P(1−P) / (d²·(N−1) + χ²·P(1−P)), computed exactly and rounded to the
 * nearest respondent (half up). N 100 → 80, 1 000 → 278, 10 000 → 370; N = Infinity gives the
 * limit χ²·P(1−P)/d² (384).
 */
export function krejcieMorganSampleSize(population: number, parameters: SampleSizeParameters = KREJCIE_MORGAN_1970): number {
  const chi = Fraction.parse(parameters.chiSquare);
  const p = Fraction.parse(parameters.proportion);
  const d = Fraction.parse(parameters.margin);
  const variance = chi.mul(p).mul(Fraction.ONE.sub(p));
  if (population === Number.POSITIVE_INFINITY) {
    return Number(roundScaled(variance.div(d.mul(d)).num, variance.div(d.mul(d)).den, 0));
  }
  if (!Number.isSafeInteger(population) || population < 0) {
    throw new ScoringInputError('population', {
      id: 'Jumlah populasi harus bilangan bulat tidak negatif.',
      en: 'The population must be a non-negative whole number.',
    });
  }
  if (population === 0) return 0;
  const n = Fraction.of(population);
  const size = variance.mul(n).div(d.mul(d).mul(n.sub(Fraction.ONE)).add(variance));
  return Math.min(population, Number(roundScaled(size.num, size.den, 0)));
}

export interface SampleAdequacy {
  required: number;
  respondents: number;
  adequate: boolean;
  shortBy: number;
}

/** Whether a survey reached the Krejcie–Morgan sample for its population. */
export function sampleAdequacy(
  population: number,
  respondents: number,
  parameters: SampleSizeParameters = KREJCIE_MORGAN_1970,
): SampleAdequacy {
  if (!Number.isSafeInteger(respondents) || respondents < 0) {
    throw new ScoringInputError('respondents', {
      id: 'Jumlah responden harus bilangan bulat tidak negatif.',
      en: 'The number of respondents must be a non-negative whole number.',
    });
  }
  const required = krejcieMorganSampleSize(population, parameters);
  return { required, respondents, adequate: respondents >= required, shortBy: Math.max(0, required - respondents) };
}
