import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';

// No typing delay: the tests must not depend on how busy the machine is.
const ui = userEvent.setup({ delay: null });
import { fakeFetch, json, requestBody } from '../testing/fake-network';
import { renderPortal } from '../testing/render-portal';
import { reply } from '../testing/reply';

const load = jest.fn(() => Promise.resolve(() => null));

describe('lupa kata sandi', () => {
  beforeEach(() => window.localStorage.clear());

  it('asks for a reset link in the page language and always answers with the same neutral confirmation', async () => {
    const sent: unknown[] = [];
    const fetchImpl = fakeFetch((_url, init) => {
      const body = requestBody<{ query: string }>(init);
      if (body.query.startsWith('mutation RequestPasswordReset')) sent.push(body);
      return json(reply('RequestPasswordReset', { requestPasswordReset: true }));
    });
    renderPortal({ path: '/lupa-kata-sandi', load, fetchImpl });
    expect(await screen.findByRole('heading', { level: 1, name: 'Lupa kata sandi' })).toBeTruthy();
    await ui.type(screen.getByLabelText('Alamat email'), 'siapa.saja@instansi.go.id');
    await ui.click(screen.getByRole('button', { name: 'Kirim tautan' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Periksa email Anda' })).toBeTruthy();
    expect(screen.getByText(/Jika siapa\.saja@instansi\.go\.id terdaftar di Simpul/)).toBeTruthy();
    expect(sent).toEqual([expect.objectContaining({ variables: { email: 'siapa.saja@instansi.go.id', language: 'id' } })]);
  });

  it('checks the address before asking the server', async () => {
    const fetchImpl = fakeFetch(() => json({ data: {} }));
    renderPortal({ path: '/lupa-kata-sandi', load, fetchImpl });
    await ui.type(await screen.findByLabelText('Alamat email'), 'bukan-email');
    await ui.click(screen.getByRole('button', { name: 'Kirim tautan' }));
    expect(await screen.findByRole('link', { name: /Masukkan alamat email yang benar/ })).toBeTruthy();
    const mutations = fetchImpl.mock.calls.filter(([, init]) => typeof init?.body === 'string' && init.body.includes('mutation'));
    expect(mutations).toEqual([]);
  });
});
