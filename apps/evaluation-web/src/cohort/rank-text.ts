import type { Translate } from '@simpul/web-kit';
import type { RankedEntry } from './cohort.operations';

/** What the rank column shows: "3–6" when the figures allow several places, "3" when the place is certain. */
export function rankShown(entry: Pick<RankedEntry, 'rank' | 'rankRange'>, t: Translate): string {
  if (entry.rank === null || entry.rank === undefined) return t('rank.none');
  const range = entry.rankRange;
  return range && range.best < range.worst
    ? t('rank.range', { best: range.best, worst: range.worst })
    : t('rank.exact', { rank: entry.rank });
}

/** The same, as a sentence for screen readers: "peringkat 3 sampai 6 dari 34, tidak pasti". */
export function rankSpoken(entry: Pick<RankedEntry, 'rank' | 'rankRange' | 'cohortSize'>, t: Translate): string {
  if (entry.rank === null || entry.rank === undefined) return t('rank.none');
  const of = entry.cohortSize ?? 0;
  const range = entry.rankRange;
  return range && range.best < range.worst
    ? t('rank.rangeSpoken', { best: range.best, worst: range.worst, of })
    : t('rank.exactSpoken', { rank: entry.rank, of });
}
