import { render, screen } from '@testing-library/react';
import { UiProvider } from '../theme/ui-provider';
import { I18nProvider } from '@simpul/web-kit';
import { CategoryBadge, GradeBadge, gradeTone, type Tone } from './category-badge';

describe('gradeTone', () => {
  it.each<[string | null, Tone]>([
    ['A', 'success'],
    ['A-', 'success'],
    ['B', 'info'],
    ['B-', 'info'],
    ['C', 'warning'],
    ['C-', 'warning'],
    ['D', 'danger'],
    ['E', 'danger'],
    ['F', 'danger'],
    [null, 'neutral'],
    ['', 'neutral'],
  ])('grade %p reads as %s', (code, tone) => {
    expect(gradeTone(code)).toBe(tone);
  });
});

describe('CategoryBadge', () => {
  it('writes its label out, so the colour is never the only sign', () => {
    render(
      <UiProvider>
        <CategoryBadge tone="success" label="A- · Sangat Baik" />
      </UiProvider>,
    );
    expect(screen.getByText('A- · Sangat Baik')).toBeTruthy();
  });
});

describe('GradeBadge', () => {
  it('writes the code and the label in the current language', () => {
    render(
      <I18nProvider initialLanguage="en">
        <UiProvider>
          <GradeBadge grade={{ code: 'A-', label: 'Sangat Baik', labelEn: 'Very good' }} />
        </UiProvider>
      </I18nProvider>,
    );
    expect(screen.getByText('A- · Very good')).toBeTruthy();
  });
});
