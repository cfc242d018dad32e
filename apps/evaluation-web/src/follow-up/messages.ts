import { registerMessages } from '@simpul/web-kit';

/** Texts of follow-up plans (Rencana Tindak Lanjut): the desk's draft, the review, closing actions, progress. */
export const FOLLOW_UP = 'evaluation-follow-up';

/** The link and the rapor's summary; the follow-up pages register the rest with them (./page-messages.ts, issue #17). */
export const FOLLOW_UP_MESSAGES_ID: Record<string, string> = {
  link: 'Rencana tindak lanjut',
  'action.status.PLANNED': 'Direncanakan',
  'action.status.IN_PROGRESS': 'Sedang berjalan',
  'action.status.DONE': 'Selesai',
  'action.status.DROPPED': 'Dibatalkan',
  'actions.title': 'Aksi',
  'col.status': 'Status',
  'list.title': 'Rencana tindak lanjut',
  'f01.title': 'Tindak lanjut yang sudah selesai',
  'f01.item': '{title} (rencana atas hasil {year}, selesai {date})',
  'rapor.title': 'Kemajuan rencana tindak lanjut',
  'rapor.none': 'Belum ada rencana tindak lanjut yang diterima untuk hasil ini.',
  'rapor.caption': 'Aksi rencana tindak lanjut per status',
  'rapor.percent': '{percent} aksi selesai (aksi yang dibatalkan tidak dihitung).',
};

// English is a chunk of its own, fetched only when English is shown (issue #17).
registerMessages(FOLLOW_UP, {
  id: FOLLOW_UP_MESSAGES_ID,
  en: () => import('./messages.en').then((module) => module.FOLLOW_UP_MESSAGES_EN),
});
