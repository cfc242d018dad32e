import type { Caller } from '@simpul/contracts';
import { forbidden, requireSignedIn } from '@simpul/service-kit';

/** NATIONAL_ADMIN edits every unit; a UNIT_DESK only the unit it is bound to. */
export function canEditUnit(caller: Caller, unitId: string): boolean {
  if (!caller) return false;
  return caller.role === 'NATIONAL_ADMIN' || (caller.role === 'UNIT_DESK' && caller.serviceUnitId === unitId);
}

/** Archived rows are visible to the same people who may edit them. */
export const canSeeArchived = canEditUnit;

export function assertCanEditUnit(caller: Caller, unitId: string): void {
  requireSignedIn(caller);
  if (!canEditUnit(caller, unitId)) {
    throw forbidden('You may only change your own service unit.', 'Anda hanya dapat mengubah unit pelayanan Anda sendiri.');
  }
}
