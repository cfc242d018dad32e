import { badUserInput } from '@simpul/service-kit';

export type MailLanguage = 'id' | 'en';

/** `id` (default) or `en`; anything else is BAD_USER_INPUT on `field`. */
export function mailLanguage(value: string | null | undefined, field: string): MailLanguage {
  const language = value?.trim().toLowerCase() || 'id';
  if (language !== 'id' && language !== 'en') {
    throw badUserInput(field, 'The e-mail language must be "id" or "en".', 'Bahasa surel harus "id" atau "en".');
  }
  return language;
}
