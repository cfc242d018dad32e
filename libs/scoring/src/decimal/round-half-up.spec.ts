import fc from 'fast-check';
import { Fraction } from './fraction';
import { formatHalfUp, formatScaled, roundHalfUp, roundScaled, toHundredths } from './round-half-up';

describe('half-up rounding on the decimal value', () => {
  // Each of these is a classic binary-float trap: Math.round(x * 100) / 100 or toFixed(2) gets
  // at least one of them wrong (1.005.toFixed(2) === '1.00', 2.675.toFixed(2) === '2.67').
  it.each([
    [1.005, 1.01],
    [4.505, 4.51],
    [2.675, 2.68],
    [88.305, 88.31],
    [76.605, 76.61],
    [64.995, 65],
    [4.5049999, 4.5],
    [4.504, 4.5],
    [0.005, 0.01],
    [0.004, 0],
    [5, 5],
    [-1.005, -1.01],
    [1e-7, 0],
    [123456.785, 123456.79],
  ])('%p rounds to %p', (value, expected) => expect(roundHalfUp(value)).toBe(expected));

  it('keeps trailing zeros in the formatted text', () => {
    expect(formatHalfUp(4)).toBe('4.00');
    expect(formatHalfUp(4.5)).toBe('4.50');
    expect(formatScaled(-5n)).toBe('-0.05');
    expect(formatHalfUp(Fraction.parse('100/6'), 4)).toBe('16.6667');
  });

  it('rounds exact rationals: 4505/1000 is 4.51, 9/2000 is 0.00, 1/200 is 0.01', () => {
    expect(roundScaled(4505n, 1000n)).toBe(451n);
    expect(roundScaled(9n, 2000n)).toBe(0n);
    expect(roundScaled(1n, 200n)).toBe(1n);
  });

  it('toHundredths agrees with roundHalfUp', () => expect(toHundredths(4.505)).toBe(451));

  it('never moves a value by more than half a unit, and a value with two decimals stays put', () => {
    fc.assert(
      fc.property(fc.integer({ min: -10_000_000, max: 10_000_000 }), fc.integer({ min: 0, max: 999 }), (hundredths, thousandths) => {
        const exact = Fraction.of(BigInt(hundredths) * 1000n + BigInt(Math.sign(hundredths || 1) * thousandths), 100_000n);
        const rounded = roundScaled(exact.num, exact.den);
        const diff = Fraction.of(rounded, 100n).sub(exact);
        expect(diff.cmp(Fraction.parse('0.005'))).toBeLessThanOrEqual(0);
        expect(diff.cmp(Fraction.parse('-0.005'))).toBeGreaterThanOrEqual(0);
        expect(roundScaled(BigInt(hundredths), 100n)).toBe(BigInt(hundredths));
      }),
    );
  });
});
