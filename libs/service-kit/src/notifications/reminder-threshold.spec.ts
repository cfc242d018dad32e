import { crossedThreshold } from './reminder-threshold';

describe('the reminder threshold crossed', () => {
  describe.each([
    [
      'PKS ending (60/30/7)',
      [60, 30, 7],
      [
        [61, null],
        [60, 60],
        [31, 60],
        [30, 30],
        [25, 30],
        [8, 30],
        [7, 7],
        [0, 7],
        [-1, null],
      ],
    ],
    [
      'phase deadline (7/3/1)',
      [7, 3, 1],
      [
        [8, null],
        [7, 7],
        [5, 7],
        [3, 3],
        [2, 3],
        [1, 1],
        [0, 1],
        [-1, null],
      ],
    ],
    [
      'KIPP draft (7/2)',
      [7, 2],
      [
        [8, null],
        [7, 7],
        [3, 7],
        [2, 2],
        [0, 2],
        [-1, null],
      ],
    ],
  ] as const)('%s', (_rule, thresholds, cases) => {
    it.each(cases)('with %i days left is %p', (daysLeft, threshold) => {
      expect(crossedThreshold(daysLeft, thresholds)).toBe(threshold);
    });
  });
});
