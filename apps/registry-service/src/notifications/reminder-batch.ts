import { isNotificationKind, type BilingualText, type ReminderAudience, type ReminderRequest } from '@simpul/contracts';
import { badUserInput, isUuid, TaskModule } from '@simpul/service-kit';

/** A scan sends at most this many reminders in one request (the client splits larger batches). */
export const MAX_REMINDERS_PER_BATCH = 500;

const MODULES = new Set<string>(Object.values(TaskModule));

type Json = Record<string, unknown>;

function isObject(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function text(value: unknown, field: string, max: number): string {
  if (typeof value !== 'string' || !value.trim() || value.length > max)
    throw badUserInput(
      field,
      `${field} must be a non-empty text of at most ${max} characters.`,
      `${field} wajib berupa teks 1–${max} karakter.`,
    );
  return value.trim();
}

function bilingual(value: unknown, field: string, max: number): BilingualText {
  if (!isObject(value)) throw badUserInput(field, `${field} must be { id, en }.`, `${field} harus berupa { id, en }.`);
  return { id: text(value.id, `${field}.id`, max), en: text(value.en, `${field}.en`, max) };
}

function uuids(value: unknown, field: string): string[] | undefined {
  if (value === undefined || value === null) return undefined;
  if (!Array.isArray(value) || !value.every((id) => typeof id === 'string' && isUuid(id)))
    throw badUserInput(field, `${field} must be a list of ids.`, `${field} harus berupa daftar id.`);
  return value;
}

function audience(value: unknown, field: string): ReminderAudience {
  if (!isObject(value)) throw badUserInput(field, `${field} must be an object.`, `${field} harus berupa objek.`);
  return {
    userIds: uuids(value.userIds, `${field}.userIds`),
    serviceUnitIds: uuids(value.serviceUnitIds, `${field}.serviceUnitIds`),
    mallIds: uuids(value.mallIds, `${field}.mallIds`),
    nationalAdmins: value.nationalAdmins === true,
  };
}

function reminder(value: unknown, field: string): ReminderRequest {
  if (!isObject(value)) throw badUserInput(field, `${field} must be an object.`, `${field} harus berupa objek.`);
  if (!isNotificationKind(value.kind)) throw badUserInput(`${field}.kind`, 'Unknown notification kind.', 'Jenis pengingat tidak dikenal.');
  if (typeof value.module !== 'string' || !MODULES.has(value.module))
    throw badUserInput(`${field}.module`, 'Unknown portal module.', 'Modul portal tidak dikenal.');
  const url = text(value.url, `${field}.url`, 500);
  if (!url.startsWith('/') || url.startsWith('//'))
    throw badUserInput(`${field}.url`, 'The url must be a portal path such as /mpp/….', 'url harus berupa alamat portal seperti /mpp/….');
  return {
    kind: value.kind,
    occasion: text(value.occasion, `${field}.occasion`, 200),
    module: value.module as ReminderRequest['module'],
    audience: audience(value.audience, `${field}.audience`),
    title: bilingual(value.title, `${field}.title`, 300),
    body: bilingual(value.body, `${field}.body`, 2000),
    url,
  };
}

/** The reminders of a POST /internal/notifications body, or BAD_USER_INPUT naming the first wrong field. */
export function readReminderBatch(body: unknown): ReminderRequest[] {
  if (!isObject(body) || !Array.isArray(body.reminders))
    throw badUserInput('reminders', 'The body must be { reminders: [...] }.', 'Isi permintaan harus { reminders: [...] }.');
  if (body.reminders.length > MAX_REMINDERS_PER_BATCH)
    throw badUserInput(
      'reminders',
      `At most ${MAX_REMINDERS_PER_BATCH} reminders per request.`,
      `Paling banyak ${MAX_REMINDERS_PER_BATCH} pengingat per permintaan.`,
    );
  return body.reminders.map((item, index) => reminder(item, `reminders[${index}]`));
}
