import { badUserInput } from './errors/simpul-error';
import { isUuid } from './uuid';

/** A well-formed id, lower-cased, or BAD_USER_INPUT on `field`: garbage is refused before it reaches a `uuid` column. */
export function requireUuid(value: string, field: string): string {
  if (!isUuid(value)) throw badUserInput(field, `${field} is not a valid id.`, `${field} bukan ID yang valid.`);
  return value.toLowerCase();
}
