import type { SessionUser } from '@simpul/web-kit';

// What the plugin pages offer; the registry decides again on every request.

/** A national admin reviews every agency's plugins; a desk (or a KIPP local admin, also a desk) submits and follows its own. */
export const mayOpenPlugins = (user: SessionUser | null): boolean => user?.role === 'NATIONAL_ADMIN' || user?.role === 'UNIT_DESK';

export const maySubmitPlugins = (user: SessionUser | null): boolean => user?.role === 'UNIT_DESK';

export const mayReviewPlugins = (user: SessionUser | null): boolean => user?.role === 'NATIONAL_ADMIN';
