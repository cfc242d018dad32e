// Student's t, two-sided 95 % (the 0.975 quantile), from the standard tables: df 1–30, then 40, 60, 120.
const TABLE: readonly [number, number][] = [
  [1, 12.706],
  [2, 4.303],
  [3, 3.182],
  [4, 2.776],
  [5, 2.571],
  [6, 2.447],
  [7, 2.365],
  [8, 2.306],
  [9, 2.262],
  [10, 2.228],
  [11, 2.201],
  [12, 2.179],
  [13, 2.16],
  [14, 2.145],
  [15, 2.131],
  [16, 2.12],
  [17, 2.11],
  [18, 2.101],
  [19, 2.093],
  [20, 2.086],
  [21, 2.08],
  [22, 2.074],
  [23, 2.069],
  [24, 2.064],
  [25, 2.06],
  [26, 2.056],
  [27, 2.052],
  [28, 2.048],
  [29, 2.045],
  [30, 2.042],
  [40, 2.021],
  [60, 2.0],
  [120, 1.98],
];

/**
 * t(df) at 0.975. Between tabulated degrees of freedom the smaller one is used (a slightly wider
 * margin, never a narrower one); beyond 120 the normal 1.96.
 */
export function t975(df: number): number {
  if (!(df >= 1)) throw new RangeError(`t975 needs at least one degree of freedom, got ${df}`);
  if (df > 120) return 1.96;
  let found = TABLE[0][1];
  for (const [at, value] of TABLE) {
    if (at > df) break;
    found = value;
  }
  return found;
}
