import { badUserInput } from './simpul-error';

/** The trimmed text, or BAD_USER_INPUT on `field` with the given words when it is empty. */
export function requireText(value: string | null | undefined, field: string, en: string, id: string): string {
  const text = (value ?? '').trim();
  if (!text) throw badUserInput(field, en, id);
  return text;
}
