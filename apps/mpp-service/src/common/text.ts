import { badUserInput } from '@simpul/service-kit';

/** Trimmed non-empty text, or BAD_USER_INPUT on `field`. */
export function requiredText(value: string, field: string): string {
  const text = value.trim();
  if (!text) throw badUserInput(field, `${field} must not be empty.`, `${field} wajib diisi.`);
  return text;
}

export function optionalText(value: string | null | undefined): string | null {
  return value?.trim() || null;
}
