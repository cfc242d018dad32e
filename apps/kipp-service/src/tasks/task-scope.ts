import type { Identity } from '@simpul/contracts';

/** What every KIPP task query needs to know about the caller and the day, read once per request. */
export interface TaskScope {
  caller: Identity;
  /** The desk's own unit (UNIT_DESK only). */
  unitId: string | null;
  /** Agencies the caller administers as KIPP local admin (`kipp.local_admins`, any portal role). */
  agencies: string[];
  /** Today in Indonesia (YYYY-MM-DD): stage windows are WIB calendar days, both ends inclusive. */
  today: string;
  now: Date;
}

/** A stage closing on a calendar day is due at the end of that day in Indonesia, so the last day is not yet overdue. */
export function endOfWibDay(date: string): Date {
  return new Date(`${date}T23:59:59.999+07:00`);
}
