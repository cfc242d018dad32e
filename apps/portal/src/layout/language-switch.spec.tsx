import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { LANGUAGE_STORAGE_KEY } from '@simpul/web-kit';
import { renderPortal } from '../testing/render-portal';

const load = jest.fn(() => Promise.resolve(() => null));

describe('language switch', () => {
  beforeEach(() => window.localStorage.clear());

  it('starts in Bahasa Indonesia and sets the lang attribute', async () => {
    renderPortal({ load });
    expect(await screen.findByRole('heading', { level: 1, name: 'Selamat datang di Simpul' })).toBeTruthy();
    expect(document.documentElement.lang).toBe('id');
    expect(document.title).toBe('Selamat datang di Simpul · Simpul');
    expect(screen.getByRole('button', { name: 'Bahasa Indonesia' }).getAttribute('aria-pressed')).toBe('true');
  });

  it('switches to English, updates lang and remembers the choice', async () => {
    renderPortal({ load });
    await userEvent.click(screen.getByRole('button', { name: 'English' }));
    expect(screen.getByRole('heading', { level: 1, name: 'Welcome to Simpul' })).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Skip to main content' })).toBeTruthy();
    expect(document.documentElement.lang).toBe('en');
    expect(window.localStorage.getItem(LANGUAGE_STORAGE_KEY)).toBe('en');
    expect(screen.getByRole('button', { name: 'English' }).getAttribute('aria-pressed')).toBe('true');
  });

  it('uses the remembered language on the next visit', async () => {
    window.localStorage.setItem(LANGUAGE_STORAGE_KEY, 'en');
    renderPortal({ load });
    expect(await screen.findByRole('heading', { level: 1, name: 'Welcome to Simpul' })).toBeTruthy();
  });
});
