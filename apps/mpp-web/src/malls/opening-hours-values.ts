import type { Translate } from '@simpul/web-kit';
import { WEEKDAYS, type Weekday } from '../shared/enums';
import type { OpeningHours } from './mall.operations';

export type HoursRow = { weekday: Weekday; open: boolean; opensAt: string; closesAt: string };

export const hoursFieldId = (weekday: Weekday, part: 'opensAt' | 'closesAt') => `hours-${weekday}-${part}`;

/** The week as seven editable rows; a day without hours is closed. */
export function hoursRows(hours: OpeningHours[]): HoursRow[] {
  return WEEKDAYS.map((weekday) => {
    const slot = hours.find((h) => h.weekday === weekday);
    return slot ? { weekday, open: true, opensAt: slot.opensAt, closesAt: slot.closesAt } : { weekday, open: false, opensAt: '08:00', closesAt: '15:00' };
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
    else if (TIME.test(row.opensAt) && row.opensAt >= row.closesAt) errors[hoursFieldId(row.weekday, 'closesAt')] = t('hours.closesAfterOpens', { day });
  }
  if (Object.keys(errors).length) return { errors };
  return { hours: rows.filter((r) => r.open).map(({ weekday, opensAt, closesAt }) => ({ weekday, opensAt, closesAt })) };
}
