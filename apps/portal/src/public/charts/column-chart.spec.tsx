import { render } from '@testing-library/react';
import { ColumnChart, type ColumnGroup } from './column-chart';

// Years on the front door's column charts are spaced by time (issue #20 §5): a year with no figure
// keeps its place, so 2018 → 2022 does not look like one step.

const group = (year: number, value: number): ColumnGroup => ({
  key: String(year),
  label: String(year),
  values: [value],
  displays: [String(value)],
  time: year,
});

function labelX(container: HTMLElement, year: string): number {
  const label = [...container.querySelectorAll('text')].find((text) => text.textContent === year);
  return Number(label?.getAttribute('x'));
}

describe('the column chart over years', () => {
  it('leaves the missing years their places', () => {
    const { container } = render(
      <ColumnChart
        series={[{ key: 'n', label: 'MPP' }]}
        groups={[group(2017, 5), group(2018, 9), group(2022, 40)]}
        summary="MPP per tahun"
      />,
    );
    const [a, b, c] = ['2017', '2018', '2022'].map((year) => labelX(container, year));
    expect((c ?? 0) - (b ?? 0)).toBeCloseTo(4 * ((b ?? 0) - (a ?? 0)));
    expect(c).toBeLessThan(640);
  });

  it('spaces groups evenly when they carry no year', () => {
    const { container } = render(
      <ColumnChart
        series={[{ key: 'n', label: 'MPP' }]}
        groups={[group(2017, 5), group(2018, 9), group(2022, 40)].map(({ time: _time, ...rest }) => rest)}
        summary="MPP"
      />,
    );
    const [a, b, c] = ['2017', '2018', '2022'].map((year) => labelX(container, year));
    expect((c ?? 0) - (b ?? 0)).toBeCloseTo((b ?? 0) - (a ?? 0));
  });
});
