import { crossedThreshold } from './agreement-thresholds';

describe('the PKS reminder threshold crossed', () => {
  it.each([
    [61, null],
    [60, 60],
    [31, 60],
    [30, 30],
    [25, 30],
    [8, 30],
    [7, 7],
    [0, 7],
    [-1, null],
  ])('with %i days left is %p', (daysLeft, threshold) => {
    expect(crossedThreshold(daysLeft)).toBe(threshold);
  });
});
