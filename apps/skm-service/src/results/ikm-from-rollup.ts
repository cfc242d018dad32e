import { computeIkm, Fraction, ikmCategory, roundHalfUp, type IkmResult, type SkmElement } from '@simpul/scoring';

/** Answer counts of one element: histogram[v - 1] = how many answered v (1–4). */
export type Histogram = readonly [number, number, number, number];

export interface RollupTotals {
  /** Questionnaires counted. */
  respondents: number;
  /** One histogram per element, in the survey's element order. */
  histograms: readonly Histogram[];
}

export interface ElementNrr {
  code: string;
  name: string;
  weight: number;
  /** Sum of its answers and how many answered it, the NRR's inputs. */
  sum: number;
  answered: number;
  nrr: number;
  /** NRR × 25, the element's own score on 25–100 (two decimals) and its category. */
  value: number;
  categoryCode: string;
}

export interface RollupIkm {
  result: IkmResult;
  elements: ElementNrr[];
}

const VALUES = [1, 2, 3, 4] as const;
const TO_IKM = Fraction.of(25);
/** Results for rollups already seen (dashboards re-read unchanged surveys); bounded, oldest dropped first. */
const MEMO = new Map<string, RollupIkm>();
const MEMO_LIMIT = 20_000;

/**
 * The IKM of a rollup through `computeIkm`, without rebuilding one row per questionnaire.
 *
 * computeIkm's result depends on each element's answer sum and count only. Since
 * Σⱼ wⱼ·NRRⱼ = Σⱼ Σᵥ (wⱼ·nⱼᵥ/Cⱼ)·v = Σᵥ v·(Σⱼ wⱼ·nⱼᵥ/Cⱼ), one questionnaire over four pseudo-elements
 * (one per answer value v, answered v, with exact weight Σⱼ wⱼ·nⱼᵥ/Cⱼ; they still sum to 1) has the
 * same interval value, IKM, rounding and category as the full set — exactly, in computeIkm's own fractions. Each element's NRR is the
 * scoring library's Fraction sum/answered, rounded and banded by its roundHalfUp and ikmCategory.
 * A property test checks both against computeIkm on raw rows.
 * Returns null when nothing was answered yet (computeIkm refuses an empty set).
 */
export function ikmFromRollup(elements: readonly SkmElement[], totals: RollupTotals): RollupIkm | null {
  if (totals.respondents === 0) return null;
  const key = `${elements.map((e) => `${e.code}:${e.weight}`).join(',')}|${totals.respondents}|${totals.histograms.join(';')}`;
  const known = MEMO.get(key);
  if (known) return known;
  const computed = compute(elements, totals);
  if (MEMO.size >= MEMO_LIMIT) MEMO.delete(MEMO.keys().next().value as string);
  MEMO.set(key, computed);
  return computed;
}

function compute(elements: readonly SkmElement[], totals: RollupTotals): RollupIkm {
  // Weight of answer value v across elements: Σⱼ wⱼ·nⱼᵥ/Cⱼ.
  const byValue = VALUES.map(() => Fraction.ZERO);
  const perElement: ElementNrr[] = [];
  elements.forEach((element, j) => {
    const histogram = totals.histograms[j] ?? [0, 0, 0, 0];
    const answered = histogram.reduce((a, b) => a + b, 0);
    if (answered === 0) return;
    const weight = Fraction.from(element.weight);
    VALUES.forEach((_v, i) => {
      if (histogram[i] > 0) byValue[i] = byValue[i].add(weight.mul(Fraction.of(histogram[i], answered)));
    });
    const sum = VALUES.reduce((total, v, i) => total + v * histogram[i], 0);
    // The element's own NRR, on the IKM scale and banded with the scoring library's rounding and table.
    const nrr = Fraction.of(sum, answered);
    const value = roundHalfUp(nrr.mul(TO_IKM));
    perElement.push({
      code: element.code,
      name: element.name ?? element.code,
      weight: weight.toNumber(),
      sum,
      answered,
      nrr: nrr.toNumber(),
      value,
      categoryCode: ikmCategory(value).code,
    });
  });
  if (perElement.length !== elements.length) {
    const missing = elements.find((element) => !perElement.some((e) => e.code === element.code));
    // Same refusal computeIkm gives for an element nobody answered.
    computeIkm([elements.map(() => null)], { elements: [...elements] });
    throw new Error(`No questionnaire answered element ${missing?.code}.`);
  }
  // Values nobody gave carry no weight; computeIkm takes the other (at most four) pseudo-elements.
  const kept = VALUES.map((v, i) => ({ v, weight: byValue[i] })).filter(({ weight }) => weight.cmp(Fraction.ZERO) > 0);
  const pooled = computeIkm([kept.map(({ v }) => v)], {
    elements: kept.map(({ v, weight }) => ({ code: `V${v}`, weight: weight.toString() })),
  });
  return { result: pooled, elements: perElement };
}
