import { changeFromPrevious } from './change-from-previous';

describe('changeFromPrevious', () => {
  it('computes the exact change on reported values and the places climbed', () => {
    const changes = changeFromPrevious(
      [
        { key: 'dpmptsp', value: 4.02 },
        { key: 'samsat', value: 2.09 },
        { key: 'rsud', value: 3.5 },
      ],
      [
        { key: 'dpmptsp', value: 3.84 },
        { key: 'samsat', value: 2.58 },
        { key: 'dukcapil', value: 3.0 },
      ],
    );
    // 4.02 − 3.84 in floats is 0.17999999999999972; on the decimal values it is 0.18.
    expect(changes[0]).toEqual({
      key: 'dpmptsp',
      current: 4.02,
      previous: 3.84,
      delta: 0.18,
      deltaPercent: 4.69,
      direction: 'UP',
      currentRank: 1,
      previousRank: 1,
      rankChange: 0,
    });
    // Kalimantan Tengah Samsat 2.58 (2019) → 2.09 (2020): −0.49, −18.99 %, from 3rd of 3 to 3rd of 3.
    expect(changes[1]).toMatchObject({ delta: -0.49, deltaPercent: -18.99, direction: 'DOWN', rankChange: 0 });
    expect(changes[2]).toMatchObject({ key: 'rsud', direction: 'NEW', previous: null, delta: null, currentRank: 2 });
    expect(changes[3]).toMatchObject({ key: 'dukcapil', direction: 'DROPPED', current: null, previousRank: 2 });
  });

  it('reports SAME for an unchanged value and climbs for a better rank', () => {
    const changes = changeFromPrevious(
      [
        { key: 'a', value: 3.5 },
        { key: 'b', value: 3.6 },
      ],
      [
        { key: 'a', value: 3.5 },
        { key: 'b', value: 3.4 },
      ],
    );
    expect(changes.map((change) => [change.key, change.direction, change.rankChange])).toEqual([
      ['a', 'SAME', -1],
      ['b', 'UP', 1],
    ]);
  });
});
