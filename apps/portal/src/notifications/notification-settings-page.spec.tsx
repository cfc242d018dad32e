import { expectAccessible, expectNoInternalCodes } from '@simpul/ui/testing';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { MyNotificationSettingsQuery } from '../__generated__/operations';
import { graphqlNetwork } from '../testing/graphql-network';
import { renderPortal } from '../testing/render-portal';
import { reply } from '../testing/reply';
import { DESK_USER, signInAs } from '../testing/signed-in';
import { unreadCount } from './notification-fixtures';

const load = jest.fn(() => Promise.resolve(() => null));

const SETTINGS: MyNotificationSettingsQuery['myNotificationSettings'] = [
  { kind: 'PHASE_DEADLINE', label: { id: 'Tenggat tahap evaluasi', en: 'Evaluation phase deadlines' }, email: true },
  { kind: 'AGREEMENT_ENDING', label: { id: 'PKS yang akan berakhir', en: 'Agreements (PKS) ending soon' }, email: false },
];

function network(setEmail: (variables: Record<string, unknown>) => unknown) {
  return graphqlNetwork({
    UnreadNotificationCount: () => unreadCount(0),
    MyNotificationSettings: () => reply('MyNotificationSettings', { myNotificationSettings: SETTINGS }),
    SetNotificationEmail: setEmail,
  });
}

const saved = (variables: Record<string, unknown>) => {
  const setting = SETTINGS.find((s) => s.kind === variables.kind) ?? SETTINGS[0];
  return reply('SetNotificationEmail', { setNotificationEmail: { ...setting, email: variables.email === true } });
};

describe('notification settings', () => {
  beforeEach(() => {
    window.sessionStorage.clear();
    signInAs();
  });

  it('has a switch per kind for e-mail, and says the portal notifications stay on', async () => {
    renderPortal({ path: '/akun/notifikasi', load, fetchImpl: network(saved).fetchImpl });
    const phase = await screen.findByRole<HTMLInputElement>('switch', { name: 'Tenggat tahap evaluasi' });
    expect(phase.checked).toBe(true);
    expect(screen.getByRole<HTMLInputElement>('switch', { name: 'PKS yang akan berakhir' }).checked).toBe(false);
    expect(screen.getByText('Notifikasi di portal selalu aktif')).toBeTruthy();
    expect(screen.getByText(`Pilih pengingat mana yang juga dikirim ke email Anda (${DESK_USER.email}).`)).toBeTruthy();
    expect(screen.getByRole('group', { name: 'Kirim juga lewat email' })).toBeTruthy();
    await expectAccessible();
  });

  it('saves a switch as soon as it is flipped (keyboard too), and says so once saved', async () => {
    const net = network(saved);
    renderPortal({ path: '/akun/notifikasi', load, fetchImpl: net.fetchImpl });
    const phase = await screen.findByRole<HTMLInputElement>('switch', { name: 'Tenggat tahap evaluasi' });
    phase.focus();
    await userEvent.keyboard(' ');
    expect(await screen.findByText('Tersimpan')).toBeTruthy();
    expect(phase.checked).toBe(false);
    expect(document.activeElement).toBe(phase);
    await userEvent.click(screen.getByRole('switch', { name: 'PKS yang akan berakhir' }));
    expect(await screen.findAllByText('Tersimpan')).toHaveLength(2);
    expect(net.named('SetNotificationEmail').map((sent) => sent.variables)).toEqual([
      { kind: 'PHASE_DEADLINE', email: false },
      { kind: 'AGREEMENT_ENDING', email: true },
    ]);
  });

  it('puts a refusal at the switch and turns it back', async () => {
    const net = network(() => ({
      errors: [
        {
          message: 'Try again later',
          extensions: {
            code: 'SERVICE_UNAVAILABLE',
            messages: { id: 'Registri sedang sibuk; coba lagi.', en: 'The registry is busy; try again.' },
          },
        },
      ],
    }));
    renderPortal({ path: '/akun/notifikasi', load, fetchImpl: net.fetchImpl });
    const phase = await screen.findByRole<HTMLInputElement>('switch', { name: 'Tenggat tahap evaluasi' });
    await userEvent.click(phase);
    expect(await screen.findByText('Pilihan ini tidak tersimpan: Registri sedang sibuk; coba lagi.')).toBeTruthy();
    expect(phase.checked).toBe(true);
    // Said at the field: the switch is described by the error.
    expect(document.getElementById(phase.getAttribute('aria-describedby') ?? '')?.textContent).toBe(
      'Pilihan ini tidak tersimpan: Registri sedang sibuk; coba lagi.',
    );
    expect(screen.queryByText('Tersimpan')).toBeNull();
    await expectAccessible();
  });

  it('speaks English when switched, and asks a signed-out visitor to sign in', async () => {
    const { unmount } = renderPortal({ path: '/akun/notifikasi', load, fetchImpl: network(saved).fetchImpl, language: 'en' });
    expect(await screen.findByRole<HTMLInputElement>('switch', { name: 'Agreements (PKS) ending soon' })).toBeTruthy();
    expect(screen.getByText('Notifications in the portal are always on')).toBeTruthy();
    expectNoInternalCodes();
    unmount();
    window.sessionStorage.clear();
    const signedOut = network(saved);
    renderPortal({ path: '/akun/notifikasi', load, fetchImpl: signedOut.fetchImpl });
    expect(await screen.findByText('Masuk untuk mengatur notifikasi Anda.')).toBeTruthy();
    expect(within(screen.getByRole('main')).getByRole('link', { name: 'Masuk' }).getAttribute('href')).toBe('/sign-in');
    expect(signedOut.named('MyNotificationSettings')).toHaveLength(0);
  });
});
