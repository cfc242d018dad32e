import type { Translate } from '@simpul/web-kit';
import { isIsoDate } from '../shared/dates';
import type { RecordDeskDayInput } from './visit.operations';

export interface DeskDayValues {
  deskId: string;
  date: string;
  visitors: string;
  complaints: string;
}

const WHOLE = /^\d+$/;

/** One desk-day as typed: a desk, a real date not in the future, whole numbers. */
export function validateDeskDay(
  values: DeskDayValues,
  today: string,
  t: Translate,
): { input: RecordDeskDayInput } | { errors: Record<string, string> } {
  const errors: Record<string, string> = {};
  if (!values.deskId) errors['deskId'] = t('assign.chooseDesk');
  if (!values.date) errors['date'] = t('form.dateRequired');
  else if (!isIsoDate(values.date)) errors['date'] = t('form.dateInvalid');
  else if (values.date > today) errors['date'] = t('visits.future');
  if (!WHOLE.test(values.visitors.trim())) errors['visitors'] = t('visits.wholeNumber');
  const complaints = values.complaints.trim() === '' ? '0' : values.complaints.trim();
  if (!WHOLE.test(complaints)) errors['complaints'] = t('visits.wholeNumber');
  if (Object.keys(errors).length) return { errors };
  return { input: { deskId: values.deskId, date: values.date, visitors: Number(values.visitors.trim()), complaints: Number(complaints) } };
}

/** Data rows in a CSV text (the header and blank lines not counted), for the progress message. */
export function countCsvRows(csv: string): number {
  return Math.max(0, csv.split(/\r?\n/).filter((line) => line.trim() !== '').length - 1);
}
