import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderPortal } from '../testing/render-portal';

const load = jest.fn(async () => () => null);
const json = (body: unknown) => ({ ok: true, status: 200, json: async () => body }) as Response;

describe('sign-in page', () => {
  beforeEach(() => {
    window.localStorage.clear();
    window.sessionStorage.clear();
  });

  it('lists missing fields in the error summary, linked to the fields', async () => {
    renderPortal({ path: '/sign-in', load });
    await userEvent.click(screen.getByRole('button', { name: 'Masuk' }));
    const summary = screen.getByRole('alert');
    expect(screen.getByRole('link', { name: 'Masukkan alamat email Anda' }).getAttribute('href')).toBe('#sign-in-email');
    expect(screen.getByRole('link', { name: 'Masukkan kata sandi Anda' }).getAttribute('href')).toBe('#sign-in-password');
    expect(document.activeElement).toBe(summary);
  });

  it('shows wrong credentials as an error on the email field', async () => {
    const fetchImpl = jest.fn(async () => json({ errors: [{ message: 'Invalid', extensions: { code: 'UNAUTHENTICATED' } }] }));
    renderPortal({ path: '/sign-in', load, fetchImpl });
    await userEvent.type(screen.getByLabelText('Alamat email'), 'admin@simpul.test');
    await userEvent.type(screen.getByLabelText('Kata sandi'), 'wrong');
    await userEvent.click(screen.getByRole('button', { name: 'Masuk' }));
    expect(await screen.findByRole('link', { name: 'Alamat email atau kata sandi salah' })).toBeTruthy();
    expect(screen.getByLabelText('Alamat email').getAttribute('aria-invalid')).toBe('true');
  });

  it('signs in and greets the person by role on the home page', async () => {
    const user = { id: 'u1', email: 'desk.samsat-kalsel@simpul.test', displayName: 'Petugas Samsat', role: 'UNIT_DESK', mallId: null, serviceUnit: { id: 'unit-9', name: 'Samsat Kalimantan Selatan' } };
    const fetchImpl = jest.fn(async (_url: RequestInfo | URL, init?: RequestInit) => {
      const { query } = JSON.parse(String(init?.body)) as { query: string };
      return query.startsWith('mutation SignIn')
        ? json({ data: { signIn: { accessToken: 'tok', expiresAt: new Date(Date.now() + 3_600_000).toISOString(), user } } })
        : json({ data: { me: user } });
    });
    renderPortal({ path: '/sign-in', load, fetchImpl });
    await userEvent.type(screen.getByLabelText('Alamat email'), user.email);
    await userEvent.type(screen.getByLabelText('Kata sandi'), 'simpul-demo');
    await userEvent.click(screen.getByRole('button', { name: 'Masuk' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Selamat datang, Petugas Samsat' })).toBeTruthy();
    expect(screen.getByText('Anda masuk sebagai Petugas unit.')).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Unit saya' }).getAttribute('href')).toBe('/registry/units/unit-9');
    expect(screen.queryByRole('link', { name: 'Tambah unit' })).toBeNull();
  });
});
