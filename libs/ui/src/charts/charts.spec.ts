import { estimatedTextWidth, labelInside } from './label-inside';
import { dayNumber, timeScale } from './time-scale';

describe('a time axis', () => {
  it('spaces years by the time between them, not by their order', () => {
    const x = timeScale([2017, 2018, 2022], 40, 540);
    expect(x(2017)).toBe(40);
    expect(x(2022)).toBe(540);
    expect(x(2018) - x(2017)).toBeCloseTo((x(2022) - x(2018)) / 4);
  });

  it('puts a single time in the middle', () => {
    expect(timeScale([2024], 0, 100)(2024)).toBe(50);
    expect(timeScale([2024, 2024], 0, 100)(2024)).toBe(50);
  });

  it('counts days for daily series', () => {
    expect(dayNumber('2026-03-02') - dayNumber('2026-02-27')).toBe(3);
  });
});

describe('a label inside the frame', () => {
  it('is centred where it fits', () => {
    expect(labelInside(300, '2022', 11, 560)).toEqual({ x: 300, textAnchor: 'middle' });
  });

  it('starts at the left edge when centring would cut it off there', () => {
    const placed = labelInside(32, 'Triwulan 4 2026', 11, 560);
    expect(placed).toEqual({ x: 2, textAnchor: 'start' });
  });

  it('ends at the right edge when centring would cut it off there', () => {
    const placed = labelInside(545, '4,02 (contoh)', 11, 560);
    expect(placed.textAnchor).toBe('end');
    expect(placed.x - estimatedTextWidth('4,02 (contoh)', 11)).toBeGreaterThanOrEqual(0);
  });
});
