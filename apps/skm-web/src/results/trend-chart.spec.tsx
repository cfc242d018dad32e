import { estimatedTextWidth } from '@simpul/ui';
import { render } from '@testing-library/react';
import type { PublicPeriod } from './public-results.operations';
import { TrendChart } from './trend-chart';

// The public IKM trend: quarters sit by their start date (a quarter without a result leaves its
// place), and the period names at both ends stay inside the frame (issue #20 §5).

const period = (surveyId: string, year: number, number: number, startsOn: string, value: number): PublicPeriod => ({
  surveyId,
  periodKind: 'QUARTER',
  year,
  number,
  startsOn,
  endsOn: startsOn,
  value,
  respondents: 120,
  origin: 'DEMO',
  source: null,
  category: { code: 'B', label: 'Baik', labelEn: 'Good' },
});

describe('the public IKM trend chart', () => {
  it('spaces quarters by time and keeps every label inside', () => {
    const { container } = render(
      <TrendChart
        periods={[
          period('q1', 2025, 1, '2025-01-01', 80),
          period('q2', 2025, 2, '2025-04-01', 82),
          period('q5', 2026, 1, '2026-01-01', 85),
        ]}
        summary="IKM per triwulan"
        format={(value) => value.toFixed(2).replace('.', ',')}
        periodName={(p) => `Triwulan ${p.number} ${p.year}`}
      />,
    );
    const [a = 0, b = 0, c = 0] = [...container.querySelectorAll('circle')].map((circle) => Number(circle.getAttribute('cx')));
    expect((c - b) / (b - a)).toBeCloseTo(275 / 90, 1);
    for (const text of container.querySelectorAll('text')) {
      const x = Number(text.getAttribute('x'));
      const width = estimatedTextWidth(text.textContent ?? '', Number(text.getAttribute('font-size')));
      const anchor = text.getAttribute('text-anchor') ?? 'start';
      const [left, right] = anchor === 'start' ? [x, x + width] : anchor === 'end' ? [x - width, x] : [x - width / 2, x + width / 2];
      expect({ text: text.textContent, left: left >= 0, right: right <= 560 }).toEqual({ text: text.textContent, left: true, right: true });
    }
  });
});
