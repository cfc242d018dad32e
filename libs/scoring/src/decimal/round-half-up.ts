import { Fraction } from './fraction';

/**
 * Half-up rounding on the decimal value (ties away from zero): the exact rational num/den
 * becomes an integer count of 10^-decimals units. 4505/1000 → 451 (4.51).
 */
export function roundScaled(num: bigint, den: bigint, decimals = 2): bigint {
  if (den <= 0n) throw new RangeError('Denominator must be positive');
  const scale = 10n ** BigInt(decimals);
  const twice = 2n * scale * (num < 0n ? -num : num);
  const rounded = (twice + den) / (2n * den);
  return num < 0n ? -rounded : rounded;
}

export function roundFractionScaled(value: Fraction, decimals = 2): bigint {
  return roundScaled(value.num, value.den, decimals);
}

/** Rounds a number the way a person reads it: 1.005 → 1.01, 2.675 → 2.68, 4.505 → 4.51. */
export function roundHalfUp(value: number | Fraction, decimals = 2): number {
  const fraction = value instanceof Fraction ? value : Fraction.fromNumber(value);
  return scaledToNumber(roundFractionScaled(fraction, decimals), decimals);
}

/** A scaled integer (451 at 2 decimals) as the number 4.51 (parsed from its decimal text). */
export function scaledToNumber(scaled: bigint | number, decimals = 2): number {
  return Number(formatScaled(scaled, decimals));
}

/** A scaled integer as fixed decimal text: 451 → "4.51", 400 → "4.00", -5 → "-0.05". */
export function formatScaled(scaled: bigint | number, decimals = 2): string {
  const value = typeof scaled === 'bigint' ? scaled : BigInt(scaled);
  const negative = value < 0n;
  const digits = (negative ? -value : value).toString().padStart(decimals + 1, '0');
  const whole = digits.slice(0, digits.length - decimals);
  const fractional = digits.slice(digits.length - decimals);
  return `${negative ? '-' : ''}${whole}${decimals > 0 ? `.${fractional}` : ''}`;
}

/** A value rounded half up to `decimals` places, as fixed text ("4.50"). */
export function formatHalfUp(value: number | Fraction, decimals = 2): string {
  const fraction = value instanceof Fraction ? value : Fraction.fromNumber(value);
  return formatScaled(roundFractionScaled(fraction, decimals), decimals);
}

/** Hundredths of a number after half-up rounding: 4.505 → 451. Fast path for hot loops. */
export function toHundredths(value: number): number {
  return Number(roundFractionScaled(Fraction.fromNumber(value), 2));
}

/**
 * Hundredths of num/den rounded half up, for non-negative integers, on plain numbers when every
 * intermediate is a safe integer (the hot path of scoring thousands of lokus), else on BigInt.
 */
export function roundRatioToHundredths(num: number, den: number): number {
  const a = 200 * num + den;
  const b = 2 * den;
  if (num >= 0 && den > 0 && Number.isSafeInteger(a) && Number.isSafeInteger(b)) {
    let q = Math.floor(a / b);
    // Float division can be off by one next to an integer: correct it with exact products.
    if (q * b > a) q -= 1;
    else if ((q + 1) * b <= a) q += 1;
    return q;
  }
  return Number(roundScaled(BigInt(num), BigInt(den), 2));
}
