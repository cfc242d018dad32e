import { Fraction } from '@simpul/scoring';

/**
 * A rubric weight as a number for display. Weights are stored as exact decimals or fractions
 * ("25", "12.5", "100/6") so they sum to exactly 100; Number("100/6") would be NaN.
 */
export function weightPercent(weight: string): number | null {
  const text = weight.trim();
  if (!/^(\d+(\.\d+)?|\d+\/[1-9]\d*)$/.test(text)) return null;
  return Fraction.parse(text).toNumber();
}
