import type { MyNotificationsQuery } from '../__generated__/operations';
import { reply } from '../testing/reply';

export type NotificationNode = MyNotificationsQuery['myNotifications']['edges'][number]['node'];

export const AGREEMENT: NotificationNode = {
  id: '0b6f8d52-1f0e-4a8b-9a57-6c1b8b7c0001',
  kind: 'AGREEMENT_ENDING',
  module: 'MPP',
  title: { id: 'PKS Samsat berakhir dalam 30 hari', en: 'The Samsat agreement ends in 30 days' },
  body: { id: 'Perpanjang atau buat adendum sebelum 6 Januari 2027.', en: 'Renew it or add an addendum before 6 January 2027.' },
  url: '/registry/mpp/pks',
  createdAt: '2026-12-07T01:00:00.000Z',
  readAt: null,
};
export const PHASE: NotificationNode = {
  id: '0b6f8d52-1f0e-4a8b-9a57-6c1b8b7c0002',
  kind: 'PHASE_DEADLINE',
  module: 'PEKPPP',
  title: { id: 'Tahap F-01 ditutup dalam 3 hari', en: 'The F-01 phase closes in 3 days' },
  body: { id: 'Lengkapi klaim dan bukti F-01 Anda.', en: 'Complete your F-01 claims and evidence.' },
  url: '/registry/f01',
  createdAt: '2026-12-06T01:00:00.000Z',
  readAt: null,
};
export const OLD: NotificationNode = {
  id: '0b6f8d52-1f0e-4a8b-9a57-6c1b8b7c0003',
  kind: 'SKM_SAMPLE_SHORT',
  module: 'SKM',
  title: { id: 'Responden SKM belum cukup', en: 'The SKM survey is short of respondents' },
  body: { id: 'Kurang 96 responden.', en: '96 respondents short.' },
  url: '/registry/skm',
  createdAt: '2026-12-01T01:00:00.000Z',
  readAt: '2026-12-02T01:00:00.000Z',
};

export function notificationsPage(nodes: NotificationNode[], unreadCount: number, endCursor: string | null = null) {
  return reply('MyNotifications', {
    myNotifications: {
      totalCount: nodes.length,
      unreadCount,
      pageInfo: { hasNextPage: Boolean(endCursor), endCursor },
      edges: nodes.map((node) => ({ cursor: `n-${node.id}`, node })),
    },
  });
}

export const unreadCount = (count: number) => reply('UnreadNotificationCount', { myNotifications: { unreadCount: count } });
