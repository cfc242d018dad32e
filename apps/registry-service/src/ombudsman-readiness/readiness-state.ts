import { standardValues } from '../services/standard/completeness';
import type { StoredStandard } from '../services/standard/standard-component';
import { OMBUDSMAN_CHECKS, type OmbudsmanCheck } from './ombudsman-checks';

export type ReadinessState = 'PRESENT' | 'MISSING' | 'UNPUBLISHED';

/** Each check's state on one service's stored standard, in the order of the check list. */
export function checkStates(
  standard: StoredStandard,
  checks: readonly OmbudsmanCheck[] = OMBUDSMAN_CHECKS,
): { check: OmbudsmanCheck; state: ReadinessState }[] {
  const values = new Map(standardValues(standard).map((value) => [value.component, value]));
  return checks.map((check) => {
    const value = values.get(check.component);
    if (!value?.content) return { check, state: 'MISSING' };
    if (check.requirement === 'PUBLISHED' && !value.published) return { check, state: 'UNPUBLISHED' };
    return { check, state: 'PRESENT' };
  });
}

// The same rules in SQL, so an agency's units are counted in the database, not loaded: content blank
// (standardValues trims it) is MISSING; filled but not published, where publication is required, is
// UNPUBLISHED. Component codes come from the validated list, never from a caller.
function contentBlank(alias: string, component: string): string {
  return `coalesce(${alias}.standard->'${component}'->>'content', '') ~ '^\\s*$'`;
}

function notPublished(alias: string, component: string): string {
  return `coalesce(${alias}.standard->'${component}'->>'published', 'false') <> 'true'`;
}

/** SQL of how many checks one service row (`alias`) misses and how many it has filled but unpublished. */
export function readinessSql(
  alias: string,
  checks: readonly OmbudsmanCheck[] = OMBUDSMAN_CHECKS,
): { missing: string; unpublished: string } {
  for (const check of checks) if (!/^[A-Z_]+$/.test(check.component)) throw new Error(`Unexpected component ${check.component}`);
  const missing = checks.map((check) => `(${contentBlank(alias, check.component)})::int`).join(' + ');
  const unpublished = checks
    .filter((check) => check.requirement === 'PUBLISHED')
    .map((check) => `(NOT (${contentBlank(alias, check.component)}) AND ${notPublished(alias, check.component)})::int`);
  return { missing: missing || '0', unpublished: unpublished.join(' + ') || '0' };
}
