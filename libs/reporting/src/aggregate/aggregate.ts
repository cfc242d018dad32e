import { Fraction, roundHalfUp } from '@simpul/scoring';
import { readValue } from '../values/read-value';

/** How lokus values combine: `mean` (default, docs/domain.md §4.4), `median`, or `weighted` (Σ w·v / Σ w). */
export type AggregateMethod = 'mean' | 'median' | 'weighted';

export interface AggregateOptions<T> {
  value: (row: T) => number;
  method?: AggregateMethod;
  /** Required for `weighted`: e.g. the number of services or respondents of the lokus. */
  weight?: (row: T) => number;
  decimals?: number;
}

export interface AggregateResult {
  count: number;
  /** The aggregate, rounded half up (two decimals by default); null for an empty group. */
  value: number | null;
  min: number | null;
  max: number | null;
  method: AggregateMethod;
  /** The unrounded aggregate as an exact fraction. */
  exact: string | null;
}

/** One aggregate over all rows, computed exactly and rounded once. */
export function aggregate<T>(rows: readonly T[], options: AggregateOptions<T>): AggregateResult {
  const method = options.method ?? 'mean';
  const decimals = options.decimals ?? 2;
  if (rows.length === 0) return { count: 0, value: null, min: null, max: null, method, exact: null };
  const values = rows.map((row, i) => readValue(options.value(row), `rows[${i}].value`));
  let exact: Fraction;
  if (method === 'median') {
    const sorted = [...values].sort((a, b) => a.cmp(b));
    const middle = Math.floor(sorted.length / 2);
    exact = sorted.length % 2 === 1 ? sorted[middle] : sorted[middle - 1].add(sorted[middle]).div(Fraction.of(2));
  } else if (method === 'weighted') {
    const weightOf = options.weight;
    if (!weightOf) throw new RangeError('The weighted aggregate needs a weight function.');
    let numerator = Fraction.ZERO;
    let denominator = Fraction.ZERO;
    rows.forEach((row, i) => {
      const weight = readValue(weightOf(row), `rows[${i}].weight`);
      if (weight.num < 0n) throw new RangeError(`rows[${i}].weight is negative`);
      numerator = numerator.add(values[i].mul(weight));
      denominator = denominator.add(weight);
    });
    if (denominator.num === 0n) return { count: rows.length, value: null, min: null, max: null, method, exact: null };
    exact = numerator.div(denominator);
  } else {
    exact = sumOf(values).div(Fraction.of(values.length));
  }
  let min = values[0];
  let max = values[0];
  for (const value of values) {
    if (value.cmp(min) < 0) min = value;
    if (value.cmp(max) > 0) max = value;
  }
  return {
    count: rows.length,
    value: roundHalfUp(exact, decimals),
    min: min.toNumber(),
    max: max.toNumber(),
    method,
    exact: exact.toString(),
  };
}

export interface GroupAggregate extends AggregateResult {
  group: string;
}

/** Aggregates per group (instansi, province…), groups sorted by key. */
export function aggregateBy<T>(rows: readonly T[], groupBy: (row: T) => string, options: AggregateOptions<T>): GroupAggregate[] {
  const groups = new Map<string, T[]>();
  for (const row of rows) {
    const key = groupBy(row);
    const list = groups.get(key);
    if (list) list.push(row);
    else groups.set(key, [row]);
  }
  return [...groups.keys()].sort().map((group) => ({ group, ...aggregate(groups.get(group) as T[], options) }));
}

export interface LevelAggregates {
  instansi: GroupAggregate[];
  province: GroupAggregate[];
  nation: AggregateResult;
}

/**
 * Instansi, province and national figures, each computed directly from the lokus values (not as a
 * mean of means), with the same method at every level.
 */
export function aggregateLevels<T>(
  rows: readonly T[],
  levels: { instansi: (row: T) => string; province: (row: T) => string },
  options: AggregateOptions<T>,
): LevelAggregates {
  return {
    instansi: aggregateBy(rows, levels.instansi, options),
    province: aggregateBy(rows, levels.province, options),
    nation: aggregate(rows, options),
  };
}

function sumOf(values: Fraction[]): Fraction {
  // Reported values share a power-of-ten denominator: add numerators over the common one.
  let den = 1n;
  for (const value of values) if (value.den > den) den = value.den;
  if (values.every((value) => den % value.den === 0n)) {
    let num = 0n;
    for (const value of values) num += value.num * (den / value.den);
    return Fraction.of(num, den);
  }
  return values.reduce((total, value) => total.add(value), Fraction.ZERO);
}
