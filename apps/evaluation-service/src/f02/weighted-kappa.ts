/**
 * Cohen's kappa with quadratic weights between two raters on an ordinal scale min..max:
 * κ = 1 − Σ w·O / Σ w·E, w(i, j) = (i − j)² / (k − 1)², E the product of the marginals / n.
 * Null when undefined (no pairs, or both raters gave one single level so E has no disagreement).
 */
export function quadraticWeightedKappa(pairs: readonly (readonly [number, number])[], min = 0, max = 5): number | null {
  const k = max - min + 1;
  const n = pairs.length;
  if (n === 0) return null;
  const observed = Array.from({ length: k }, () => new Array<number>(k).fill(0));
  const rowTotals = new Array<number>(k).fill(0);
  const columnTotals = new Array<number>(k).fill(0);
  for (const [a, b] of pairs) {
    observed[a - min][b - min] += 1;
    rowTotals[a - min] += 1;
    columnTotals[b - min] += 1;
  }
  let weightedObserved = 0;
  let weightedExpected = 0;
  for (let i = 0; i < k; i += 1) {
    for (let j = 0; j < k; j += 1) {
      const weight = ((i - j) * (i - j)) / ((k - 1) * (k - 1));
      weightedObserved += weight * observed[i][j];
      weightedExpected += (weight * rowTotals[i] * columnTotals[j]) / n;
    }
  }
  if (weightedExpected === 0) return null;
  return Math.round((1 - weightedObserved / weightedExpected) * 1000) / 1000;
}
