import type { SessionUser } from '@simpul/web-kit';

// What the admin pages offer; the registry decides again on every request.

export const isNationalAdmin = (user: SessionUser | null): boolean => user?.role === 'NATIONAL_ADMIN';

/** The national admin manages everyone; an MPP operator its own mall's people. */
export const canManageUsers = (user: SessionUser | null): boolean =>
  user?.role === 'NATIONAL_ADMIN' || (user?.role === 'MPP_OPERATOR' && Boolean(user.mallId));
