import { screen } from '@testing-library/react';
import { ADMIN, DESK, LOCAL_ADMIN, PANEL, connection, renderKipp } from '../testing/render-kipp';
import { reply } from '../testing/reply';

const catalogue = (operation: string) => {
  if (operation === 'KippInnovations') return reply('KippInnovations', { innovations: connection([]) });
  if (operation === 'KippCatalogueFilters') return reply('KippCatalogueFilters', { provinces: [], competitions: connection([]) });
  return { data: null, errors: [{ message: `unexpected ${operation}` }] };
};

const work = () => screen.queryByRole('navigation', { name: 'Pekerjaan KIPP Anda' });

describe('the KIPP work panel follows myKippRoles', () => {
  it('shows the provincial desk both its proposals and the local admin’s review queue', async () => {
    renderKipp('/kipp', catalogue, { user: LOCAL_ADMIN });
    expect((await screen.findByRole('link', { name: 'Buka antrean tinjauan' })).getAttribute('href')).toBe('/kipp/admin-lokal');
    expect(screen.getByRole('link', { name: 'Buka proposal saya' }).getAttribute('href')).toBe('/kipp/usulan');
    expect(screen.getByText(/Pemerintah Provinsi Kalimantan Selatan/)).toBeTruthy();
  });

  it('sends a panel (TPI) member to the Top 99, not to Tim Evaluasi assignments', async () => {
    renderKipp('/kipp', catalogue, { user: PANEL });
    expect((await screen.findByRole('link', { name: 'Buka daftar Top 99' })).getAttribute('href')).toBe('/kipp/panel');
    expect(screen.queryByRole('link', { name: 'Buka penugasan saya' })).toBeNull();
  });

  it('shows a plain desk only its proposals, the admin the competitions, the public nothing', async () => {
    const desk = renderKipp('/kipp', catalogue, { user: DESK });
    await screen.findByRole('link', { name: 'Buka proposal saya' });
    expect(screen.queryByRole('link', { name: 'Buka antrean tinjauan' })).toBeNull();
    desk.unmount();
    const admin = renderKipp('/kipp', catalogue, { user: ADMIN });
    await screen.findByRole('link', { name: 'Buka kompetisi' });
    admin.unmount();
    renderKipp('/kipp', catalogue, { user: null });
    await screen.findByRole('heading', { level: 1 });
    expect(work()).toBeNull();
  });
});
