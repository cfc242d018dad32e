import { formatDateTime, useFormat, useLanguage } from '@simpul/web-kit';
import { useMemo } from 'react';
import { calendarDate } from './dates';

/** Numbers, calendar dates (YYYY-MM-DD), date-times and shares in the page's language: 4,02 · 23 November 2026 · 85 %. */
export function useMppFormat() {
  const format = useFormat();
  const [language] = useLanguage();
  return useMemo(
    () => ({
      number: format.number,
      day: (iso: string) => format.date(calendarDate(iso)),
      dateTime: (value: string) => formatDateTime(value, language),
      percent: (share: number) => `${format.number(Math.round(share * 100))}%`,
    }),
    [format, language],
  );
}
