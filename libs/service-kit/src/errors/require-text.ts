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
  requireLength(text, field, options);
  return text;
}

/**
 * The trimmed text, or null when it is empty. Given a field and `maxLength`, longer text is
 * BAD_USER_INPUT on the field, in the same words as requireText.
 */
export function optionalText(value: string | null | undefined): string | null;
export function optionalText(value: string | null | undefined, field: string, options: RequireTextOptions): string | null;
export function optionalText(value: string | null | undefined, field?: string, options: RequireTextOptions = {}): string | null {
  const text = value?.trim() ?? '';
  if (field !== undefined) requireLength(text, field, options);
  return text || null;
}

function requireLength(text: string, field: string, { maxLength }: RequireTextOptions): void {
  if (maxLength !== undefined && text.length > maxLength) {
    throw badUserInput(
      field,
      `Write at most ${maxLength} characters (this is ${text.length}).`,
      `Tulis paling banyak ${maxLength} karakter (ini ${text.length}).`,
    );
  }
}
