import type { SessionUser } from '@simpul/web-kit';

/** Mirrors the service's rule so the page offers only what would succeed: admins, or the operator of this mall. */
export function canManageMall(user: SessionUser | null, mallId: string): boolean {
  return user?.role === 'NATIONAL_ADMIN' || (user?.role === 'MPP_OPERATOR' && user.mallId === mallId);
}
