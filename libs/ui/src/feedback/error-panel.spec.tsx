import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { I18nProvider } from '@simpul/web-kit';
import { UiProvider } from '../theme/ui-provider';
import { CategoryBadge } from './category-badge';
import { ErrorPanel } from './error-panel';

describe('ErrorPanel', () => {
  it('is an alert with a retry button that calls back', async () => {
    const onRetry = jest.fn();
    render(
      <I18nProvider initialLanguage="en">
        <UiProvider>
          <ErrorPanel title="The registry could not be loaded" onRetry={onRetry} />
        </UiProvider>
      </I18nProvider>,
    );
    expect(screen.getByRole('alert').textContent).toContain('The registry could not be loaded');
    await userEvent.click(screen.getByRole('button', { name: 'Try again' }));
    expect(onRetry).toHaveBeenCalledTimes(1);
  });
});

describe('CategoryBadge', () => {
  it('says its category in text, with the icon hidden from screen readers', () => {
    render(
      <UiProvider>
        <CategoryBadge tone="danger" label="Belum lengkap" />
      </UiProvider>,
    );
    const text = screen.getByText('Belum lengkap');
    expect(text).toBeTruthy();
    expect(screen.getByText('✕').getAttribute('aria-hidden')).toBe('true');
  });
});
