import { wibDate } from '@simpul/service-kit';

/** Days before the end of a phase when its people are reminded (issue #14 §4). */
export const PHASE_REMINDER_DAYS = [7, 3, 1] as const;

const DAY_MS = 24 * 60 * 60 * 1000;

/** Calendar days in Indonesia (WIB) from `now` to `endsAt`: 0 when the phase ends today. */
export function daysLeft(now: Date, endsAt: Date): number {
  return Math.round((Date.parse(wibDate(endsAt)) - Date.parse(wibDate(now))) / DAY_MS);
}

/**
 * The threshold crossed with `days` left: the smallest one at or above it, so a scan that missed the
 * 7-day mark at 5 days sends the 7-day reminder then the 3-day one when it comes, never two at once,
 * and each fires once. Null when the phase ends later than the largest threshold or has ended.
 */
export function crossedThreshold(days: number): number | null {
  if (days < 0) return null;
  const crossed = PHASE_REMINDER_DAYS.filter((threshold) => days <= threshold);
  return crossed.length ? Math.min(...crossed) : null;
}
