import type { Caller } from '@simpul/contracts';

/** Agencies (instansi) are national reference data: only a NATIONAL_ADMIN creates, edits or archives them. */
export function canEditAgency(caller: Caller): boolean {
  return caller?.role === 'NATIONAL_ADMIN';
}

/** Archived agencies are listed for the people who may edit them. */
export const canSeeArchivedAgencies = canEditAgency;
