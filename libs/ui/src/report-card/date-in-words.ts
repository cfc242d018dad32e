import type { Language } from '@simpul/web-kit';

/** Month names as official letters write them; a table, not Intl, so a browser's locale data cannot change a printed date. */
const MONTHS: Record<Language, readonly string[]> = {
  id: ['Januari', 'Februari', 'Maret', 'April', 'Mei', 'Juni', 'Juli', 'Agustus', 'September', 'Oktober', 'November', 'Desember'],
  en: ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'],
};

const DAY_ONLY = /^(\d{4})-(\d{2})-(\d{2})$/;

/** The calendar day a moment falls on in the given zone (Indonesian western time by default, so 23:30 UTC is already tomorrow). */
export function calendarDay(value: Date | string, timeZone = 'Asia/Jakarta'): { year: number; month: number; day: number } {
  // A bare date ("2026-12-07") is a calendar day already: no zone may shift it.
  const bare = typeof value === 'string' ? DAY_ONLY.exec(value) : null;
  if (bare) return { year: Number(bare[1]), month: Number(bare[2]), day: Number(bare[3]) };
  const date = typeof value === 'string' ? new Date(value) : value;
  if (Number.isNaN(date.getTime())) throw new RangeError(`Not a date: ${String(value)}`);
  const parts = new Intl.DateTimeFormat('en-US', { timeZone, year: 'numeric', month: 'numeric', day: 'numeric' }).formatToParts(date);
  const part = (type: Intl.DateTimeFormatPartTypes) => Number(parts.find((p) => p.type === type)?.value);
  return { year: part('year'), month: part('month'), day: part('day') };
}

/** "7 Desember 2026" (or "7 December 2026"): the date as a letter or report writes it, day without a leading zero. */
export function dateInWords(value: Date | string, language: Language, timeZone = 'Asia/Jakarta'): string {
  const { year, month, day } = calendarDay(value, timeZone);
  return `${day} ${MONTHS[language][month - 1]} ${year}`;
}

/** "Banjarmasin, 7 Desember 2026": the place and date line above a signature. */
export function placeAndDate(place: string, value: Date | string, language: Language, timeZone = 'Asia/Jakarta'): string {
  const date = dateInWords(value, language, timeZone);
  return place.trim() ? `${place.trim()}, ${date}` : date;
}
