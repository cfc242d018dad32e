/**
 * Positions along a chart's x axis by time, not by order: 2017, 2018 and 2022 sit one part and four
 * parts apart, so a gap in the years shows as a gap. `times` are numbers on one scale (years, or
 * fractional years for quarters; days for a daily series); `from` and `to` are the first and last
 * x of the plotting area. One distinct time sits in the middle.
 */
export function timeScale(times: readonly number[], from: number, to: number): (time: number) => number {
  const first = Math.min(...times);
  const last = Math.max(...times);
  if (!Number.isFinite(first) || first === last) return () => (from + to) / 2;
  return (time) => from + ((time - first) / (last - first)) * (to - from);
}

/** A calendar date ("2026-03-31") as days since 1970, for timeScale. */
export function dayNumber(isoDate: string): number {
  return Math.round(Date.parse(`${isoDate.slice(0, 10)}T00:00:00Z`) / 86_400_000);
}
