import { dayNumber, estimatedTextWidth } from '@simpul/ui';
import { render } from '@testing-library/react';
import { ColumnChart, LineChart, type ChartItem } from './svg-charts';

// The MPP charts over time: marks sit by their date, and no label leaves the 640-wide frame (issue #20 §5).

const item = (asOf: string, value: number, label = asOf.slice(0, 4)): ChartItem => ({
  key: asOf,
  label,
  value,
  display: String(value),
  time: dayNumber(asOf),
});

function textsInside(container: HTMLElement): { text: string | null; inside: boolean }[] {
  return [...container.querySelectorAll('text')].map((text) => {
    const x = Number(text.getAttribute('x'));
    const width = estimatedTextWidth(text.textContent ?? '', Number(text.getAttribute('font-size')));
    const anchor = text.getAttribute('text-anchor');
    const [left, right] = anchor === 'start' ? [x, x + width] : anchor === 'end' ? [x - width, x] : [x - width / 2, x + width / 2];
    return { text: text.textContent, inside: left >= 0 && right <= 640 };
  });
}

describe('MPP charts over time', () => {
  it('columns of the national growth sit by their date: 2017 → 2018 is a quarter of 2018 → 2022', () => {
    const { container } = render(
      <ColumnChart summary="MPP" items={[item('2017-12-31', 3), item('2018-12-31', 14), item('2022-12-31', 103)]} />,
    );
    const [a = 0, b = 0, c = 0] = [...container.querySelectorAll('rect')].map(
      (rect) => Number(rect.getAttribute('x')) + Number(rect.getAttribute('width')) / 2,
    );
    expect((c - b) / (b - a)).toBeCloseTo(4, 1);
    expect(textsInside(container).every((text) => text.inside)).toBe(true);
  });

  it('a line of weeks keeps its long first and last labels inside the frame', () => {
    const { container } = render(
      <LineChart
        summary="Pengunjung"
        items={[
          item('2026-09-07', 120, '7 September 2026'),
          item('2026-09-14', 80, '14 September 2026'),
          item('2026-11-30', 200, '30 November 2026'),
        ]}
      />,
    );
    expect(textsInside(container)).toEqual(textsInside(container).map((text) => ({ ...text, inside: true })));
  });
});
