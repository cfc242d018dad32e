import type { ErrorExtensions, LocalizedMessage } from '@simpul/contracts';

/**
 * Raised for input the regulations cannot score: a missing or out-of-range answer, weights that
 * do not sum, a value outside a scale. `field` names the offending input as a path
 * (`f02.2.a.P`, `f03[3].6.b.Ak`, `responses[3].U4`) so a service maps it to a GraphQL
 * BAD_USER_INPUT error and a form highlights the field.
 */
export class ScoringInputError extends Error {
  readonly code = 'BAD_USER_INPUT' as const;

  constructor(
    readonly field: string,
    readonly messages: LocalizedMessage,
  ) {
    super(`${field}: ${messages.en}`);
    this.name = 'ScoringInputError';
  }

  toExtensions(): ErrorExtensions {
    return { code: this.code, field: this.field, messages: this.messages };
  }
}

export function isScoringInputError(error: unknown): error is ScoringInputError {
  return error instanceof ScoringInputError;
}
