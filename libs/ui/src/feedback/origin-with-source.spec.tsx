import { I18nProvider } from '@simpul/web-kit';
import { render, screen } from '@testing-library/react';
import { UiProvider } from '../theme/ui-provider';
import { OriginWithSource } from './origin-with-source';

describe('OriginWithSource', () => {
  it('rule: an official figure names its source; a demo figure is marked demo and names none', () => {
    render(
      <I18nProvider>
        <UiProvider>
          <OriginWithSource origin="OFFICIAL" source="Keputusan Menteri PANRB 1035/2022" />
          <OriginWithSource origin="DEMO" source="seed" />
        </UiProvider>
      </I18nProvider>,
    );
    expect(screen.getByText('Resmi')).toBeTruthy();
    expect(screen.getByText('Sumber: Keputusan Menteri PANRB 1035/2022')).toBeTruthy();
    expect(screen.getByText('Contoh')).toBeTruthy();
    expect(screen.queryByText(/seed/)).toBeNull();
  });

  it('speaks English in an English page', () => {
    render(
      <I18nProvider initialLanguage="en">
        <UiProvider>
          <OriginWithSource origin="OFFICIAL" source="BPS" />
        </UiProvider>
      </I18nProvider>,
    );
    expect(screen.getByText('Official')).toBeTruthy();
    expect(screen.getByText('BPS').getAttribute('lang')).toBe('id');
    expect(screen.getByText('BPS').parentElement?.textContent).toBe('Source: BPS');
  });
});
