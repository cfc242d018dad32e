/** Days before a PKS ends when its mall's operators are reminded (issue #14 §4). */
export const AGREEMENT_REMINDER_DAYS = [60, 30, 7] as const;

/**
 * The threshold a PKS with `daysLeft` has crossed: the smallest one at or above the days left, so a
 * scan that missed the 60-day mark at 25 days sends the 30-day reminder only, and each fires once.
 * Null when the PKS ends later than the largest threshold or has already ended.
 */
export function crossedThreshold(daysLeft: number): number | null {
  if (daysLeft < 0) return null;
  const crossed = AGREEMENT_REMINDER_DAYS.filter((days) => daysLeft <= days);
  return crossed.length ? Math.min(...crossed) : null;
}
