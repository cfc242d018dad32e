import type { Caller } from '@simpul/contracts';
import { forbidden, requireSignedIn } from '@simpul/service-kit';

export interface Owned {
  serviceUnitId: string | null;
  mallId: string | null;
}

/**
 * Who may do what with a survey. Read: admins and evaluators everywhere, an MPP operator in their
 * mall, a unit desk for its unit. Manage (setup, links, import, follow-up): the same minus
 * evaluators. Review flagged answers (exclusion): admins and the mall's operator only — a unit does
 * not get to drop answers from its own score.
 */
export function canRead(survey: Owned, caller: Caller): boolean {
  if (!caller) return false;
  if (caller.role === 'NATIONAL_ADMIN' || caller.role === 'EVALUATOR') return true;
  return canManage(survey, caller);
}

export function canManage(survey: Owned, caller: Caller): boolean {
  if (!caller) return false;
  if (caller.role === 'NATIONAL_ADMIN') return true;
  if (caller.role === 'MPP_OPERATOR') return caller.mallId !== null && survey.mallId === caller.mallId;
  if (caller.role === 'UNIT_DESK') return caller.serviceUnitId !== null && survey.serviceUnitId === caller.serviceUnitId;
  return false;
}

export function canReview(survey: Owned, caller: Caller): boolean {
  if (!caller) return false;
  if (caller.role === 'NATIONAL_ADMIN') return true;
  return caller.role === 'MPP_OPERATOR' && caller.mallId !== null && survey.mallId === caller.mallId;
}

/**
 * Who may create, list and revoke a mall's queue-system keys: whoever may review the mall's answers
 * (national admins anywhere, the mall's own operator). A key lets a machine mint survey invitations
 * for the mall's desks, so unit desks (one tenant among many) and evaluators may not hold one.
 */
export function canManageQueueKeys(mallId: string, caller: Caller): boolean {
  return canReview({ mallId, serviceUnitId: null }, caller);
}

export function requireCan(check: (survey: Owned, caller: Caller) => boolean, survey: Owned, caller: Caller): void {
  requireSignedIn(caller);
  if (!check(survey, caller)) throw forbidden();
}

/** SQL condition limiting surveys (alias `s`) to what the caller may read; params start at `$next`. */
export function readScope(caller: Caller, next: number): { sql: string; params: unknown[] } {
  requireSignedIn(caller);
  if (caller.role === 'NATIONAL_ADMIN' || caller.role === 'EVALUATOR') return { sql: 'TRUE', params: [] };
  if (caller.role === 'MPP_OPERATOR') return { sql: `s.mall_id = $${next}`, params: [caller.mallId] };
  if (caller.role === 'UNIT_DESK') return { sql: `s.service_unit_id = $${next}`, params: [caller.serviceUnitId] };
  return { sql: 'FALSE', params: [] };
}

/** A survey's history (its `changes`) is read by whoever may manage the survey. */
export function canReadSurveyHistory(survey: Owned, caller: Caller): boolean {
  return canManage(survey, caller);
}
