import type { Caller } from '@simpul/contracts';
import { forbidden, requireSignedIn, SimpulError } from '@simpul/service-kit';

/** NATIONAL_ADMIN edits every unit; a UNIT_DESK only the unit it is bound to. */
export function canEditUnit(caller: Caller, unitId: string): boolean {
  if (!caller) return false;
  return caller.role === 'NATIONAL_ADMIN' || (caller.role === 'UNIT_DESK' && caller.serviceUnitId === unitId);
}

/** Archived rows are visible to the same people who may edit them. */
export const canSeeArchived = canEditUnit;

/** Which archived units (and their services) a list may include. */
export type ArchivedUnits = { kind: 'all' } | { kind: 'own'; unitId: string | null } | { kind: 'none' };

/**
 * The archived units a list shows when the caller asks for them (`includeArchived`): a NATIONAL_ADMIN
 * all, a UNIT_DESK its own unit, anyone else (and anyone not asking) none.
 */
export function archivedUnitsVisibleTo(caller: Caller, includeArchived: boolean | null | undefined): ArchivedUnits {
  if (!includeArchived || !caller) return { kind: 'none' };
  if (caller.role === 'NATIONAL_ADMIN') return { kind: 'all' };
  if (caller.role === 'UNIT_DESK') return { kind: 'own', unitId: caller.serviceUnitId };
  return { kind: 'none' };
}

export function assertCanEditUnit(caller: Caller, unitId: string): void {
  requireSignedIn(caller);
  if (!canEditUnit(caller, unitId)) {
    throw forbidden('You may only change your own service unit.', 'Anda hanya dapat mengubah unit pelayanan Anda sendiri.');
  }
}

/** What moves a unit between owners or identities: only a NATIONAL_ADMIN changes these. */
export const ADMIN_ONLY_UNIT_FIELDS = ['kind', 'agencyId', 'regionCode', 'externalIds'] as const;
export type AdminOnlyUnitField = (typeof ADMIN_ONLY_UNIT_FIELDS)[number];

/**
 * A desk maintains its own unit (address, phone, e-mail, website, name, group): it is refused only
 * when an admin-only field would actually change. Forms send every field back, so a value equal
 * to the stored one is no change. `changed` lists the admin-only fields whose new value differs.
 */
export function assertMayChangeUnitFields(caller: Caller, changed: readonly AdminOnlyUnitField[]): void {
  if (caller?.role === 'NATIONAL_ADMIN' || changed.length === 0) return;
  throw new SimpulError(
    'FORBIDDEN',
    {
      en: 'Only a national administrator may change the kind, agency, region or external ids of a unit.',
      id: 'Hanya admin nasional yang dapat mengubah jenis, instansi, wilayah, atau ID eksternal unit.',
    },
    `input.${changed[0]}`,
  );
}
