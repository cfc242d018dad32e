import { Fraction } from '../decimal/fraction';
import { roundFractionScaled } from '../decimal/round-half-up';
import { ScoringInputError } from '../errors/scoring-input-error';
import type { Instrument } from '../instruments/instrument';
import { seededRandom } from '../random/seeded-random';
import { compileInstrument } from './compile-instrument';

/**
 * A plausible F-02 answer set whose evaluator index rounds to exactly `target` (demo data that
 * really produces published figures such as 4.02). Levels cluster around the target, vary with the
 * seed, and are chosen so that the exact sum stays reachable: a table of which evaluator sums the
 * remaining indicators can still produce makes every choice safe, so no backtracking is needed.
 * Throws ScoringInputError when no answer set rounds to the target (e.g. 0.01).
 */
export function answersForTargetIndex(instrument: Instrument, target: number, seed = 1): Record<string, number> {
  const compiled = compileInstrument(instrument);
  const m = Number(roundFractionScaled(Fraction.fromNumber(target)));
  const d = Fraction.of(compiled.denominator);
  const { weights, minLevel, maxLevel } = compiled;
  const maxSum = weights.reduce((sum, weight) => sum + weight * maxLevel, 0);
  // Half-up rounding gives m/100 for exact values in [(2m − 1)/200, (2m + 1)/200).
  const low = Math.max(
    0,
    Number(
      Fraction.of(2 * m - 1, 200)
        .mul(d)
        .ceil(),
    ),
  );
  const high = Math.min(
    maxSum,
    Number(
      Fraction.of(2 * m + 1, 200)
        .mul(d)
        .ceil(),
    ) - 1,
  );
  const unreachable = () =>
    new ScoringInputError('target', {
      id: `Tidak ada kombinasi nilai F-02 yang menghasilkan indeks ${target}.`,
      en: `No F-02 answer set produces the index ${target}.`,
    });
  if (m < 0 || low > high) throw unreachable();

  const random = seededRandom(seed);
  const order = weights.map((_, i) => i);
  for (let i = order.length - 1; i > 0; i -= 1) {
    const j = Math.floor(random() * (i + 1));
    [order[i], order[j]] = [order[j], order[i]];
  }
  // reachableFrom[k] marks every sum the indicators order[k..] can produce; prefix counts answer
  // "is any sum in [a, b] reachable?" in constant time.
  const n = order.length;
  const prefix = new Array<Int32Array>(n + 1);
  let reach = new Uint8Array(maxSum + 1);
  reach[0] = 1;
  prefix[n] = toPrefix(reach);
  for (let k = n - 1; k >= 0; k -= 1) {
    const w = weights[order[k]];
    const next = new Uint8Array(maxSum + 1);
    for (let s = 0; s <= maxSum; s += 1) {
      if (!reach[s]) continue;
      for (let level = minLevel; level <= maxLevel; level += 1) {
        const t = s + w * level;
        if (t <= maxSum) next[t] = 1;
      }
    }
    reach = next;
    prefix[k] = toPrefix(reach);
  }
  const anyIn = (k: number, a: number, b: number) => {
    const lo = Math.max(0, a);
    const hi = Math.min(maxSum, b);
    return lo <= hi && prefix[k][hi + 1] - prefix[k][lo] > 0;
  };
  if (!anyIn(0, low, high)) throw unreachable();

  const answers: Record<string, number> = {};
  let sum = 0;
  for (let k = 0; k < n; k += 1) {
    const i = order[k];
    const preferred = Math.min(maxLevel, Math.max(minLevel, Math.round(m / 100 + (random() * 2 - 1) * 0.9)));
    const candidates = [];
    for (let level = minLevel; level <= maxLevel; level += 1) candidates.push(level);
    candidates.sort((a, b) => Math.abs(a - preferred) - Math.abs(b - preferred) || b - a);
    const level = candidates.find((candidate) => anyIn(k + 1, low - sum - weights[i] * candidate, high - sum - weights[i] * candidate));
    if (level === undefined) throw unreachable();
    answers[compiled.codes[i]] = level;
    sum += weights[i] * level;
  }
  // Keep the instrument's order in the returned object, as forms list it.
  return Object.fromEntries(compiled.codes.map((code) => [code, answers[code]]));
}

function toPrefix(marks: Uint8Array): Int32Array {
  const prefix = new Int32Array(marks.length + 1);
  for (let s = 0; s < marks.length; s += 1) prefix[s + 1] = prefix[s] + marks[s];
  return prefix;
}
