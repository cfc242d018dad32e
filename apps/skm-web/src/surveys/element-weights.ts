import { computeIkm, Fraction, isScoringInputError } from '@simpul/scoring';

export interface ElementDraft {
  code: string;
  name: string;
  weight: string;
  required: boolean;
}

export interface WeightCheck {
  /** Σ weights as exact text ("1", "17/18"), null when a weight is not a number. */
  sum: string | null;
  /** True when the instrument is one computeIkm accepts (weights exact and summing to exactly 1). */
  valid: boolean;
  /** computeIkm's own refusal, in both languages, and the field it is about. */
  problem: { field: string; id: string; en: string } | null;
}

/**
 * The live check of custom elements: the very call the service makes (computeIkm on one sample
 * questionnaire), so the page can never accept an instrument the service refuses or the reverse.
 */
export function checkWeights(elements: readonly ElementDraft[]): WeightCheck {
  let sum: Fraction | null = Fraction.ZERO;
  for (const element of elements) {
    try {
      sum = sum ? sum.add(Fraction.parse(element.weight)) : null;
    } catch {
      sum = null;
    }
  }
  try {
    computeIkm([elements.map(() => 4)], { elements: elements.map((e) => ({ code: e.code, name: e.name, weight: e.weight })) });
    return { sum: sum ? sum.toString() : null, valid: true, problem: null };
  } catch (error) {
    if (isScoringInputError(error))
      return { sum: sum ? sum.toString() : null, valid: false, problem: { field: error.field, ...error.messages } };
    throw error;
  }
}

/** Spreads 1 equally over n elements as exact fractions ("1/10"), the usual start for custom instruments. */
export function equalWeights(n: number): string {
  return n === 1 ? '1' : `1/${n}`;
}
