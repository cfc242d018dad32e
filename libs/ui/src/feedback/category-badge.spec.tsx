import { render, screen } from '@testing-library/react';
import { UiProvider } from '../theme/ui-provider';
import { CategoryBadge, gradeTone, type Tone } from './category-badge';

describe('gradeTone', () => {
  it.each<[string | null, Tone]>([
    ['A', 'success'], ['A-', 'success'],
    ['B', 'info'], ['B-', 'info'],
    ['C', 'warning'], ['C-', 'warning'],
    ['D', 'danger'], ['E', 'danger'], ['F', 'danger'],
    [null, 'neutral'], ['', 'neutral'],
  ])('grade %p reads as %s', (code, tone) => {
    expect(gradeTone(code)).toBe(tone);
  });
});

describe('CategoryBadge', () => {
  it('writes its label out, so the colour is never the only sign', () => {
    render(<UiProvider><CategoryBadge tone="success" label="A- · Sangat Baik" /></UiProvider>);
    expect(screen.getByText('A- · Sangat Baik')).toBeTruthy();
  });
});
