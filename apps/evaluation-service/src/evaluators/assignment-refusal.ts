import type { CycleRow } from '../cycles/cycle.row';
import type { LokusRow } from '../lokus/lokus.row';
import { hierarchyRefusal, sameAgencyRefusal, type Refusal } from './assignment-rules';
import type { EvaluatorProfile } from './evaluator.model';

export interface AssignmentFacts {
  /** The reason of a declared conflict of interest with the lokus' instansi or unit, if any. */
  conflictReason: string | null;
  /** The role this evaluator already holds on the lokus, if any. */
  assignedAs: 'PRIMARY' | 'SECOND_RATER' | null;
}

/**
 * Why this evaluator may not take this lokus, or null when they may: one rule for the assignment
 * itself and for the picker that lists every enrolled evaluator with the reason beside the refused.
 */
export function assignmentRefusal(profile: EvaluatorProfile, lokus: LokusRow, cycle: CycleRow, facts: AssignmentFacts): Refusal | null {
  if (facts.assignedAs) {
    return {
      en: `${profile.displayName} is already assigned to ${lokus.unitName}.`,
      id: `${profile.displayName} sudah ditugaskan pada ${lokus.unitName}.`,
    };
  }
  if (facts.conflictReason !== null) {
    return {
      en: `${profile.displayName} declared a conflict of interest with ${lokus.unitName} ("${facts.conflictReason}") and cannot evaluate it.`,
      id: `${profile.displayName} telah menyatakan konflik kepentingan dengan ${lokus.unitName} ("${facts.conflictReason}") sehingga tidak boleh menilainya.`,
    };
  }
  return sameAgencyRefusal(profile, lokus, cycle.scheme) ?? hierarchyRefusal(profile, lokus, cycle.scheme);
}
