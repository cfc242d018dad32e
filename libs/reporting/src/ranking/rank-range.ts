import { rankCohort } from './rank-cohort';
import { t975 } from './t-quantile';

/** The part of a value that comes from a survey sample (the F-03 index inside an IPP). */
export interface SampledPart {
  /** Share of the value the survey carries (the blend's F-03 weight, 0.25). */
  weight: number;
  /** Respondents whose answers made the survey's index. */
  respondents: number;
  /** Sample standard deviation of the respondents' own scores; null when not known. */
  spread: number | null;
  /** Whether the survey counted in the value at all (it does not below the minimum sample). */
  used: boolean;
  /** The minimum sample the survey had to reach. */
  minimum: number;
}

export interface RankRangeOptions<T> {
  key: (row: T) => string;
  /** The reported value (already rounded to `decimals`, or rounded half up here). */
  value: (row: T) => number;
  /** The survey part of the value, or null when the value has none. */
  sample?: (row: T) => SampledPart | null;
  /** Decimals the value is published with (default 2): the exact value lies within half a unit of the last one. */
  decimals?: number;
  /** Highest score an answer can have (default 5, the F-03 scale 0–5). */
  scale?: number;
  /** Higher is better by default. */
  order?: 'desc' | 'asc';
}

export interface RankRange<T> {
  row: T;
  key: string;
  /** The reported value. */
  value: number;
  /** Competition rank on the reported value ("1224"). */
  rank: number;
  of: number;
  /** Best and worst positions compatible with every overlap: rows whose intervals overlap cannot be told apart. */
  best: number;
  worst: number;
  /** best < worst: the rank alone says more than the figures support. */
  uncertain: boolean;
  /** Half-width of the value's interval: rounding plus the survey's 95 % margin, three decimals. */
  margin: number;
  /** True when the survey stayed under its minimum sample; null when the value has no survey part. */
  sampleBelowMinimum: boolean | null;
}

/**
 * The survey's 95 % margin on the value: weight × t(n−1) × s / √n, with s the respondents' spread
 * (the largest a 0–scale answer allows, scale/2, when unknown). Fewer than two respondents say
 * nothing about the spread, so the survey part may lie anywhere on its scale: weight × scale.
 */
export function samplingMargin(part: SampledPart, scale = 5): number {
  if (!part.used || part.weight <= 0) return 0;
  const widest = part.weight * scale;
  if (part.respondents < 2) return widest;
  const spread = part.spread ?? scale / 2;
  return Math.min(widest, (part.weight * t975(part.respondents - 1) * spread) / Math.sqrt(part.respondents));
}

/**
 * Sample standard deviation of each respondent's mean answer (unanswered items left out), the
 * spread samplingMargin needs. Null with fewer than two respondents who answered anything.
 */
export function respondentSpread(answers: readonly (readonly (number | null)[])[]): number | null {
  const means: number[] = [];
  for (const row of answers) {
    const given = row.filter((answer): answer is number => answer !== null && Number.isFinite(answer));
    if (given.length) means.push(given.reduce((sum, answer) => sum + answer, 0) / given.length);
  }
  if (means.length < 2) return null;
  const mean = means.reduce((sum, value) => sum + value, 0) / means.length;
  return Math.sqrt(means.reduce((sum, value) => sum + (value - mean) ** 2, 0) / (means.length - 1));
}

/** Index of the first element of `sorted` (ascending) that is ≥ `at`. */
function firstAtLeast(sorted: readonly number[], at: number): number {
  let low = 0;
  let high = sorted.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (sorted[mid] < at) low = mid + 1;
    else high = mid;
  }
  return low;
}

/**
 * Ranks a cohort (rankCohort) and gives each row the range of ranks its figures support. Each value
 * stands for an interval: the reported value ± half a unit of its last decimal (the exact value
 * before rounding) ± the survey's sampling margin. Row j is surely ahead of row i only when j's
 * interval lies wholly above i's; best = 1 + the rows surely ahead, worst = n − the rows surely
 * behind. Equal reported values therefore share a range ("2–3"), and values 0,01 apart whose
 * surveys are small overlap. The method, its assumptions and its limits: libs/reporting/README.md.
 */
export function rankRanges<T>(rows: readonly T[], options: RankRangeOptions<T>): RankRange<T>[] {
  const decimals = options.decimals ?? 2;
  const unit = 10 ** decimals;
  const scale = options.scale ?? 5;
  const direction = options.order === 'asc' ? -1 : 1;
  const ranked = rankCohort(rows, { key: options.key, value: options.value, decimals, order: options.order });
  // Work in units of the last decimal, oriented so that larger is better: reported values are whole numbers there.
  const entries = ranked.map((entry) => {
    const part = options.sample?.(entry.row) ?? null;
    const margin = 0.5 + (part ? samplingMargin(part, scale) : 0) * unit;
    const centre = direction * Math.round(entry.value * unit);
    return { entry, part, margin, low: centre - margin, high: centre + margin };
  });
  const lows = entries.map((item) => item.low).sort((a, b) => a - b);
  const highs = entries.map((item) => item.high).sort((a, b) => a - b);
  const n = entries.length;
  return entries.map(({ entry, part, margin, low, high }) => {
    // Surely ahead: low_j ≥ high_i (the rounded intervals are half-open, so touching ones are ordered).
    const ahead = n - firstAtLeast(lows, high - 1e-9);
    // Surely behind: high_j ≤ low_i.
    const behind = firstAtLeast(highs, low + 1e-9);
    const best = 1 + ahead;
    const worst = n - behind;
    return {
      row: entry.row,
      key: entry.key,
      value: entry.value,
      rank: entry.rank,
      of: entry.of,
      best,
      worst,
      uncertain: best < worst,
      margin: Math.round((margin / unit) * 1000) / 1000,
      sampleBelowMinimum: part ? part.respondents < part.minimum : null,
    };
  });
}
