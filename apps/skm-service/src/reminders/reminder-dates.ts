import type { BilingualText } from '@simpul/contracts';

const LONG_DATE = {
  id: new Intl.DateTimeFormat('id-ID', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }),
  en: new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }),
};

/** "30 Juni 2026" / "30 June 2026" for a YYYY-MM-DD calendar day. */
export function longDate(date: string): BilingualText {
  const day = new Date(`${date}T00:00:00Z`);
  return { id: LONG_DATE.id.format(day), en: LONG_DATE.en.format(day) };
}

/** "29 hari lagi" / "in 29 days" from `today` to `date` (both YYYY-MM-DD, the later not before the earlier). */
export function daysUntil(today: string, date: string): BilingualText {
  const days = Math.round((Date.parse(`${date}T00:00:00Z`) - Date.parse(`${today}T00:00:00Z`)) / 86_400_000);
  if (days === 0) return { id: 'hari ini', en: 'today' };
  return { id: `${days} hari lagi`, en: `in ${days} day${days === 1 ? '' : 's'}` };
}
