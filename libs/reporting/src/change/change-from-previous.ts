import { Fraction, roundHalfUp } from '@simpul/scoring';
import { rankCohort } from '../ranking/rank-cohort';
import { readValue } from '../values/read-value';

export interface PeriodValue {
  key: string;
  value: number;
}

export interface PeriodChange {
  key: string;
  current: number | null;
  previous: number | null;
  /** current − previous on the reported values (two decimals), exact: 4.02 − 3.84 = 0.18. */
  delta: number | null;
  /** delta / previous × 100, two decimals; null when previous is 0 or missing. */
  deltaPercent: number | null;
  direction: 'UP' | 'DOWN' | 'SAME' | 'NEW' | 'DROPPED';
  currentRank: number | null;
  previousRank: number | null;
  /** Places climbed (positive) or lost (negative). */
  rankChange: number | null;
}

/** Compares each key's value and competition rank with the previous period's; keys in current order, then dropped keys. */
export function changeFromPrevious(
  current: readonly PeriodValue[],
  previous: readonly PeriodValue[],
  options: { decimals?: number } = {},
): PeriodChange[] {
  const decimals = options.decimals ?? 2;
  const rankBy = (rows: readonly PeriodValue[]) =>
    new Map(rankCohort(rows, { key: (row) => row.key, value: (row) => row.value, decimals }).map((ranked) => [ranked.key, ranked]));
  const now = rankBy(current);
  const before = rankBy(previous);
  const keys = [...current.map((row) => row.key), ...previous.map((row) => row.key).filter((key) => !now.has(key))];
  return keys.map((key) => {
    const a = now.get(key);
    const b = before.get(key);
    if (!a || !b) {
      return {
        key,
        current: a?.value ?? null,
        previous: b?.value ?? null,
        delta: null,
        deltaPercent: null,
        direction: a ? 'NEW' : 'DROPPED',
        currentRank: a?.rank ?? null,
        previousRank: b?.rank ?? null,
        rankChange: null,
      };
    }
    const delta = readValue(a.value, `current.${key}`).sub(readValue(b.value, `previous.${key}`));
    const deltaPercent = b.value === 0 ? null : roundHalfUp(delta.div(Fraction.fromNumber(b.value)).mul(Fraction.of(100)), 2);
    const sign = delta.num === 0n ? 0 : delta.num > 0n ? 1 : -1;
    return {
      key,
      current: a.value,
      previous: b.value,
      delta: roundHalfUp(delta, decimals),
      deltaPercent,
      direction: sign > 0 ? 'UP' : sign < 0 ? 'DOWN' : 'SAME',
      currentRank: a.rank,
      previousRank: b.rank,
      rankChange: b.rank - a.rank,
    };
  });
}
