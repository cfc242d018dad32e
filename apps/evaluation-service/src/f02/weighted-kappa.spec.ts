import { quadraticWeightedKappa } from './weighted-kappa';

describe('quadraticWeightedKappa', () => {
  it('is 1 for perfect agreement with variation', () => {
    expect(
      quadraticWeightedKappa([
        [0, 0],
        [1, 1],
        [2, 2],
        [5, 5],
      ]),
    ).toBe(1);
  });

  it('is -1 for two raters at opposite ends', () => {
    expect(
      quadraticWeightedKappa([
        [0, 5],
        [5, 0],
      ]),
    ).toBe(-1);
  });

  it('matches a worked example: (0,0) (1,2) (2,2) (3,3) gives 1 − 1/10 = 0.9', () => {
    expect(
      quadraticWeightedKappa([
        [0, 0],
        [1, 2],
        [2, 2],
        [3, 3],
      ]),
    ).toBe(0.9);
  });

  it('is undefined (null) without pairs or without any variation to agree on', () => {
    expect(quadraticWeightedKappa([])).toBeNull();
    expect(
      quadraticWeightedKappa([
        [3, 3],
        [3, 3],
      ]),
    ).toBeNull();
  });
});
