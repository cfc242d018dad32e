import type { Caller } from '@simpul/contracts';
import { requireRole } from '@simpul/service-kit';
import { lokusScope } from './lokus-access.service';

/** Results the caller may read: published cycles for everyone, otherwise the caller's lokus scope (alias `c` is the cycle). */
export function resultScope(caller: Caller, parameter: number): { clause: string; value: string | null } {
  const scope = lokusScope(caller, parameter);
  return { clause: `(c.published_at IS NOT NULL OR ${scope.clause})`, value: scope.value };
}

/**
 * Whole-cycle figures (cohort rankings, aggregates) are public once the cycle is published and the
 * national admin's before: UNAUTHENTICATED for the public, FORBIDDEN for other roles.
 */
export function requireAdminUntilPublished(cycle: { publishedAt: Date | null }, caller: Caller): void {
  if (!cycle.publishedAt) requireRole(caller, 'NATIONAL_ADMIN');
}
