import { SESSION_HINT_KEY } from '@simpul/web-kit';
import { screen } from '@testing-library/react';
import { fakeFetch, json } from '../testing/fake-network';
import { renderPortal } from '../testing/render-portal';

const load = jest.fn(() => Promise.resolve(() => null));
const ADMIN = {
  id: 'u1',
  email: 'admin@simpul.test',
  displayName: 'Admin Nasional',
  role: 'NATIONAL_ADMIN',
  mallId: null,
  serviceUnit: null,
};

describe('a new tab of a signed-in browser', () => {
  beforeEach(() => {
    window.sessionStorage.clear();
    window.localStorage.clear();
  });

  it('shows a placeholder, not the signed-out page, while it asks /auth/refresh, then the signed-in page', async () => {
    window.localStorage.setItem(SESSION_HINT_KEY, 'signed in in another tab');
    let answer: (response: Response) => void = () => undefined;
    const fetchImpl = fakeFetch((url) =>
      url === '/auth/refresh' ? new Promise<Response>((resolve) => (answer = resolve)) : json({ data: {} }),
    );
    renderPortal({ path: '/', load, fetchImpl });
    expect(screen.getByRole('status', { name: 'Memeriksa sesi Anda…' })).toBeTruthy();
    expect(screen.queryByRole('link', { name: 'Masuk' })).toBeNull();
    expect(screen.queryByRole('heading', { level: 1 })).toBeNull();
    answer(json({ accessToken: 'tok', expiresAt: new Date(Date.now() + 900_000).toISOString(), user: ADMIN }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Selamat datang, Admin Nasional' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Keluar' })).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Administrasi' }).getAttribute('href')).toBe('/registry/admin');
  });

  it('shows the public page when the browser has no session any more', async () => {
    window.localStorage.setItem(SESSION_HINT_KEY, 'signed in earlier');
    const fetchImpl = fakeFetch((url) =>
      url === '/auth/refresh'
        ? json({ errors: [{ message: 'No session', extensions: { code: 'UNAUTHENTICATED' } }] }, 401)
        : json({ data: {} }),
    );
    renderPortal({ path: '/', load, fetchImpl });
    expect(await screen.findByRole('heading', { level: 1, name: 'Selamat datang di Simpul' })).toBeTruthy();
    expect(screen.getAllByRole('link', { name: 'Masuk' }).length).toBeGreaterThan(0);
  });
});
