import type { Caller, Identity } from '@simpul/contracts';
import { forbidden, requireSignedIn, SimpulError } from '@simpul/service-kit';

/** A service unit as the plugin rules need it. */
export interface UnitOfAgency {
  id: string;
  agencyId: string;
}

/**
 * Who may work on a unit, and so see its plugins and open a plugin session there: a NATIONAL_ADMIN,
 * the unit's own desk, and the MPP operator of a mall where the unit's agency is a tenant
 * (`tenantsOf` asks the MPP service, only for an operator).
 */
export async function mayWorkOnUnit(
  caller: Caller,
  unit: UnitOfAgency,
  tenantsOf: (mallId: string) => Promise<Set<string>>,
): Promise<boolean> {
  if (!caller) return false;
  if (caller.role === 'NATIONAL_ADMIN') return true;
  if (caller.role === 'UNIT_DESK') return caller.serviceUnitId === unit.id;
  if (caller.role === 'MPP_OPERATOR' && caller.mallId) return (await tenantsOf(caller.mallId)).has(unit.agencyId);
  return false;
}

export function assertMayWorkOnUnit(allowed: boolean): void {
  if (!allowed) {
    throw new SimpulError(
      'FORBIDDEN',
      { en: 'You do not work on this service unit.', id: 'Anda tidak bertugas di unit pelayanan ini.' },
      'serviceUnitId',
    );
  }
}

/**
 * The agencies whose plugins the caller submits and lists: its desk's agency and the agencies it is
 * a KIPP local admin of. A NATIONAL_ADMIN reviews every agency's plugins but submits none.
 */
export function assertMaySubmitFor(caller: Caller, agencyId: string, ownAgencies: ReadonlySet<string>): void {
  requireSignedIn(caller);
  if (ownAgencies.has(agencyId)) return;
  throw new SimpulError(
    'FORBIDDEN',
    {
      en: 'Only the agency’s own desk or its KIPP local admin may submit a plugin for this agency.',
      id: 'Hanya desk instansi itu sendiri atau admin lokal KIPP-nya yang dapat mengajukan plugin untuk instansi ini.',
    },
    'input.agencyId',
  );
}

/** Reviewing and suspending: a NATIONAL_ADMIN, never on a plugin they submitted themselves. */
export function assertMayDecide(caller: Identity, plugin: { submittedBy: string | null }): void {
  if (caller.role !== 'NATIONAL_ADMIN')
    throw forbidden('Only a national administrator reviews plugins.', 'Hanya admin nasional yang meninjau plugin.');
  if (plugin.submittedBy === caller.userId) {
    throw new SimpulError(
      'FORBIDDEN',
      { en: 'You cannot decide on a plugin you submitted yourself.', id: 'Anda tidak dapat memutuskan plugin yang Anda ajukan sendiri.' },
      'id',
    );
  }
}
