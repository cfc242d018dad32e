/** Days before registration closes when the owners of a draft not yet submitted are reminded (issue #14 §4). */
export const DRAFT_REMINDER_DAYS = [7, 2] as const;

/**
 * The threshold a draft with `daysLeft` until registration closes has crossed: the smallest one at
 * or above the days left, so a scan that missed the 7-day mark at 2 days sends the 2-day reminder
 * only, and each fires once. Null when registration closes later than 7 days out or has closed.
 */
export function crossedDraftThreshold(daysLeft: number): number | null {
  if (daysLeft < 0) return null;
  const crossed = DRAFT_REMINDER_DAYS.filter((days) => daysLeft <= days);
  return crossed.length ? Math.min(...crossed) : null;
}
