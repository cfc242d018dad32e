import { Fraction } from '../decimal/fraction';
import { OMBUDSMAN_DIMENSION_TABLE, OMBUDSMAN_DIMENSIONS, ombudsmanDimensionWeight } from './ombudsman-dimensions';

describe('Ombudsman dimension weights 2023 (docs/domain.md §7)', () => {
  it.each([
    ['INPUT', 21.85],
    ['PROSES', 32.37],
    ['OUTPUT', 24.24],
    ['PENGADUAN', 21.54],
  ] as const)('%s weighs %p %% in 2023', (dimension, weight) => expect(ombudsmanDimensionWeight(dimension, 2023)).toBe(weight));

  it('the four weights sum to exactly 100 %', () => {
    const total = OMBUDSMAN_DIMENSION_TABLE.dimensions.reduce((sum, row) => sum.add(Fraction.parse(row.weight)), Fraction.parse('0'));
    expect(total.equals(Fraction.parse('100'))).toBe(true);
  });

  it('lists the dimensions in the published order', () => expect(OMBUDSMAN_DIMENSIONS).toEqual(['INPUT', 'PROSES', 'OUTPUT', 'PENGADUAN']));

  it.each([2022, 2025])('has no weight for %p (not published)', (year) => expect(ombudsmanDimensionWeight('INPUT', year)).toBeNull());
});
