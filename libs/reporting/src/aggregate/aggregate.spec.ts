import { aggregate, aggregateBy, aggregateLevels } from './aggregate';

const lokus = [
  { id: 'l1', agency: 'pemprov-kalsel', province: '63', ipp: 4.02, services: 10 },
  { id: 'l2', agency: 'pemprov-kalsel', province: '63', ipp: 4.56, services: 30 },
  { id: 'l3', agency: 'kota-banjarmasin', province: '63', ipp: 3.23, services: 20 },
  { id: 'l4', agency: 'pemprov-kalteng', province: '62', ipp: 2.58, services: 5 },
];
const value = (row: (typeof lokus)[number]) => row.ipp;

describe('aggregates', () => {
  it('mean of lokus by default, exact before rounding', () => {
    // (4.02 + 4.56 + 3.23 + 2.58) / 4 = 14.39 / 4 = 3.5975 → 3.60
    expect(aggregate(lokus, { value })).toEqual({ count: 4, value: 3.6, min: 2.58, max: 4.56, method: 'mean', exact: '1439/400' });
  });

  it('median and weighted on request', () => {
    // median of 2.58, 3.23, 4.02, 4.56 = (3.23 + 4.02) / 2 = 3.625 → 3.63 (half up)
    expect(aggregate(lokus, { value, method: 'median' }).value).toBe(3.63);
    // (4.02×10 + 4.56×30 + 3.23×20 + 2.58×5) / 65 = (40.2 + 136.8 + 64.6 + 12.9) / 65 = 254.5 / 65 = 3.91538… → 3.92
    expect(aggregate(lokus, { value, method: 'weighted', weight: (row) => row.services }).value).toBe(3.92);
  });

  it('rounds an exact .xx5 mean half up', () => {
    // (4.50 + 4.51) / 2 = 4.505 → 4.51 (A, not A-)
    expect(aggregate([{ ipp: 4.5 }, { ipp: 4.51 }], { value: (row) => row.ipp }).value).toBe(4.51);
  });

  it('an empty group has no value', () => {
    expect(aggregate([], { value: (row: { ipp: number }) => row.ipp })).toMatchObject({ count: 0, value: null });
  });

  it('computes instansi, province and nation from lokus directly', () => {
    const levels = aggregateLevels(lokus, { instansi: (row) => row.agency, province: (row) => row.province }, { value });
    expect(levels.instansi.map((group) => [group.group, group.value, group.count])).toEqual([
      ['kota-banjarmasin', 3.23, 1],
      ['pemprov-kalsel', 4.29, 2],
      ['pemprov-kalteng', 2.58, 1],
    ]);
    // Province 63 is the mean of its three lokus, (4.02 + 4.56 + 3.23) / 3 = 3.9367 → 3.94, not the mean of instansi means (3.76).
    expect(aggregateBy(lokus, (row) => row.province, { value }).map((group) => [group.group, group.value])).toEqual([
      ['62', 2.58],
      ['63', 3.94],
    ]);
    expect(levels.nation.value).toBe(3.6);
  });
});
