import type { SessionUser } from '@simpul/web-kit';

export interface Owned {
  serviceUnitId: string | null;
  mallId: string | null;
}

// Mirrors the service's rules so a page offers only what would succeed (the service still decides).
export function canManageSurvey(user: SessionUser | null, survey: Owned): boolean {
  if (!user) return false;
  if (user.role === 'NATIONAL_ADMIN') return true;
  if (user.role === 'MPP_OPERATOR') return user.mallId !== null && survey.mallId === user.mallId;
  if (user.role === 'UNIT_DESK') return user.serviceUnit !== null && survey.serviceUnitId === user.serviceUnit.id;
  return false;
}

/** Excluding answers: admins and the mall's operator only — a unit does not drop answers from its own score. */
export function canReviewSurvey(user: SessionUser | null, survey: Owned): boolean {
  if (!user) return false;
  if (user.role === 'NATIONAL_ADMIN') return true;
  return user.role === 'MPP_OPERATOR' && user.mallId !== null && survey.mallId === user.mallId;
}

export function canCreateSurvey(user: SessionUser | null): boolean {
  return user !== null && user.role !== 'EVALUATOR';
}
