import { Fraction } from '../decimal/fraction';
import { ScoringInputError } from '../errors/scoring-input-error';
import rubricData from './data/kipp-rubrics-2025.json';

export interface RubricCriterion {
  code: string;
  name: string;
  nameEn: string;
  /** Percent, exact text; the criteria of a rubric sum to 100. */
  weight: string;
}

/** A KIPP jury rubric as data: criteria with weights, the score scale and the passing grade. */
export interface Rubric {
  id: string;
  title: string;
  group: 'UMUM' | 'REPLIKASI' | 'KHUSUS';
  scale: { min: number; max: number };
  /** Total at or above which a proposal passes (exact text), or null when the stage has none. */
  passingGrade: string | null;
  criteria: RubricCriterion[];
}

const RUBRICS: ReadonlyMap<string, Rubric> = new Map((rubricData.rubrics as Rubric[]).map((rubric) => [rubric.id, Object.freeze(rubric)]));

export function listRubrics(): Rubric[] {
  return [...RUBRICS.values()];
}

export function getRubric(id: string): Rubric {
  const rubric = RUBRICS.get(id);
  if (!rubric) throw new ScoringInputError('rubricId', { id: `Rubrik "${id}" tidak dikenal.`, en: `Unknown rubric "${id}".` });
  return rubric;
}

/** Weights that do not sum to exactly 100 and duplicate criterion codes. */
export function validateRubric(rubric: Rubric): string[] {
  const problems: string[] = [];
  const codes = new Set<string>();
  let total = Fraction.ZERO;
  for (const criterion of rubric.criteria) {
    if (codes.has(criterion.code)) problems.push(`Duplicate criterion ${criterion.code}.`);
    codes.add(criterion.code);
    total = total.add(Fraction.parse(criterion.weight));
  }
  if (!total.equals(Fraction.of(100))) problems.push(`Criterion weights sum to ${total.toNumber()}, not 100.`);
  return problems;
}
