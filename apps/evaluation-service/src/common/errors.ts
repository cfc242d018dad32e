import { isScoringInputError } from '@simpul/scoring';
import { badUserInput, notFound, type SimpulError } from '@simpul/service-kit';

export function lokusNotFound(): SimpulError {
  return notFound('This lokus does not exist or is not visible to you.', 'Lokus ini tidak ada atau tidak dapat Anda lihat.', 'lokusId');
}

export function cycleNotFound(): SimpulError {
  return notFound('This evaluation cycle does not exist.', 'Siklus evaluasi ini tidak ada.', 'cycleId');
}

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

export function requireText(value: string | null | undefined, field: string, en: string, id: string): string {
  const text = (value ?? '').trim();
  if (!text) throw badUserInput(field, en, id);
  return text;
}

export function requireLevel(level: number, field: string): number {
  if (!Number.isInteger(level) || level < 0 || level > 5) {
    throw badUserInput(field, `The level must be a whole number from 0 to 5, not ${level}.`, `Nilai harus bilangan bulat 0 sampai 5, bukan ${level}.`);
  }
  return level;
}
