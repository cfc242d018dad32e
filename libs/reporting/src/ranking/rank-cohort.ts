import type { LocalizedMessage } from '@simpul/contracts';
import { Fraction, roundHalfUp } from '@simpul/scoring';
import { scaledValue } from '../values/read-value';

export interface TieBreaker<T> {
  /** A secondary value; rows that still tie on it share the rank. Null sorts last. */
  value: (row: T) => number | null;
  order?: 'desc' | 'asc';
}

export interface RankOptions<T> {
  key: (row: T) => string;
  value: (row: T) => number;
  /** Higher is better by default. */
  order?: 'desc' | 'asc';
  /** Values are compared as reported, rounded half up to this many decimals (default 2): 4.021 and 4.024 tie as 4.02. */
  decimals?: number;
  /** Applied in turn to rows equal on the value; none by default, so equal reported values share a rank. */
  tieBreakers?: TieBreaker<T>[];
}

export interface Ranked<T> {
  row: T;
  key: string;
  /** The reported value the rank was computed from. */
  value: number;
  /** Competition rank ("1224"): 1 + the number of rows strictly ahead. */
  rank: number;
  /** Cohort size. */
  of: number;
  tied: boolean;
  /** Percentile rank: (rows behind + ½ × rows level, itself included) / n × 100, two decimals. */
  percentile: number;
  label: LocalizedMessage;
}

/**
 * Ranks a cohort by competition ranking. Rows equal on the reported value (and on every
 * tie-breaker) share a rank and the next rank skips ("1, 2, 2, 4"); among tied rows the listing
 * order is by key, ascending, which never affects the rank.
 */
export function rankCohort<T>(rows: readonly T[], options: RankOptions<T>): Ranked<T>[] {
  const decimals = options.decimals ?? 2;
  const direction = options.order === 'asc' ? 1 : -1;
  const breakers = options.tieBreakers ?? [];
  const entries = rows.map((row, i) => ({
    row,
    key: options.key(row),
    scaled: scaledValue(options.value(row), `rows[${i}].value`, decimals),
    secondary: breakers.map((breaker) => breaker.value(row)),
  }));
  const compareStanding = (a: (typeof entries)[number], b: (typeof entries)[number]): number => {
    if (a.scaled !== b.scaled) return direction * (a.scaled - b.scaled);
    for (let k = 0; k < breakers.length; k += 1) {
      const x = a.secondary[k];
      const y = b.secondary[k];
      if (x === y) continue;
      if (x === null) return 1;
      if (y === null) return -1;
      return (breakers[k].order === 'asc' ? 1 : -1) * (x - y);
    }
    return 0;
  };
  entries.sort((a, b) => compareStanding(a, b) || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
  const n = entries.length;
  const result = new Array<Ranked<T>>(n);
  let start = 0;
  while (start < n) {
    let end = start + 1;
    while (end < n && compareStanding(entries[start], entries[end]) === 0) end += 1;
    const level = end - start;
    const behind = n - end;
    const percentile = roundHalfUp(Fraction.of((2 * behind + level) * 50, n), 2);
    for (let i = start; i < end; i += 1) {
      const entry = entries[i];
      result[i] = {
        row: entry.row,
        key: entry.key,
        value: entry.scaled / 10 ** decimals,
        rank: start + 1,
        of: n,
        tied: level > 1,
        percentile,
        label: { id: `peringkat ${start + 1} dari ${n}`, en: `rank ${start + 1} of ${n}` },
      };
    }
    start = end;
  }
  return result;
}
