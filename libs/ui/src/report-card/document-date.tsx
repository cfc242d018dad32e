import { useLanguage } from '@simpul/web-kit';
import { dateInWords } from './date-in-words';

/** A date written out ("7 Desember 2026"), with the machine-readable day for assistive technology and search. */
export function DocumentDate({ value, timeZone }: { value: Date | string; timeZone?: string }) {
  const [language] = useLanguage();
  const date = typeof value === 'string' ? new Date(value) : value;
  const iso = typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value) ? value : date.toISOString();
  return <time dateTime={iso}>{dateInWords(value, language, timeZone)}</time>;
}
