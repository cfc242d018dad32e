import { isScoringInputError } from '@simpul/scoring';
import { badUserInput } from '@simpul/service-kit';

/** Runs scoring code and turns its ScoringInputError into a BAD_USER_INPUT on `prefix.field`. */
export function scoring<T>(work: () => T, prefix?: string): T {
  try {
    return work();
  } catch (error) {
    if (isScoringInputError(error)) {
      throw badUserInput(prefix ? `${prefix}.${error.field}` : error.field, error.messages.en, error.messages.id);
    }
    throw error;
  }
}

/** An indicator level of the PEKPPP instruments: a whole number 0–5, or BAD_USER_INPUT on `field`. */
export function requireLevel(level: number, field: string): number {
  if (!Number.isInteger(level) || level < 0 || level > 5) {
    throw badUserInput(
      field,
      `The level must be a whole number from 0 to 5, not ${level}.`,
      `Nilai harus bilangan bulat 0 sampai 5, bukan ${level}.`,
    );
  }
  return level;
}
