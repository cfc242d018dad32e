import { formatDate, formatDateTime, type Language } from '@simpul/web-kit';

/** `serviceUnitId`, `service_unit_id` and `SERVICE_UNIT_ID` name the same field. */
export function fieldKey(field: string): string {
  return field.replace(/([a-z0-9])([A-Z])/g, '$1_$2').toLowerCase();
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const ISO_DATE_TIME = /^\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}(:?\d{2})?)?$/;
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
const SCREAMING = /^[A-Z][A-Z0-9]*(_[A-Z0-9]+)+$|^[A-Z]{2,}$/;

/**
 * A recorded value as people read it, or null when it is not for people (an id, a JSON document,
 * an enum code the caller did not name): the panel then says only that it changed.
 */
export function defaultHistoryValue(value: string, language: Language, words: { yes: string; no: string }): string | null {
  if (value === 'true' || value === 't') return words.yes;
  if (value === 'false' || value === 'f') return words.no;
  if (UUID.test(value)) return null;
  if (/^[[{]/.test(value.trim())) return null;
  if (ISO_DATE_TIME.test(value) && !Number.isNaN(Date.parse(value))) return formatDateTime(value, language);
  // A calendar date (a survey period) is the same day everywhere: read at noon in Jakarta.
  if (ISO_DATE.test(value) && !Number.isNaN(Date.parse(value))) return formatDate(`${value}T12:00:00+07:00`, language);
  if (SCREAMING.test(value)) return null;
  return value;
}
