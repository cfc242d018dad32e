import fc from 'fast-check';
import { ikmDistribution, ippDistribution, ombudsmanDistribution } from './category-distribution';

describe('category distributions', () => {
  it('counts IPP values per category, every category listed best first', () => {
    const result = ippDistribution([4.76, 4.63, 4.02, 4.0, 3.23, 2.58, 2.09, 4.505]);
    expect(result.total).toBe(8);
    expect(result.buckets.map((bucket) => [bucket.code, bucket.count])).toEqual([
      ['A', 3],
      ['A-', 1],
      ['B', 1],
      ['B-', 1],
      ['C', 1],
      ['C-', 1],
      ['D', 0],
      ['E', 0],
      ['F', 0],
    ]);
    expect(result.buckets[0]).toMatchObject({ label: 'Pelayanan Prima', share: 37.5 });
  });

  it('gives shares that sum to exactly 100 even for thirds', () => {
    const result = ombudsmanDistribution([90, 69.63, 10]);
    expect(result.buckets.map((bucket) => bucket.share)).toEqual([33.34, 33.33, 33.33]);
  });

  it('handles an empty cohort', () => {
    expect(ikmDistribution([]).buckets.every((bucket) => bucket.count === 0 && bucket.share === 0)).toBe(true);
  });

  it('always sums to the total and to 100 %', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 2500, max: 10000 }), { minLength: 1, maxLength: 200 }), (hundredths) => {
        const result = ikmDistribution(hundredths.map((value) => value / 100));
        expect(result.buckets.reduce((sum, bucket) => sum + bucket.count, 0)).toBe(hundredths.length);
        expect(result.buckets.reduce((sum, bucket) => sum + Math.round(bucket.share * 100), 0)).toBe(10_000);
      }),
    );
  });
});
