import { isScoringInputError, scoreProposal, type ProposalScore, type Rubric } from '@simpul/scoring';
import type { KippRubric } from './evaluator.operations';

/** The contract's rubric in the shape @simpul/scoring computes with. */
export function toScoringRubric(rubric: KippRubric): Rubric {
  return {
    id: rubric.id,
    title: rubric.title,
    group: rubric.group,
    scale: { min: rubric.scaleMin, max: rubric.scaleMax },
    passingGrade: rubric.passingGrade,
    criteria: rubric.criteria.map((c) => ({ code: c.code, name: c.name, nameEn: c.nameEn, weight: c.weight })),
  };
}

/** "7,5" and "7.5" are both seven and a half; anything else is not a number. */
export function parseScore(text: string): number | null {
  const trimmed = text.trim().replace(',', '.');
  if (!/^\d+(\.\d+)?$/.test(trimmed)) return null;
  return Number(trimmed);
}

export type LiveScore =
  { kind: 'complete'; score: ProposalScore } | { kind: 'incomplete'; filled: number; total: number; invalid: Record<string, string> };

/**
 * The total the server will compute, while typing: every criterion on the scale gives the
 * weighted total from scoreProposal; otherwise how many are filled and which are off the scale.
 */
export function liveScore(
  rubric: KippRubric,
  texts: Record<string, string>,
  outOfRange: (min: number, max: number) => string,
  notANumber: string,
): LiveScore {
  const scores: Record<string, number> = {};
  const invalid: Record<string, string> = {};
  for (const criterion of rubric.criteria) {
    const text = texts[criterion.code] ?? '';
    if (!text.trim()) continue;
    const value = parseScore(text);
    if (value === null) invalid[criterion.code] = notANumber;
    else if (value < rubric.scaleMin || value > rubric.scaleMax) invalid[criterion.code] = outOfRange(rubric.scaleMin, rubric.scaleMax);
    else scores[criterion.code] = value;
  }
  const filled = Object.keys(scores).length;
  if (filled < rubric.criteria.length || Object.keys(invalid).length)
    return { kind: 'incomplete', filled, total: rubric.criteria.length, invalid };
  try {
    return { kind: 'complete', score: scoreProposal(toScoringRubric(rubric), scores) };
  } catch (error) {
    if (isScoringInputError(error)) return { kind: 'incomplete', filled, total: rubric.criteria.length, invalid };
    throw error;
  }
}
