import { Alert } from '@mantine/core';
import { formatDateTime, useLanguage, useT } from '@simpul/web-kit';
import { F01 } from '../f01-messages';
import type { F01Receipt, F01SendRecord } from './f01-submission.operations';
import { readableAlert } from './readable-alert';

/** The lock, said where the desk works: who sent F-01 and when, and whom to ask to reopen it. */
export function F01LockedNotice({ receipt }: { receipt: F01Receipt }) {
  const t = useT(F01);
  const [language] = useLanguage();
  return (
    <Alert {...readableAlert('blue')} title={t('locked.title')}>
      {t('locked.body', {
        name: receipt.submittedByName ?? t('receipt.unknownSender'),
        date: formatDateTime(receipt.submittedAt, language),
      })}
    </Alert>
  );
}

/** After a reopen: who reopened F-01, when and why (the reason the admin recorded). */
export function F01ReopenedNotice({ record }: { record: F01SendRecord }) {
  const t = useT(F01);
  const [language] = useLanguage();
  if (!record.reopenedAt) return null;
  return (
    <Alert {...readableAlert('orange')} title={t('reopened.title')}>
      {t('reopened.body', {
        name: record.reopenedByName ?? t('receipt.unknownSender'),
        date: formatDateTime(record.reopenedAt, language),
        reason: record.reopenReason ?? '',
      })}
    </Alert>
  );
}
