import { LOCALES, type Language } from '@simpul/web-kit';

/** "10.42" / "10:42": the time of day a claim was saved, in Jakarta time like every date on the page. */
export function saveTime(value: string, language: Language): string {
  return new Intl.DateTimeFormat(LOCALES[language], {
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
    timeZone: 'Asia/Jakarta',
  }).format(new Date(value));
}
