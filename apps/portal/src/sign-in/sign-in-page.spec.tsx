import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';

// No typing delay: the tests must not depend on how busy the machine is.
const ui = userEvent.setup({ delay: null });
import { fakeFetch, json, requestBody } from '../testing/fake-network';
import { renderPortal } from '../testing/render-portal';
import { reply } from '../testing/reply';

const load = jest.fn(() => Promise.resolve(() => null));

describe('sign-in page', () => {
  beforeEach(() => {
    window.localStorage.clear();
    window.sessionStorage.clear();
  });

  it('lists missing fields in the error summary, linked to the fields', async () => {
    renderPortal({ path: '/sign-in', load });
    await ui.click(await screen.findByRole('button', { name: 'Masuk' }));
    const summary = screen.getByRole('alert');
    expect(screen.getByRole('link', { name: 'Masukkan alamat email Anda' }).getAttribute('href')).toBe('#sign-in-email');
    expect(screen.getByRole('link', { name: 'Masukkan kata sandi Anda' }).getAttribute('href')).toBe('#sign-in-password');
    expect(document.activeElement).toBe(summary);
  });

  it('shows wrong credentials as an error on the email field', async () => {
    const fetchImpl = fakeFetch((url) =>
      url === '/auth/sign-in'
        ? json({ errors: [{ message: 'Invalid', extensions: { code: 'UNAUTHENTICATED' } }] }, 401)
        : json({ data: {} }),
    );
    renderPortal({ path: '/sign-in', load, fetchImpl });
    await ui.type(await screen.findByLabelText('Alamat email'), 'admin@simpul.test');
    await ui.type(screen.getByLabelText('Kata sandi'), 'wrong');
    await ui.click(screen.getByRole('button', { name: 'Masuk' }));
    expect(await screen.findByRole('link', { name: 'Alamat email atau kata sandi salah' })).toBeTruthy();
    expect(screen.getByLabelText('Alamat email').getAttribute('aria-invalid')).toBe('true');
  });

  it('signs in and greets the person by role on the home page', async () => {
    const user = {
      id: 'u1',
      email: 'desk.samsat-kalsel@simpul.test',
      displayName: 'Petugas Samsat',
      role: 'UNIT_DESK',
      mallId: null,
      serviceUnit: { id: 'unit-9', name: 'Samsat Kalimantan Selatan' },
    };
    const fetchImpl = fakeFetch((url, init) => {
      if (url !== '/auth/sign-in') return json(reply('MyUnitGlance', { serviceUnit: null }));
      expect(requestBody(init)).toEqual({ email: user.email, password: 'simpul-demo' });
      return json({ accessToken: 'tok', expiresAt: new Date(Date.now() + 900_000).toISOString(), user });
    });
    renderPortal({ path: '/sign-in', load, fetchImpl });
    await ui.type(await screen.findByLabelText('Alamat email'), user.email);
    await ui.type(screen.getByLabelText('Kata sandi'), 'simpul-demo');
    await ui.click(screen.getByRole('button', { name: 'Masuk' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Selamat datang, Petugas Samsat' })).toBeTruthy();
    expect(screen.getByText('Anda masuk sebagai Petugas unit.')).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Unit saya' }).getAttribute('href')).toBe('/registry/units/unit-9');
    expect(screen.queryByRole('link', { name: 'Tambah unit' })).toBeNull();
  });

  it('says how long to wait when sign-in is throttled, in minutes or seconds', async () => {
    const throttled = (seconds: number) =>
      json(
        {
          errors: [
            {
              message: 'Too many',
              extensions: { code: 'RATE_LIMITED', retryAfterSeconds: seconds, messages: { id: 'Terlalu banyak', en: 'Too many' } },
            },
          ],
        },
        429,
      );
    const waits = [150, 20];
    const fetchImpl = fakeFetch((url) => (url === '/auth/sign-in' ? throttled(waits.shift() ?? 1) : json({ data: {} })));
    renderPortal({ path: '/sign-in', load, fetchImpl });
    await ui.type(await screen.findByLabelText('Alamat email'), 'admin@simpul.test');
    await ui.type(screen.getByLabelText('Kata sandi'), 'simpul-demo');
    await ui.click(screen.getByRole('button', { name: 'Masuk' }));
    expect(await screen.findByText('Terlalu banyak percobaan; coba lagi dalam 3 menit.')).toBeTruthy();
    await ui.click(screen.getByRole('button', { name: 'Masuk' }));
    expect(await screen.findByText('Terlalu banyak percobaan; coba lagi dalam 20 detik.')).toBeTruthy();
  });

  it('says it in English too', async () => {
    const fetchImpl = fakeFetch((url) =>
      url === '/auth/sign-in'
        ? json({ errors: [{ message: 'Too many', extensions: { code: 'RATE_LIMITED', retryAfterSeconds: 60 } }] }, 429)
        : json({ data: {} }),
    );
    renderPortal({ path: '/sign-in', load, fetchImpl, language: 'en' });
    await ui.type(await screen.findByLabelText('Email address'), 'admin@simpul.test');
    await ui.type(screen.getByLabelText('Password'), 'simpul-demo');
    await ui.click(screen.getByRole('button', { name: 'Sign in' }));
    expect(await screen.findByText('Too many attempts; try again in 1 minute.')).toBeTruthy();
  });

  it('offers "Lupa kata sandi?" and names the show-password button in Indonesian', async () => {
    renderPortal({ path: '/sign-in', load });
    expect((await screen.findByRole('link', { name: 'Lupa kata sandi?' })).getAttribute('href')).toBe('/lupa-kata-sandi');
    expect(document.querySelector('[aria-label="Toggle password visibility"]')).toBeNull();
    expect(document.querySelector('[aria-label="Tampilkan sandi"]')).not.toBeNull();
  });

  it('mentions the demo password only when the installation holds demo data', async () => {
    const status = (demoData: boolean) => fakeFetch(() => json(reply('SystemStatus', { systemStatus: { demoData } })));
    const demo = renderPortal({ path: '/sign-in', load, fetchImpl: status(true) });
    expect(await screen.findByText(/Akun demo memakai kata sandi simpul-demo/)).toBeTruthy();
    demo.unmount();
    const fetchImpl = status(false);
    renderPortal({ path: '/sign-in', load, fetchImpl });
    await waitFor(() => expect(fetchImpl).toHaveBeenCalled());
    await screen.findByRole('heading', { level: 1, name: 'Masuk ke Simpul' });
    expect(screen.queryByText(/simpul-demo/)).toBeNull();
  });
});
