import { expectAccessible, expectNoInternalCodes } from '@simpul/ui/testing';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useLocation } from 'react-router';
import { graphqlNetwork } from '../testing/graphql-network';
import { renderPortal } from '../testing/render-portal';
import { reply } from '../testing/reply';
import { signInAs } from '../testing/signed-in';
import { AGREEMENT, notificationsPage, OLD, PHASE, unreadCount } from './notification-fixtures';

function RemotePage() {
  const { pathname } = useLocation();
  return <h1>Remote di {pathname}</h1>;
}
const load = jest.fn(() => Promise.resolve(RemotePage));

/** A registry that remembers what was marked read, as the real one does. */
function registry(options: { pageSize?: number } = {}) {
  const read = new Set<string>([OLD.id]);
  const all = [AGREEMENT, PHASE, OLD];
  const withRead = () => all.map((node) => (read.has(node.id) && !node.readAt ? { ...node, readAt: '2026-12-07T03:00:00.000Z' } : node));
  const unread = () => all.filter((node) => !read.has(node.id)).length;
  return graphqlNetwork({
    UnreadNotificationCount: () => unreadCount(unread()),
    MyNotifications: (variables) => {
      const nodes = withRead().filter((node) => !variables.unreadOnly || !node.readAt);
      if (options.pageSize && nodes.length > options.pageSize) return notificationsPage(nodes.slice(0, options.pageSize), unread(), 'more');
      return notificationsPage(nodes, unread());
    },
    UnreadNotificationIds: () =>
      reply('UnreadNotificationIds', {
        myNotifications: {
          pageInfo: { hasNextPage: false, endCursor: null },
          edges: withRead()
            .filter((node) => !node.readAt)
            .map((node) => ({ node: { id: node.id } })),
        },
      }),
    MarkNotificationsRead: (variables) => {
      const ids = variables.ids as string[];
      ids.forEach((id) => read.add(id));
      return reply('MarkNotificationsRead', { markNotificationsRead: ids.map((id) => ({ id, readAt: '2026-12-07T03:00:00.000Z' })) });
    },
  });
}

async function openPage(network: ReturnType<typeof graphqlNetwork>, language?: 'en') {
  renderPortal({ path: '/notifikasi', load, fetchImpl: network.fetchImpl, language });
  await screen.findByRole('heading', { level: 1 });
  return screen.findByRole('list', { name: language === 'en' ? 'Notifications' : 'Notifikasi' });
}

describe('the notifications page', () => {
  beforeEach(() => {
    window.sessionStorage.clear();
    signInAs();
  });

  it('lists the notifications newest first, each linking to its matter, the unread ones marked', async () => {
    const network = registry();
    const list = await openPage(network);
    const items = within(list).getAllByRole('listitem');
    expect(items.map((item) => within(item).getAllByRole('link')[0].textContent)).toEqual([
      'PKS Samsat berakhir dalam 30 hari',
      'Tahap F-01 ditutup dalam 3 hari',
      'Responden SKM belum cukup',
    ]);
    expect(within(items[0]).getByRole('link', { name: 'PKS Samsat berakhir dalam 30 hari' }).getAttribute('href')).toBe(
      '/registry/mpp/pks',
    );
    expect(within(items[0]).getByText('Perpanjang atau buat adendum sebelum 6 Januari 2027.')).toBeTruthy();
    expect(within(items[0]).getByText('MPP · 7 Desember 2026 pukul 08.00')).toBeTruthy();
    expect(within(items[0]).getByText('Belum dibaca')).toBeTruthy();
    expect(within(items[2]).getByText('Sudah dibaca')).toBeTruthy();
    expect(within(items[2]).queryByRole('button', { name: /Tandai dibaca/ })).toBeNull();
    expect(screen.getByText('2 belum dibaca')).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Pengaturan email notifikasi' }).getAttribute('href')).toBe('/akun/notifikasi');
    expect(network.named('MyNotifications')[0].variables).toEqual({ first: 20, unreadOnly: false, after: null });
    await expectAccessible();
  });

  it('shows only the unread ones when filtered, and says so when none is left', async () => {
    const network = registry();
    await openPage(network);
    await userEvent.click(screen.getByRole('radio', { name: 'Belum dibaca' }));
    // The list of all is gone at once (the filter starts again from the first page), then the unread come.
    expect(screen.queryByText('Responden SKM belum cukup')).toBeNull();
    const list = await screen.findByRole('list', { name: 'Notifikasi' });
    expect(within(list).getAllByRole('listitem')).toHaveLength(2);
    expect(within(list).queryByText('Responden SKM belum cukup')).toBeNull();
    expect(network.named('MyNotifications').at(-1)?.variables).toEqual({ first: 20, unreadOnly: true, after: null });

    await userEvent.click(screen.getByRole('button', { name: 'Tandai semua dibaca' }));
    await screen.findByRole('link', { name: 'Notifikasi' });
    // Marked ones stay in view (read) until the filter is chosen again, so nothing jumps under the pointer.
    expect(within(list).getAllByText('Sudah dibaca')).toHaveLength(2);
    await userEvent.click(screen.getByRole('radio', { name: 'Semua' }));
    await userEvent.click(screen.getByRole('radio', { name: 'Belum dibaca' }));
    expect(await screen.findByRole('heading', { name: 'Tidak ada notifikasi yang belum dibaca.' })).toBeTruthy();
  });

  it('marks one read: the mutation gets its id, the row and the bell say so, and focus stays on that notification', async () => {
    const network = registry();
    const list = await openPage(network);
    const bell = await screen.findByRole('link', { name: 'Notifikasi, 2 belum dibaca' });
    await userEvent.click(within(list).getByRole('button', { name: 'Tandai dibaca: Tahap F-01 ditutup dalam 3 hari' }));
    expect(await within(list).findAllByText('Sudah dibaca')).toHaveLength(2);
    expect(network.named('MarkNotificationsRead').map((sent) => sent.variables)).toEqual([{ ids: [PHASE.id] }]);
    expect(await screen.findByRole('link', { name: 'Notifikasi, 1 belum dibaca' })).toBe(bell);
    expect(screen.getByText('1 belum dibaca')).toBeTruthy();
    expect(document.activeElement).toBe(within(list).getByRole('link', { name: 'Tahap F-01 ditutup dalam 3 hari' }));
  });

  it('marks every unread one read with "Tandai semua dibaca", also those not on the page', async () => {
    const network = registry({ pageSize: 1 });
    const list = await openPage(network);
    expect(within(list).getAllByRole('listitem')).toHaveLength(1);
    expect(screen.getByRole('button', { name: 'Muat lagi' })).toBeTruthy();
    await userEvent.click(screen.getByRole('button', { name: 'Tandai semua dibaca' }));
    expect(await within(list).findByText('Sudah dibaca')).toBeTruthy();
    expect(network.named('MarkNotificationsRead').map((sent) => sent.variables)).toEqual([{ ids: [AGREEMENT.id, PHASE.id] }]);
    expect(await screen.findByRole('link', { name: 'Notifikasi' })).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Tandai semua dibaca' })).toBeNull();
  });

  it('opening a notification marks it read and goes to its page inside the portal', async () => {
    const network = registry();
    const list = await openPage(network);
    await userEvent.click(within(list).getByRole('link', { name: 'PKS Samsat berakhir dalam 30 hari' }));
    expect(await screen.findByRole('heading', { name: 'Remote di /registry/mpp/pks' })).toBeTruthy();
    expect(network.named('MarkNotificationsRead').map((sent) => sent.variables)).toEqual([{ ids: [AGREEMENT.id] }]);
  });

  it('says why a notification could not be marked read', async () => {
    const network = graphqlNetwork({
      UnreadNotificationCount: () => unreadCount(2),
      MyNotifications: () => notificationsPage([AGREEMENT, PHASE], 2),
      MarkNotificationsRead: () => ({
        errors: [
          {
            message: 'Not your notification',
            extensions: { code: 'FORBIDDEN', messages: { id: 'Notifikasi ini bukan milik Anda.', en: 'This notification is not yours.' } },
          },
        ],
      }),
    });
    const list = await openPage(network);
    await userEvent.click(within(list).getByRole('button', { name: 'Tandai dibaca: PKS Samsat berakhir dalam 30 hari' }));
    const alert = await screen.findByRole('alert');
    expect(within(alert).getByText('Notifikasi tidak dapat ditandai dibaca')).toBeTruthy();
    expect(within(alert).getByText('Notifikasi ini bukan milik Anda.')).toBeTruthy();
    expect(within(list).getAllByText('Belum dibaca')).toHaveLength(2);
  });

  it('says so when there are none, and asks a signed-out visitor to sign in', async () => {
    const network = graphqlNetwork({ UnreadNotificationCount: () => unreadCount(0), MyNotifications: () => notificationsPage([], 0) });
    const { unmount } = renderPortal({ path: '/notifikasi', load, fetchImpl: network.fetchImpl });
    expect(await screen.findByRole('heading', { name: 'Belum ada notifikasi.' })).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Tandai semua dibaca' })).toBeNull();
    unmount();
    window.sessionStorage.clear();
    const signedOut = graphqlNetwork({});
    renderPortal({ path: '/notifikasi', load, fetchImpl: signedOut.fetchImpl });
    expect(await screen.findByText('Masuk untuk melihat notifikasi Anda.')).toBeTruthy();
    expect(signedOut.named('MyNotifications')).toHaveLength(0);
  });

  it('speaks English when switched', async () => {
    const list = await openPage(registry(), 'en');
    expect(within(list).getByRole('link', { name: 'The Samsat agreement ends in 30 days' })).toBeTruthy();
    expect(within(list).getByText('MPP · 7 December 2026 at 08:00')).toBeTruthy();
    expect(within(list).getByRole('button', { name: 'Mark as read: The F-01 phase closes in 3 days' })).toBeTruthy();
    expect(screen.getByRole('radio', { name: 'Unread' })).toBeTruthy();
    expectNoInternalCodes();
  });
});
