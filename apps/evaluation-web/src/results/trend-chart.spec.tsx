import { estimatedTextWidth } from '@simpul/ui';
import { I18nProvider } from '@simpul/web-kit';
import { render, screen } from '@testing-library/react';
import type { ReactNode } from 'react';
import { TrendChart } from './trend-chart';

const renderWithProviders = (chart: ReactNode) => render(<I18nProvider initialLanguage="id">{chart}</I18nProvider>);

// The IPP trend spaces its years by time and keeps every label inside its frame (issue #20 §5).

function circlesX(): number[] {
  return [...screen.getByTestId('trend-chart').querySelectorAll('circle')].map((circle) => Number(circle.getAttribute('cx')));
}

describe('the IPP trend chart', () => {
  it('puts 2017, 2018 and 2022 by the years between them, not evenly', () => {
    renderWithProviders(
      <TrendChart
        points={[
          { label: 'PEKPPP 2017', value: 3.28, year: 2017 },
          { label: 'PEKPPP 2018', value: 3.37, year: 2018 },
          { label: 'PEKPPP 2022', value: 4.02, year: 2022 },
        ]}
      />,
    );
    const [a = 0, b = 0, c = 0] = circlesX();
    expect(c - b).toBeCloseTo(4 * (b - a));
  });

  it('keeps each label, the long ones at the ends too, inside the frame', () => {
    renderWithProviders(
      <TrendChart
        width={560}
        points={[
          { label: 'PEKPPP 2019 (Pemantauan)', value: 3.9, year: 2019, origin: 'DEMO' },
          { label: 'PEKPPP 2026 (Pemantauan)', value: 4.51, year: 2026, origin: 'DEMO' },
        ]}
      />,
    );
    const texts = [...screen.getByTestId('trend-chart').querySelectorAll('text')];
    expect(texts.length).toBeGreaterThan(6);
    for (const text of texts) {
      const x = Number(text.getAttribute('x'));
      const width = estimatedTextWidth(text.textContent ?? '', Number(text.getAttribute('font-size')));
      const anchor = text.getAttribute('text-anchor');
      const [left, right] = anchor === 'start' ? [x, x + width] : anchor === 'end' ? [x - width, x] : [x - width / 2, x + width / 2];
      expect({ text: text.textContent, inside: left >= 0 && right <= 560 }).toEqual({ text: text.textContent, inside: true });
    }
  });
});
