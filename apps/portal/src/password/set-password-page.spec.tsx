import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';

// No typing delay: the tests must not depend on how busy the machine is.
const ui = userEvent.setup({ delay: null });
import { fakeFetch, json, requestBody } from '../testing/fake-network';
import { renderPortal } from '../testing/render-portal';
import { reply } from '../testing/reply';

const load = jest.fn(() => Promise.resolve(() => null));
const DESK = {
  id: 'u9',
  email: 'desk.baru@instansi.go.id',
  displayName: 'Petugas Baru',
  role: 'UNIT_DESK',
  mallId: null,
  serviceUnit: { id: 'unit-9', name: 'Samsat Kalimantan Selatan' },
};
const STRONG = 'kopi-tubruk-di-banjarmasin';

function server(setPassword: () => Response) {
  const calls: string[] = [];
  const fetchImpl = fakeFetch((path, init) => {
    const body = requestBody<{ query?: string; email?: string; password?: string }>(init, {});
    // Only what this page sends: the layout's own queries (the demo-data banner) are not its business.
    if (path !== '/graphql' || body.query?.startsWith('mutation'))
      calls.push(path === '/graphql' ? (/mutation (\w+)/.exec(body.query ?? '')?.[1] ?? '') : path);
    if (path === '/auth/sign-in') {
      expect(body).toEqual({ email: DESK.email, password: STRONG });
      return json({ accessToken: 'tok', expiresAt: new Date(Date.now() + 900_000).toISOString(), user: DESK });
    }
    if (body.query?.startsWith('mutation SetPassword')) return setPassword();
    return json(reply('MyUnitGlance', { serviceUnit: null }));
  });
  return { fetchImpl, calls };
}

async function fill(password: string, confirmation = password) {
  // The page is its own chunk (lazy-pages.ts): wait for its first field.
  await ui.type(await screen.findByLabelText('Kata sandi baru', { selector: 'input' }), password);
  await ui.type(screen.getByLabelText('Ulangi kata sandi baru', { selector: 'input' }), confirmation);
  await ui.click(screen.getByRole('button', { name: 'Simpan kata sandi' }));
}

describe('atur kata sandi', () => {
  beforeEach(() => {
    window.localStorage.clear();
    window.sessionStorage.clear();
  });

  it('sets the password from the invitation link, signs in with it and goes home', async () => {
    const { fetchImpl, calls } = server(() => json(reply('SetPassword', { setPassword: { user: { email: DESK.email } } })));
    renderPortal({ path: '/atur-kata-sandi?token=abc123', load, fetchImpl });
    expect(await screen.findByRole('heading', { level: 1, name: 'Buat kata sandi Anda' })).toBeTruthy();
    expect(screen.getByText(/Minimal 10 karakter/)).toBeTruthy();
    await fill(STRONG);
    expect(await screen.findByRole('heading', { level: 1, name: 'Selamat datang, Petugas Baru' })).toBeTruthy();
    expect(calls.slice(0, 2)).toEqual(['SetPassword', '/auth/sign-in']);
  });

  it('titles the page for a reset link', async () => {
    renderPortal({ path: '/atur-kata-sandi?token=abc123&reset=1', load });
    expect(await screen.findByRole('heading', { level: 1, name: 'Atur kata sandi baru' })).toBeTruthy();
  });

  it('checks length and the repeated password before asking the server', async () => {
    const { fetchImpl, calls } = server(() => json({}));
    renderPortal({ path: '/atur-kata-sandi?token=abc123', load, fetchImpl });
    await fill('pendek', 'lain');
    expect(await screen.findByRole('link', { name: 'Kata sandi minimal 10 karakter' })).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Kedua kata sandi tidak sama' })).toBeTruthy();
    expect(calls).toEqual([]);
  });

  it("shows the server's refusal of a common password on the password field", async () => {
    const refusal = {
      errors: [
        {
          message: 'Too common',
          extensions: {
            code: 'BAD_USER_INPUT',
            field: 'password',
            messages: { id: 'Kata sandi ini terlalu umum.', en: 'This password is too common.' },
          },
        },
      ],
    };
    const { fetchImpl, calls } = server(() => json(refusal));
    renderPortal({ path: '/atur-kata-sandi?token=abc123', load, fetchImpl });
    await fill('password123');
    expect(await screen.findByRole('link', { name: 'Kata sandi ini terlalu umum.' })).toBeTruthy();
    expect(screen.getByLabelText('Kata sandi baru', { selector: 'input' }).getAttribute('aria-invalid')).toBe('true');
    expect(calls).toEqual(['SetPassword']);
  });

  it('offers a new link when the token was used or has expired', async () => {
    const refusal = {
      errors: [
        {
          message: 'Expired',
          extensions: {
            code: 'BAD_USER_INPUT',
            field: 'token',
            messages: { id: 'Tautan ini sudah tidak berlaku.', en: 'This link is no longer valid.' },
          },
        },
      ],
    };
    renderPortal({ path: '/atur-kata-sandi?token=old', load, fetchImpl: server(() => json(refusal)).fetchImpl });
    await fill(STRONG);
    expect(await screen.findByText('Tautan ini sudah tidak berlaku.')).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Minta tautan baru' }).getAttribute('href')).toBe('/lupa-kata-sandi');
  });

  it('explains a link without its token', async () => {
    renderPortal({ path: '/atur-kata-sandi', load });
    expect(await screen.findByText('Tautan tidak lengkap')).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Minta tautan baru' })).toBeTruthy();
  });
});
