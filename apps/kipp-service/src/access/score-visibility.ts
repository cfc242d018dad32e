import type { SubgraphContext } from '@simpul/service-kit';

/** Assignments and score aggregates are for the national admin and evaluators only. */
export function canSeeScores(context: SubgraphContext): boolean {
  return context.caller?.role === 'NATIONAL_ADMIN' || context.caller?.role === 'EVALUATOR';
}
