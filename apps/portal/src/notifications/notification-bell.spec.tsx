import { expectAccessible } from '@simpul/ui/testing';
import { act, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { graphqlNetwork } from '../testing/graphql-network';
import { renderPortal } from '../testing/render-portal';
import { signInAs } from '../testing/signed-in';
import { unreadCount } from './notification-fixtures';
import { UNREAD_POLL_MS } from './unread-count';

const load = jest.fn(() => Promise.resolve(() => <h1>Registri</h1>));

function header() {
  return screen.getByRole('banner');
}

describe('the notification bell', () => {
  beforeEach(() => window.sessionStorage.clear());

  it('says how many are unread in its name and leads to the notifications page', async () => {
    signInAs();
    const network = graphqlNetwork({ UnreadNotificationCount: () => unreadCount(3) });
    renderPortal({ path: '/', load, fetchImpl: network.fetchImpl });
    const bell = await within(header()).findByRole('link', { name: 'Notifikasi, 3 belum dibaca' });
    expect(bell.getAttribute('href')).toBe('/notifikasi');
    // The badge is for the eye; the number is spoken once, in the link's name.
    expect(within(bell).getByText('3').closest('[aria-hidden="true"]')).toBeTruthy();
    await expectAccessible(header());
  });

  it('asks every minute while the tab is visible, and not while it is hidden', async () => {
    // Fake timers only for the interval; the clock is advanced by hand, so nothing depends on real time.
    jest.useFakeTimers({ doNotFake: ['queueMicrotask', 'nextTick', 'setImmediate'] });
    const visibility = jest.spyOn(document, 'visibilityState', 'get').mockReturnValue('visible');
    try {
      signInAs();
      let count = 1;
      const network = graphqlNetwork({ UnreadNotificationCount: () => unreadCount(count) });
      renderPortal({ path: '/', load, fetchImpl: network.fetchImpl });
      await within(header()).findByRole('link', { name: 'Notifikasi, 1 belum dibaca' });
      const asked = network.named('UnreadNotificationCount').length;

      count = 5;
      act(() => jest.advanceTimersByTime(UNREAD_POLL_MS));
      expect(await within(header()).findByRole('link', { name: 'Notifikasi, 5 belum dibaca' })).toBeTruthy();
      expect(network.named('UnreadNotificationCount')).toHaveLength(asked + 1);

      visibility.mockReturnValue('hidden');
      act(() => jest.advanceTimersByTime(3 * UNREAD_POLL_MS));
      expect(network.named('UnreadNotificationCount')).toHaveLength(asked + 1);
    } finally {
      visibility.mockRestore();
      jest.useRealTimers();
    }
  });

  it('is just "Notifikasi" with nothing unread', async () => {
    signInAs();
    const network = graphqlNetwork({ UnreadNotificationCount: () => unreadCount(0) });
    renderPortal({ path: '/', load, fetchImpl: network.fetchImpl, language: 'en' });
    await screen.findByRole('heading', { name: /Welcome/ });
    expect(await within(header()).findByRole('link', { name: 'Notifications' })).toBeTruthy();
    expect(network.named('UnreadNotificationCount')).toHaveLength(1);
  });

  it('asks again on each change of page and when the tab is shown again, not otherwise', async () => {
    signInAs();
    let count = 1;
    const network = graphqlNetwork({ UnreadNotificationCount: () => unreadCount(count) });
    renderPortal({ path: '/', load, fetchImpl: network.fetchImpl });
    await within(header()).findByRole('link', { name: 'Notifikasi, 1 belum dibaca' });
    expect(network.named('UnreadNotificationCount')).toHaveLength(1);

    count = 2;
    await userEvent.click(within(screen.getByRole('navigation', { name: 'Navigasi utama' })).getByRole('link', { name: 'Registri' }));
    expect(await within(header()).findByRole('link', { name: 'Notifikasi, 2 belum dibaca' })).toBeTruthy();
    expect(network.named('UnreadNotificationCount')).toHaveLength(2);

    count = 4;
    act(() => {
      document.dispatchEvent(new Event('visibilitychange'));
    });
    expect(await within(header()).findByRole('link', { name: 'Notifikasi, 4 belum dibaca' })).toBeTruthy();
    expect(network.named('UnreadNotificationCount')).toHaveLength(3);
  });

  it('is not there for someone signed out, and nothing is asked', async () => {
    const network = graphqlNetwork({ UnreadNotificationCount: () => unreadCount(3) });
    renderPortal({ path: '/', load, fetchImpl: network.fetchImpl });
    await screen.findByRole('heading', { name: 'Selamat datang di Simpul' });
    expect(within(header()).queryByRole('link', { name: /^Notifikasi/ })).toBeNull();
    expect(network.named('UnreadNotificationCount')).toHaveLength(0);
  });
});
