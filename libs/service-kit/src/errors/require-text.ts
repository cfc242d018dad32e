import { badUserInput } from './simpul-error';

export interface RequireTextOptions {
  /** Longest text accepted, in characters after trimming; longer is BAD_USER_INPUT on the field. */
  maxLength?: number;
}

/**
 * The trimmed text, or BAD_USER_INPUT on `field`: with the given words when it is empty, and saying
 * the limit when it is longer than `maxLength`.
 */
export function requireText(
  value: string | null | undefined,
  field: string,
  en: string,
  id: string,
  options: RequireTextOptions = {},
): string {
  const text = (value ?? '').trim();
  if (!text) throw badUserInput(field, en, id);
  const { maxLength } = options;
  if (maxLength !== undefined && text.length > maxLength) {
    throw badUserInput(
      field,
      `Write at most ${maxLength} characters (this is ${text.length}).`,
      `Tulis paling banyak ${maxLength} karakter (ini ${text.length}).`,
    );
  }
  return text;
}
