import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { graphqlNetwork } from '../testing/graphql-network';
import { renderPortal } from '../testing/render-portal';
import { reply } from '../testing/reply';
import { signInAs } from '../testing/signed-in';

const load = jest.fn(() => Promise.resolve(() => null));

describe('the account menu', () => {
  beforeEach(() => window.sessionStorage.clear());

  it('opens from the keyboard and leads to the notification settings', async () => {
    signInAs();
    const network = graphqlNetwork({
      MyNotificationSettings: () =>
        reply('MyNotificationSettings', {
          myNotificationSettings: [
            { kind: 'PHASE_DEADLINE', label: { id: 'Tenggat tahap evaluasi', en: 'Evaluation phase deadlines' }, email: true },
          ],
        }),
    });
    renderPortal({ path: '/', load, fetchImpl: network.fetchImpl });
    const account = await within(screen.getByRole('banner')).findByRole('button', { name: 'Akun' });
    expect(account.getAttribute('aria-expanded')).toBe('false');
    account.focus();
    await userEvent.keyboard('{Enter}');
    expect(account.getAttribute('aria-expanded')).toBe('true');
    const menu = await screen.findByRole('menu');
    expect((await within(menu).findByRole('menuitem', { name: 'Notifikasi' })).getAttribute('href')).toBe('/notifikasi');
    // Arrow keys move between the items; Enter follows the one in focus.
    await userEvent.keyboard('{ArrowDown}{ArrowDown}');
    expect(document.activeElement).toBe(within(menu).getByRole('menuitem', { name: 'Pengaturan notifikasi' }));
    await userEvent.keyboard('{Enter}');
    expect(await screen.findByRole('heading', { level: 1, name: 'Pengaturan notifikasi' })).toBeTruthy();
    expect(await screen.findByRole('switch', { name: 'Tenggat tahap evaluasi' })).toBeTruthy();
  });

  it('closes on Escape and gives the focus back to its button', async () => {
    signInAs();
    renderPortal({ path: '/', load, fetchImpl: graphqlNetwork({}).fetchImpl });
    const account = await within(screen.getByRole('banner')).findByRole('button', { name: 'Akun' });
    await userEvent.click(account);
    const menu = await screen.findByRole('menu', { name: 'Akun' });
    await userEvent.keyboard('{End}');
    expect(document.activeElement).toBe(within(menu).getByRole('menuitem', { name: 'Pengaturan notifikasi' }));
    await userEvent.keyboard('{Escape}');
    expect(screen.queryByRole('menu')).toBeNull();
    expect(account.getAttribute('aria-expanded')).toBe('false');
    expect(document.activeElement).toBe(account);
  });

  it('is not there for someone signed out', async () => {
    renderPortal({ path: '/', load, fetchImpl: graphqlNetwork({}).fetchImpl });
    await screen.findByRole('heading', { name: 'Selamat datang di Simpul' });
    expect(within(screen.getByRole('banner')).queryByRole('button', { name: 'Akun' })).toBeNull();
  });
});
