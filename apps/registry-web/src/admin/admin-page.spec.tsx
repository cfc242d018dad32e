import { screen } from '@testing-library/react';
import { DESK, OPERATOR, renderRegistry } from '../testing/render-registry';

const none = () => ({ data: null, errors: [{ message: 'no network expected' }] });

describe('administration landing', () => {
  it('gives the national admin a card for users, agencies, the audit log, evaluators, KIPP appointments and desk plugins', async () => {
    renderRegistry('/registry/admin', none);
    expect(await screen.findByRole('heading', { level: 1, name: 'Administrasi' })).toBeTruthy();
    const links = screen.getAllByRole('link').filter((link) => link.closest('h2'));
    expect(links.map((link) => [link.textContent, link.getAttribute('href')])).toEqual([
      ['Pengguna', '/registry/admin/users'],
      ['Instansi', '/registry/admin/agencies'],
      ['Log audit', '/registry/admin/audit'],
      ['Evaluator PEKPPP', '/evaluasi/evaluator'],
      ['Penugasan KIPP', '/kipp/penugasan'],
      ['Plugin instansi', '/registry/plugins'],
    ]);
  });

  it("gives an MPP operator only its mall's people", async () => {
    renderRegistry('/registry/admin', none, { user: OPERATOR, language: 'en' });
    expect(await screen.findByRole('heading', { level: 1, name: 'Administration' })).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Users' }).getAttribute('href')).toBe('/registry/admin/users');
    expect(screen.queryByRole('link', { name: 'Agencies' })).toBeNull();
    expect(screen.queryByRole('link', { name: 'Audit log' })).toBeNull();
  });

  it('tells a desk it is not theirs instead of an empty page', async () => {
    renderRegistry('/registry/admin', none, { user: DESK });
    expect(await screen.findByText('Halaman ini hanya untuk admin nasional dan operator MPP.')).toBeTruthy();
    expect(screen.queryByRole('link', { name: 'Pengguna' })).toBeNull();
  });
});
