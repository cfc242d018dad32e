import { I18nProvider } from '@simpul/web-kit';
import { render, screen } from '@testing-library/react';
import { UiProvider } from '../theme/ui-provider';
import { OriginBadge } from './origin-badge';

describe('OriginBadge', () => {
  it('rule: a demo figure is marked "Contoh" (Demo in English); official and derived ones say so too', () => {
    render(
      <I18nProvider>
        <UiProvider>
          <OriginBadge origin="DEMO" /> <OriginBadge origin="OFFICIAL" /> <OriginBadge origin="DERIVED" />
        </UiProvider>
      </I18nProvider>,
    );
    expect(screen.getByText('Contoh')).toBeTruthy();
    expect(screen.getByText('Resmi')).toBeTruthy();
    expect(screen.getByText('Turunan')).toBeTruthy();
  });

  it('speaks English in an English page', () => {
    render(
      <I18nProvider initialLanguage="en">
        <UiProvider>
          <OriginBadge origin="DEMO" />
        </UiProvider>
      </I18nProvider>,
    );
    expect(screen.getByText('Demo')).toBeTruthy();
  });
});
