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

export const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** A well-formed id, or NOT_FOUND-worthy garbage refused early as BAD_USER_INPUT. */
export function requireUuid(value: string, field: string): string {
  if (!UUID.test(value)) throw badUserInput(field, `${field} is not a valid id.`, `${field} bukan ID yang valid.`);
  return value.toLowerCase();
}
