import { Fraction, validateRubric } from '@simpul/scoring';
import type { KippGroup } from '../shared/enums';
import type { RubricCriterion } from './admin.operations';

export interface WeightCheck {
  /** Sum of the weights that parse, as a number for display. */
  total: number;
  /** Rows whose weight is not a positive decimal or fraction ("25", "12.5", "100/6"). */
  invalidRows: number[];
  duplicateCodes: string[];
  /** True when the rubric would be accepted: the same rule the service applies (@simpul/scoring). */
  valid: boolean;
}

const WEIGHT = /^(\d+(\.\d+)?|\d+\/[1-9]\d*)$/;

/** The live check of a rubric being edited, with @simpul/scoring's exact fractions so "100/3" three times sums to exactly 100. */
export function checkWeights(group: KippGroup, criteria: RubricCriterion[]): WeightCheck {
  const invalidRows: number[] = [];
  let total = Fraction.ZERO;
  criteria.forEach((criterion, index) => {
    const text = criterion.weight.trim();
    if (!WEIGHT.test(text)) return invalidRows.push(index);
    const weight = Fraction.parse(text);
    if (weight.cmp(Fraction.ZERO) <= 0) return invalidRows.push(index);
    total = total.add(weight);
  });
  const codes = criteria.map((criterion) => criterion.code.trim());
  const duplicateCodes = [...new Set(codes.filter((code, index) => code && codes.indexOf(code) !== index))];
  const complete =
    criteria.length > 0 && invalidRows.length === 0 && criteria.every((criterion) => criterion.code.trim() && criterion.name.trim());
  const valid =
    complete &&
    validateRubric({ id: 'draft', title: 'draft', group, scale: { min: 0, max: 100 }, passingGrade: null, criteria }).length === 0;
  return { total: total.toNumber(), invalidRows, duplicateCodes, valid };
}
