import type { Caller, Role } from '@simpul/contracts';
import { forbidden, requireRole, SimpulError } from '@simpul/service-kit';

/**
 * Who sees and manages which accounts. A NATIONAL_ADMIN: everyone. An MPP_OPERATOR: the operators of
 * its own mall and the desk accounts of units whose agency is a tenant of its mall. Nobody else.
 */
export type UserScope = { kind: 'all' } | { kind: 'mall'; mallId: string };

/** The accounts a caller may list; FORBIDDEN for every role but the two that manage accounts. */
export function userScopeOf(caller: Caller): UserScope {
  requireRole(caller, 'NATIONAL_ADMIN', 'MPP_OPERATOR');
  if (caller.role === 'NATIONAL_ADMIN') return { kind: 'all' };
  if (!caller.mallId) throw forbidden('Your operator account is not bound to a mall.', 'Akun operator Anda tidak terikat pada MPP.');
  return { kind: 'mall', mallId: caller.mallId };
}

/** What the operator rule needs to know about one account (or one proposed binding). */
export interface AccountBinding {
  role: Role;
  mallId: string | null;
  /** The agency of the bound unit, for a desk. */
  unitAgencyId: string | null;
}

/** Whether an account with this binding lies inside the scope (`tenantAgencies`: agencies with an open tenancy in the operator's mall). */
export function bindingInScope(scope: UserScope, binding: AccountBinding, tenantAgencies: ReadonlySet<string>): boolean {
  if (scope.kind === 'all') return true;
  if (binding.role === 'MPP_OPERATOR') return binding.mallId === scope.mallId;
  if (binding.role === 'UNIT_DESK') return binding.unitAgencyId !== null && tenantAgencies.has(binding.unitAgencyId);
  return false;
}

/** Operators invite and manage operators of their own mall and desks of its tenants; other roles only an admin. */
export function assertMayManageBinding(
  scope: UserScope,
  binding: AccountBinding,
  tenantAgencies: ReadonlySet<string>,
  fieldPrefix = '',
): void {
  if (bindingInScope(scope, binding, tenantAgencies)) return;
  if (binding.role === 'MPP_OPERATOR') {
    throw new SimpulError(
      'FORBIDDEN',
      {
        en: 'You may only manage operators of your own mall.',
        id: 'Anda hanya dapat mengelola operator MPP Anda sendiri.',
      },
      `${fieldPrefix}mallId`,
    );
  }
  if (binding.role === 'UNIT_DESK') {
    throw new SimpulError(
      'FORBIDDEN',
      {
        en: 'You may only manage desk accounts of units that are tenants of your mall.',
        id: 'Anda hanya dapat mengelola akun petugas unit dari instansi yang tergabung di MPP Anda.',
      },
      `${fieldPrefix}serviceUnitId`,
    );
  }
  throw new SimpulError(
    'FORBIDDEN',
    {
      en: 'Only a national administrator may manage national administrators and evaluators.',
      id: 'Hanya admin nasional yang dapat mengelola admin nasional dan evaluator.',
    },
    `${fieldPrefix}role`,
  );
}

/** Nobody deactivates or re-roles themself: an account cannot lock its own owner out by mistake. */
export function assertNotSelf(caller: Caller, userId: string, en: string, id: string): void {
  if (caller?.userId === userId) throw new SimpulError('FORBIDDEN', { en, id }, 'id');
}
