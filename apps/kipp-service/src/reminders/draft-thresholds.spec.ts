import { crossedDraftThreshold } from './draft-thresholds';

describe('the KIPP draft reminder threshold crossed', () => {
  it.each([
    [8, null],
    [7, 7],
    [3, 7],
    [2, 2],
    [0, 2],
    [-1, null],
  ])('with %i days left is %p', (daysLeft, threshold) => {
    expect(crossedDraftThreshold(daysLeft)).toBe(threshold);
  });
});
