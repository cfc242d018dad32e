import { Fraction, roundHalfUp } from '@simpul/scoring';
import { aggregate, type AggregateMethod } from '../aggregate/aggregate';

export interface TrendOptions<T> {
  period: (row: T) => number | string;
  value: (row: T) => number;
  /** Separate series per group (unit, instansi, province); one series `all` without it. */
  group?: (row: T) => string;
  method?: AggregateMethod;
  weight?: (row: T) => number;
}

export interface TrendPoint {
  period: number | string;
  value: number | null;
  count: number;
  /** Change against the previous point of the series, exact on the reported values; null for the first. */
  change: number | null;
}

export interface TrendSeries {
  group: string;
  points: TrendPoint[];
}

/** One point per period (sorted: numbers numerically, text lexically) and group, aggregated like aggregate(). */
export function trendSeries<T>(rows: readonly T[], options: TrendOptions<T>): TrendSeries[] {
  const byGroup = new Map<string, Map<number | string, T[]>>();
  for (const row of rows) {
    const group = options.group ? options.group(row) : 'all';
    const period = options.period(row);
    let periods = byGroup.get(group);
    if (!periods) byGroup.set(group, (periods = new Map<number | string, T[]>()));
    const list = periods.get(period);
    if (list) list.push(row);
    else periods.set(period, [row]);
  }
  return [...byGroup.keys()].sort().map((group) => {
    const periods = byGroup.get(group) as Map<number | string, T[]>;
    const ordered = [...periods.keys()].sort((a, b) =>
      typeof a === 'number' && typeof b === 'number' ? a - b : String(a).localeCompare(String(b)),
    );
    let previous: number | null = null;
    const points = ordered.map((period) => {
      const result = aggregate(periods.get(period) as T[], { value: options.value, method: options.method, weight: options.weight });
      const change =
        previous !== null && result.value !== null
          ? roundHalfUp(Fraction.fromNumber(result.value).sub(Fraction.fromNumber(previous)), 2)
          : null;
      previous = result.value ?? previous;
      return { period, value: result.value, count: result.count, change };
    });
    return { group, points };
  });
}
