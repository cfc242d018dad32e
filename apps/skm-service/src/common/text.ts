import { badUserInput, requireUuid } from '@simpul/service-kit';

export function optionalUuid(value: string | null | undefined, field: string): string | null {
  return value ? requireUuid(value, field) : null;
}

const TIME = /^([01]\d|2[0-3]):[0-5]\d$/;

export function optionalTime(value: string | null | undefined, field: string): string | null {
  if (value === null || value === undefined || value === '') return null;
  if (!TIME.test(value))
    throw badUserInput(field, `${field} must be a time written HH:MM.`, `${field} harus berupa jam dengan format HH:MM.`);
  return value;
}
