import { QueryFailedError } from 'typeorm';
import { SimpulError } from './simpul-error';

/** A state clash: the row changed under the caller, or its state forbids the action. */
export function conflict(en: string, id: string, field?: string): SimpulError {
  return new SimpulError('CONFLICT', { en, id }, field);
}

/** The PostgreSQL constraint a failed statement violated, when it was a unique violation. */
export function uniqueViolation(error: unknown): string | null {
  if (!(error instanceof QueryFailedError)) return null;
  const driver = error.driverError as { code?: string; constraint?: string };
  return driver.code === '23505' ? (driver.constraint ?? 'unique') : null;
}

/** Maps a unique violation to CONFLICT (other errors pass through unchanged). */
export async function conflictOnUnique<T>(
  work: () => Promise<T>,
  messages: Record<string, { en: string; id: string; field?: string }>,
): Promise<T> {
  try {
    return await work();
  } catch (error) {
    const constraint = uniqueViolation(error);
    if (constraint === null) throw error;
    const message = messages[constraint] ?? { en: 'This record already exists.', id: 'Data ini sudah ada.' };
    throw conflict(message.en, message.id, message.field);
  }
}
