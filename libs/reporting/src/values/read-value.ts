import { Fraction, ScoringInputError } from '@simpul/scoring';

/** A row's value as an exact decimal; refuses NaN and infinities with the row named. */
export function readValue(value: number, field: string): Fraction {
  if (typeof value !== 'number' || !Number.isFinite(value)) {
    throw new ScoringInputError(field, {
      id: `Nilai pada ${field} harus berupa angka.`,
      en: `The value at ${field} must be a finite number.`,
    });
  }
  return Fraction.fromNumber(value);
}

/** Rounded to `decimals` half up and scaled to an integer, for exact comparison: 4.021 → 402. */
export function scaledValue(value: number, field: string, decimals: number): number {
  // Fast path: a value that prints with at most `decimals` places (4.02) is within a few ulps of
  // value × 10^decimals, so Math.round recovers the integer exactly.
  if (typeof value === 'number' && Number.isFinite(value)) {
    const text = String(value);
    const point = text.indexOf('.');
    if (!text.includes('e') && (point < 0 || text.length - point - 1 <= decimals) && Math.abs(value) < 1e12) {
      return Math.round(value * 10 ** decimals);
    }
  }
  const exact = readValue(value, field);
  const scale = 10n ** BigInt(decimals);
  const twice = 2n * scale * (exact.num < 0n ? -exact.num : exact.num);
  const rounded = (twice + exact.den) / (2n * exact.den);
  return Number(exact.num < 0n ? -rounded : rounded);
}
