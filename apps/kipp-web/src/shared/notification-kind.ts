import type { Translate } from '@simpul/web-kit';

/** Every kind of news the KIPP service sends a desk. */
export const NOTIFICATION_KINDS = [
  'RETURNED',
  'ADMIN_PASSED',
  'ADMIN_FAILED',
  'TOP99',
  'OBJECTION_FILED',
  'OBJECTION_REJECTED',
  'DISQUALIFIED',
  'TOP45',
  'NOT_TOP45',
] as const;

/** A notification kind in words; a kind this remote does not know yet reads as a plain notice, never as its code. */
export function notificationLabel(kind: string, t: Translate): string {
  return (NOTIFICATION_KINDS as readonly string[]).includes(kind) ? t(`notification.${kind}`) : t('notification.other');
}
