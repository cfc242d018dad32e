import { UiProvider } from '@simpul/ui';
import { I18nProvider, type Language } from '@simpul/web-kit';
import { render, screen } from '@testing-library/react';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { PageError } from './page-error';

function Broken(): never {
  throw new Error('render failed');
}

function renderBrokenPage(language: Language) {
  const router = createMemoryRouter([{ path: '*', element: <Broken />, errorElement: <PageError /> }]);
  render(
    <I18nProvider initialLanguage={language}>
      <UiProvider>
        <RouterProvider router={router} />
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

  it('says the same in English', async () => {
    renderBrokenPage('en');
    expect(await screen.findByText('This page ran into a problem')).toBeTruthy();
  });
});
