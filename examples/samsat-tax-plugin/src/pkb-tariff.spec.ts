import { MAX_NJKB, TARIFF_BASIS_POINTS, estimatePkb } from './pkb-tariff';

describe('estimatePkb', () => {
  it('taxes a first passenger car at 1,2% of NJKB × 1,050 and adds the 66% opsen', () => {
    // 200 000 000 × 1,050 = 210 000 000; × 1,2% = 2 520 000; opsen 66% = 1 663 200.
    expect(estimatePkb({ kind: 'PASSENGER_CAR', njkb: 200_000_000, ownershipOrder: 1 })).toEqual({
      base: 210_000_000,
      tariffBasisPoints: 120,
      pkb: 2_520_000,
      opsen: 1_663_200,
      total: 4_183_200,
    });
  });

  it('raises the tariff with the ownership order and keeps the last step from the fifth vehicle on', () => {
    const tariff = (ownershipOrder: number) => estimatePkb({ kind: 'MOTORCYCLE', njkb: 20_000_000, ownershipOrder })?.tariffBasisPoints;
    expect([1, 2, 3, 4, 5, 9].map(tariff)).toEqual([120, 170, 220, 270, 320, 320]);
    expect(Math.max(...TARIFF_BASIS_POINTS)).toBeLessThanOrEqual(600); // UU 1/2022: progressive at most 6%
  });

  it('rounds to whole rupiah, half up', () => {
    // 18 750 001 × 1,000 × 1,2% = 225 000,012 → 225 000; opsen 148 500.
    expect(estimatePkb({ kind: 'MOTORCYCLE', njkb: 18_750_001, ownershipOrder: 1 })).toMatchObject({ pkb: 225_000, opsen: 148_500 });
    // 125 × 1,2% = 1,5 → 2; opsen 66% of 2 = 1,32 → 1.
    expect(estimatePkb({ kind: 'MOTORCYCLE', njkb: 125, ownershipOrder: 1 })).toMatchObject({ pkb: 2, opsen: 1, total: 3 });
  });

  it('gives nothing for values the table does not cover', () => {
    for (const input of [
      { njkb: -1, ownershipOrder: 1 },
      { njkb: 1.5, ownershipOrder: 1 },
      { njkb: MAX_NJKB + 1, ownershipOrder: 1 },
      { njkb: 1_000_000, ownershipOrder: 0 },
      { njkb: Number.NaN, ownershipOrder: 1 },
    ]) {
      expect(estimatePkb({ kind: 'MOTORCYCLE', ...input })).toBeNull();
    }
  });
});
