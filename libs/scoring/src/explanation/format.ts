import { Fraction } from '../decimal/fraction';
import { formatHalfUp } from '../decimal/round-half-up';

/** Decimal text for explanations: English uses a point, Indonesian a comma (4.02 / 4,02). */
export function decimalText(value: number | Fraction, decimals = 2): { en: string; id: string } {
  const en = formatHalfUp(value instanceof Fraction ? value : Fraction.fromNumber(value), decimals);
  return { en, id: en.replace('.', ',') };
}
