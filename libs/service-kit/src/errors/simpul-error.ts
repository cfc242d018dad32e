import { IntrinsicException } from '@nestjs/common';
import type { ErrorCode, ErrorExtensions, LocalizedMessage } from '@simpul/contracts';

/**
 * The one exception every Simpul service throws on purpose. The GraphQL error formatter turns it
 * into `extensions { code, field, messages { id, en } }` with the English text as `message`.
 * It is an IntrinsicException so Nest does not log it as a crash: it is an expected answer.
 */
export class SimpulError extends IntrinsicException {
  constructor(
    readonly code: ErrorCode,
    readonly messages: LocalizedMessage,
    readonly field?: string,
    /** Further extensions beside code, field and messages (e.g. retryAfterSeconds). */
    readonly extra: Partial<ErrorExtensions> = {},
  ) {
    super(messages.en);
    this.name = 'SimpulError';
  }

  get extensions(): ErrorExtensions {
    return { ...this.extra, code: this.code, ...(this.field ? { field: this.field } : {}), messages: this.messages };
  }
}

export function badUserInput(field: string, en: string, id: string): SimpulError {
  return new SimpulError('BAD_USER_INPUT', { en, id }, field);
}

export function notFound(en: string, id: string, field?: string): SimpulError {
  return new SimpulError('NOT_FOUND', { en, id }, field);
}

export function forbidden(en = 'You are not allowed to do this.', id = 'Anda tidak berwenang melakukan tindakan ini.'): SimpulError {
  return new SimpulError('FORBIDDEN', { en, id });
}

export function unauthenticated(en = 'Sign in first.', id = 'Silakan masuk terlebih dahulu.'): SimpulError {
  return new SimpulError('UNAUTHENTICATED', { en, id });
}

/** RATE_LIMITED with the wait in `extensions.retryAfterSeconds`. */
export function rateLimited(retryAfterSeconds: number, en: string, id: string): SimpulError {
  return new SimpulError('RATE_LIMITED', { en, id }, undefined, { retryAfterSeconds });
}
