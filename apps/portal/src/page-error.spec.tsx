import { UiProvider } from '@simpul/ui';
import { I18nProvider, type Language } from '@simpul/web-kit';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Link, MemoryRouter, Route, Routes } from 'react-router';
import { PageErrorBoundary } from './page-error-boundary';

function Broken(): never {
  throw new Error('render failed');
}

function renderBrokenPage(language: Language) {
  render(
    <I18nProvider initialLanguage={language}>
      <UiProvider>
        <MemoryRouter initialEntries={['/rusak']}>
          <Link to="/lain">Halaman lain</Link>
          <PageErrorBoundary>
            <Routes>
              <Route path="rusak" element={<Broken />} />
              <Route path="*" element={<p>halaman lain</p>} />
            </Routes>
          </PageErrorBoundary>
        </MemoryRouter>
      </UiProvider>
    </I18nProvider>,
  );
}

describe('a portal page that throws while rendering', () => {
  // React reports the caught error on the console; the test is about what the person sees.
  beforeEach(() => jest.spyOn(console, 'error').mockImplementation(() => undefined));
  afterEach(() => jest.restoreAllMocks());

  it('shows the portal’s own error panel in Bahasa Indonesia, with a retry and the way home', async () => {
    renderBrokenPage('id');
    expect(await screen.findByText('Halaman ini mengalami kesalahan')).toBeTruthy();
    expect(screen.getByRole('button', { name: /coba lagi/i })).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Beranda' }).getAttribute('href')).toBe('/');
    expect(screen.queryByText(/render failed|Unexpected Application Error/)).toBeNull();
  });

  it('renders the next page the person moves to (a link outside the broken page)', async () => {
    renderBrokenPage('id');
    await screen.findByText('Halaman ini mengalami kesalahan');
    await userEvent.click(screen.getByRole('link', { name: 'Halaman lain' }));
    expect(await screen.findByText('halaman lain')).toBeTruthy();
    expect(screen.queryByText('Halaman ini mengalami kesalahan')).toBeNull();
  });

  it('says the same in English', async () => {
    renderBrokenPage('en');
    expect(await screen.findByText('This page ran into a problem')).toBeTruthy();
  });
});
