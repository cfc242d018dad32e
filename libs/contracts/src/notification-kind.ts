/**
 * The kinds of reminder a service sends to the registry (issue #14 §4). A person can turn the e-mail
 * of each kind off; the notification in the portal stays.
 */
export const NOTIFICATION_KINDS = [
  'PHASE_DEADLINE',
  'KIPP_DRAFT_DEADLINE',
  'AGREEMENT_ENDING',
  'SKM_SAMPLE_SHORT',
  'FOLLOW_UP_OVERDUE',
] as const;
export type NotificationKind = (typeof NOTIFICATION_KINDS)[number];

export function isNotificationKind(value: unknown): value is NotificationKind {
  return typeof value === 'string' && (NOTIFICATION_KINDS as readonly string[]).includes(value);
}

/** Text in Bahasa Indonesia and English (the shape of GraphQL's BilingualText). */
export interface BilingualText {
  id: string;
  en: string;
}

/** What each kind is called on the settings page and in e-mails. */
export const NOTIFICATION_KIND_LABELS: Record<NotificationKind, BilingualText> = {
  PHASE_DEADLINE: { id: 'Tenggat tahap evaluasi', en: 'Evaluation phase deadlines' },
  KIPP_DRAFT_DEADLINE: { id: 'Draf KIPP yang belum dikirim', en: 'KIPP drafts not yet submitted' },
  AGREEMENT_ENDING: { id: 'PKS yang akan berakhir', en: 'Agreements (PKS) ending soon' },
  SKM_SAMPLE_SHORT: { id: 'Sampel SKM yang belum cukup', en: 'SKM surveys short of their sample' },
  FOLLOW_UP_OVERDUE: { id: 'Tindak lanjut lewat tenggat', en: 'Follow-ups past their due date' },
};

/** The portal module a reminder belongs to (the same values as service-kit's TaskModule). */
export type NotificationModule = 'PEKPPP' | 'KIPP' | 'MPP' | 'SKM' | 'REGISTRY';

/**
 * Who a reminder goes to; the registry resolves the active people. Several parts add up (a person
 * in two parts gets it once).
 */
export interface ReminderAudience {
  userIds?: string[];
  /** The UNIT_DESK people bound to these service units. */
  serviceUnitIds?: string[];
  /** The MPP_OPERATOR people bound to these malls. */
  mallIds?: string[];
  /** Every NATIONAL_ADMIN. */
  nationalAdmins?: boolean;
}

/** One reminder, as a service sends it to the registry's POST /internal/notifications. */
export interface ReminderRequest {
  kind: NotificationKind;
  /**
   * Stable key of the occasion, with the threshold crossed, e.g. `agreement:<id>:30`: each person
   * gets one notification per occasion however often (and by how many replicas) it is sent.
   */
  occasion: string;
  module: NotificationModule;
  audience: ReminderAudience;
  title: BilingualText;
  body: BilingualText;
  /** The portal path that opens the matter, e.g. `/mpp/tenancies/<id>/agreement`. */
  url: string;
}

/** The body of POST /internal/notifications. */
export interface ReminderBatch {
  reminders: ReminderRequest[];
}

/** What the registry answers: how many notifications and e-mails the batch added (0 when all were sent before). */
export interface ReminderBatchResult {
  notifications: number;
  emails: number;
}
