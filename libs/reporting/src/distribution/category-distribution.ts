import {
  IKM_CATEGORY_TABLE,
  IPP_CATEGORY_TABLE,
  OMBUDSMAN_ZONE_TABLE,
  ikmCategory,
  ippCategory,
  ombudsmanZone,
  type BandTable,
} from '@simpul/scoring';

export interface DistributionBucket {
  code: string;
  label: string;
  labelEn: string;
  count: number;
  /** Percent of the total, two decimals; shares sum to exactly 100 (largest remainder). */
  share: number;
}

export interface Distribution {
  total: number;
  buckets: DistributionBucket[];
}

/**
 * Counts values per category in the table's order (best first), zero counts included, so charts
 * and their tables always show every category.
 */
export function categoryDistribution(values: readonly number[], table: BandTable, classify: (value: number) => string): Distribution {
  const counts = new Map<string, number>(table.bands.map((band) => [band.code, 0]));
  for (const value of values) {
    const code = classify(value);
    counts.set(code, (counts.get(code) ?? 0) + 1);
  }
  const total = values.length;
  const shares = largestRemainderShares(
    table.bands.map((band) => counts.get(band.code) ?? 0),
    total,
  );
  return {
    total,
    buckets: table.bands.map((band, i) => ({
      code: band.code,
      label: band.label,
      labelEn: band.labelEn,
      count: counts.get(band.code) ?? 0,
      share: shares[i],
    })),
  };
}

export const ippDistribution = (values: readonly number[]) =>
  categoryDistribution(values, IPP_CATEGORY_TABLE, (value) => ippCategory(value).code);
export const ikmDistribution = (values: readonly number[]) =>
  categoryDistribution(values, IKM_CATEGORY_TABLE, (value) => ikmCategory(value).code);
export const ombudsmanDistribution = (values: readonly number[]) =>
  categoryDistribution(values, OMBUDSMAN_ZONE_TABLE, (value) => ombudsmanZone(value));

/**
 * Shares in hundredths of a percent that sum to exactly 100.00: floor every share, then hand the
 * remaining hundredths to the largest remainders (earlier category first on equal remainders).
 */
function largestRemainderShares(counts: number[], total: number): number[] {
  if (total === 0) return counts.map(() => 0);
  const units = 10_000;
  const floors = counts.map((count) => Math.floor((count * units) / total));
  let left = units - floors.reduce((sum, value) => sum + value, 0);
  const order = counts
    .map((count, i) => ({ i, remainder: (count * units) % total }))
    .sort((a, b) => b.remainder - a.remainder || a.i - b.i);
  for (const { i } of order) {
    if (left === 0) break;
    if (counts[i] === 0) continue;
    floors[i] += 1;
    left -= 1;
  }
  return floors.map((value) => value / 100);
}
