import fc from 'fast-check';
import { Fraction } from './fraction';

describe('Fraction', () => {
  it.each([
    ['17', '17'],
    ['16.5', '33/2'],
    ['-0.75', '-3/4'],
    ['100/6', '50/3'],
    ['1e-3', '1/1000'],
    ['2.5E2', '250'],
    ['.5', '1/2'],
  ])('parses %p exactly as %p', (text, expected) => expect(Fraction.parse(text).toString()).toBe(expected));

  it.each(['', 'abc', '1/0', '1..2', '.'])('refuses %p', (text) => expect(() => Fraction.parse(text)).toThrow(RangeError));

  it('reads a number as the decimal it prints as', () => {
    expect(Fraction.fromNumber(4.505).toString()).toBe('901/200');
    expect(Fraction.fromNumber(0.1).add(Fraction.fromNumber(0.2)).equals(Fraction.parse('0.3'))).toBe(true);
  });

  it('six equal sixths of 100 sum to exactly 100', () => {
    const sixth = Fraction.parse('100/6');
    let sum = Fraction.ZERO;
    for (let i = 0; i < 6; i += 1) sum = sum.add(sixth);
    expect(sum.equals(Fraction.of(100))).toBe(true);
  });

  it('ceil and floor agree with Math on integers over small denominators', () => {
    fc.assert(
      fc.property(fc.integer({ min: -1000, max: 1000 }), fc.integer({ min: 1, max: 50 }), (num, den) => {
        const f = Fraction.of(num, den);
        expect(Number(f.ceil())).toBe(Math.ceil(num / den) + 0);
        expect(Number(f.floor())).toBe(Math.floor(num / den) + 0);
      }),
    );
  });
});
