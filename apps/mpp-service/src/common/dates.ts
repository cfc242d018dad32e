import { badUserInput } from '@simpul/service-kit';

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** A real calendar date as YYYY-MM-DD, or BAD_USER_INPUT on `field`. */
export function parseDate(value: string, field: string): string {
  const match = ISO_DATE.exec(value);
  const date = match ? new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3]))) : null;
  if (!match || !date || date.toISOString().slice(0, 10) !== value) {
    throw badUserInput(field, `${field} must be a date written YYYY-MM-DD.`, `${field} harus berupa tanggal dengan format YYYY-MM-DD.`);
  }
  return value;
}

export function addDays(isoDate: string, days: number): string {
  const date = new Date(`${isoDate}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}

/** Whole days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}

/** ISO weekday of a calendar date: 1 = Monday … 7 = Sunday. */
export function isoWeekday(isoDate: string): number {
  const day = new Date(`${isoDate}T00:00:00Z`).getUTCDay();
  return day === 0 ? 7 : day;
}

/** Refuses `from` after `to`, naming the later field. */
export function requireOrdered(from: string, to: string, fromField: string, toField: string): void {
  if (from > to) {
    throw badUserInput(toField, `${toField} must not be before ${fromField}.`, `${toField} tidak boleh sebelum ${fromField}.`);
  }
}
