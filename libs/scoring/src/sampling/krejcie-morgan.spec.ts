import fc from 'fast-check';
import { krejcieMorganSampleSize, sampleAdequacy } from './krejcie-morgan';

describe('Krejcie–Morgan sample size', () => {
  it.each([
    [100, 80],
    [1000, 278],
    [10000, 370],
    [1_000_000, 384],
    [Number.POSITIVE_INFINITY, 384],
    [10, 10],
    [1, 1],
    [0, 0],
  ])('N %p needs %p respondents', (population, size) => expect(krejcieMorganSampleSize(population)).toBe(size));

  it('never asks for more than the population or more than the limit, and grows with N', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 5_000_000 }), (n) => {
        const s = krejcieMorganSampleSize(n);
        expect(s).toBeLessThanOrEqual(Math.min(n, 384));
        expect(krejcieMorganSampleSize(n + 1)).toBeGreaterThanOrEqual(s);
      }),
    );
  });

  it('reports how far a survey falls short', () => {
    expect(sampleAdequacy(1000, 250)).toEqual({ required: 278, respondents: 250, adequate: false, shortBy: 28 });
    expect(sampleAdequacy(100, 85)).toEqual({ required: 80, respondents: 85, adequate: true, shortBy: 0 });
  });

  it.each([-1, 2.5, Number.NaN])('refuses population %p', (population) =>
    expect(() => krejcieMorganSampleSize(population)).toThrow(expect.objectContaining({ field: 'population' })),
  );
});
