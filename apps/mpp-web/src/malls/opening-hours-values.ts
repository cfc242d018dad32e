import type { ClientError, Translate } from '@simpul/web-kit';
import { WEEKDAYS, type Weekday } from '../shared/enums';
import type { OpeningHours } from './mall.operations';

export type HoursRow = { weekday: Weekday; open: boolean; opensAt: string; closesAt: string };

export const hoursFieldId = (weekday: Weekday, part: 'opensAt' | 'closesAt') => `hours-${weekday}-${part}`;

/** The week as seven editable rows; a day without hours is closed. */
export function hoursRows(hours: OpeningHours[]): HoursRow[] {
  return WEEKDAYS.map((weekday) => {
    const slot = hours.find((h) => h.weekday === weekday);
    return slot
      ? { weekday, open: true, opensAt: slot.opensAt, closesAt: slot.closesAt }
      : { weekday, open: false, opensAt: '08:00', closesAt: '15:00' };
  });
}

const TIME = /^([01]\d|2[0-3]):[0-5]\d$/;

/** The open days as the mutation wants them, or an error per field (keyed by its input id). */
export function hoursInput(rows: HoursRow[], t: Translate): { hours: OpeningHours[] } | { errors: Record<string, string> } {
  const errors: Record<string, string> = {};
  for (const row of rows.filter((r) => r.open)) {
    const day = t(`weekday.${row.weekday}`);
    if (!TIME.test(row.opensAt)) errors[hoursFieldId(row.weekday, 'opensAt')] = t('hours.invalidTime', { day });
    if (!TIME.test(row.closesAt)) errors[hoursFieldId(row.weekday, 'closesAt')] = t('hours.invalidTime', { day });
    else if (TIME.test(row.opensAt) && row.opensAt >= row.closesAt)
      errors[hoursFieldId(row.weekday, 'closesAt')] = t('hours.closesAfterOpens', { day });
  }
  if (Object.keys(errors).length) return { errors };
  return { hours: rows.filter((r) => r.open).map(({ weekday, opensAt, closesAt }) => ({ weekday, opensAt, closesAt })) };
}

/**
 * The input id for a server error about the hours sent (`openingHours.2.closesAt`, index into the
 * open days only), so the message lands on that day's time input; null for anything else.
 */
export function hoursFieldOfServerPath(path: string | null, sent: OpeningHours[]): string | null {
  const match = /(?:^|\.)(?:hours|openingHours)\.(\d+)\.(opensAt|closesAt|weekday)$/.exec(path ?? '');
  const entry = match ? sent[Number(match[1])] : undefined;
  if (!match || !entry) return null;
  return hoursFieldId(entry.weekday, match[2] === 'opensAt' ? 'opensAt' : 'closesAt');
}

/** Server errors about the hours on their time inputs; the rest in the summary only. */
export function hoursServerErrors(
  errors: ClientError[],
  sent: OpeningHours[],
): { fields: Record<string, string>; summary: { fieldId?: string; message: string }[] } {
  const fields: Record<string, string> = {};
  const summary = errors.map((error) => {
    const fieldId = hoursFieldOfServerPath(error.field, sent);
    if (!fieldId) return { message: error.message };
    fields[fieldId] ??= error.message;
    return { fieldId, message: error.message };
  });
  return { fields, summary };
}
