import { wibDate } from '@simpul/service-kit';

/** Days before the end of a phase when its people are reminded (issue #14 §4). */
export const PHASE_REMINDER_DAYS = [7, 3, 1] as const;

const DAY_MS = 24 * 60 * 60 * 1000;

/** Calendar days in Indonesia (WIB) from `now` to `endsAt`: 0 when the phase ends today. */
export function daysLeft(now: Date, endsAt: Date): number {
  return Math.round((Date.parse(wibDate(endsAt)) - Date.parse(wibDate(now))) / DAY_MS);
}
