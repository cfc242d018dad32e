/**
 * The reminder threshold crossed with `daysLeft` days to go, for thresholds such as [60, 30, 7]: the
 * smallest one at or above the days left. A scan that missed the 60-day mark at 25 days sends the
 * 30-day reminder only, never two at once, and each threshold fires once (it is part of the
 * occasion key). Null when the date is further away than the largest threshold, or already past.
 */
export function crossedThreshold(daysLeft: number, thresholds: readonly number[]): number | null {
  if (daysLeft < 0) return null;
  const crossed = thresholds.filter((days) => daysLeft <= days);
  return crossed.length ? Math.min(...crossed) : null;
}
