import type { Caller } from '@simpul/contracts';
import { forbidden, requireSignedIn } from '@simpul/service-kit';
import { canEditAgency } from './agency-access';
import { canEditUnit } from './unit-access';

/**
 * Who may read an object's history (its `changes`): whoever may edit the object. The whole audit
 * log (`registryAuditLog`) is for the national admin only.
 */
export const canReadAgencyHistory = (caller: Caller): boolean => canEditAgency(caller);
export const canReadUnitHistory = (caller: Caller, unitId: string): boolean => canEditUnit(caller, unitId);
export const canReadServiceHistory = (caller: Caller, service: { serviceUnitId: string }): boolean =>
  canEditUnit(caller, service.serviceUnitId);

export function assertMayReadHistory(caller: Caller, allowed: boolean): void {
  requireSignedIn(caller);
  if (!allowed) {
    throw forbidden(
      'Only the people who may edit this may read its history.',
      'Riwayat perubahan hanya dapat dilihat oleh yang berwenang mengubahnya.',
    );
  }
}

/**
 * A user's history: the national admin for everyone, an MPP operator for the operators of its own
 * mall (the accounts it manages that the registry can tell apart by itself).
 */
export function canReadUserHistory(caller: Caller, user: { mallId: string | null }): boolean {
  if (caller?.role === 'NATIONAL_ADMIN') return true;
  return caller?.role === 'MPP_OPERATOR' && caller.mallId !== null && user.mallId === caller.mallId;
}
