import type { ClientError } from '@simpul/web-kit';

/** Whole-cycle figures are the admin's until published: a refusal is its own state, not a failure. */
export function isRefusal(errors: readonly ClientError[] | null): boolean {
  return !!errors?.some((error) => error.code === 'FORBIDDEN' || error.code === 'UNAUTHENTICATED');
}
