import type { Caller } from '@simpul/contracts';

/**
 * Who may create, list and revoke a mall's queue-system keys: national admins for any mall, an MPP
 * operator for their own mall only. A key lets a machine mint survey invitations for the mall's desks,
 * so unit desks (one tenant among many) and evaluators may not hold one.
 */
export function canManageQueueKeys(mallId: string, caller: Caller): boolean {
  if (!caller) return false;
  if (caller.role === 'NATIONAL_ADMIN') return true;
  return caller.role === 'MPP_OPERATOR' && caller.mallId !== null && caller.mallId === mallId;
}
