import type { Identity } from '@simpul/contracts';
import { forbidden } from '@simpul/service-kit';

/**
 * Conflict-of-interest declarations: the admin acts for any evaluator; an evaluator declares,
 * lists and withdraws only their own.
 */

/** Whose declaration is being made: an evaluator naming someone else is FORBIDDEN. */
export function declaringEvaluator(caller: Identity, requested: string | null | undefined): string | null {
  if (caller.role === 'NATIONAL_ADMIN') return requested ?? null;
  if (requested && requested !== caller.userId) {
    throw forbidden('Evaluators declare their own conflicts of interest.', 'Evaluator menyatakan konflik kepentingannya sendiri.');
  }
  return caller.userId;
}

/** Whose declarations a list shows: an evaluator always sees only their own. */
export function listedEvaluator(caller: Identity, requested: string | null | undefined): string | null {
  return caller.role === 'EVALUATOR' ? caller.userId : (requested ?? null);
}

export function requireOwnDeclaration(caller: Identity, declaration: { evaluatorId: string }): void {
  if (caller.role === 'EVALUATOR' && declaration.evaluatorId !== caller.userId) {
    throw forbidden('Evaluators withdraw only their own declarations.', 'Evaluator hanya dapat mencabut pernyataannya sendiri.');
  }
}
