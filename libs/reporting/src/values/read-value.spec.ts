import fc from 'fast-check';
import { Fraction, roundHalfUp } from '@simpul/scoring';
import { scaledValue } from './read-value';

describe('scaledValue', () => {
  it.each([
    [4.02, 402],
    [4.505, 451],
    [1.005, 101],
    [-2.675, -268],
    [0.1 + 0.2, 30],
    [88.3, 8830],
  ])('%p → %p hundredths', (value, expected) => expect(scaledValue(value, 'v', 2)).toBe(expected));

  it('agrees with exact half-up rounding on any decimal with up to four places', () => {
    fc.assert(
      fc.property(fc.integer({ min: -100_000_000, max: 100_000_000 }), (tenThousandths) => {
        const value = Number(Fraction.of(tenThousandths, 10_000).toNumber().toPrecision(15));
        expect(scaledValue(value, 'v', 2)).toBe(Math.round(roundHalfUp(value, 2) * 100));
      }),
    );
  });
});
