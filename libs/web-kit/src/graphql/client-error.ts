import { ERROR_CODES, type ErrorCode, type LocalizedMessage } from '@simpul/contracts';
import type { Language } from '../i18n/language';

/** One error as the UI uses it: what kind, which field, and a sentence in the current language. */
export interface ClientError {
  code: ErrorCode;
  /** Dotted input path (`input.name`), or null when the error is not about one field. */
  field: string | null;
  message: string;
  messages: LocalizedMessage | null;
  /** With RATE_LIMITED: how many seconds to wait before trying again. */
  retryAfterSeconds?: number;
}

const FALLBACK: Record<'network' | 'unknown', LocalizedMessage> = {
  network: {
    id: 'Server tidak dapat dihubungi. Periksa sambungan Anda lalu coba lagi.',
    en: 'The server could not be reached. Check your connection and try again.',
  },
  unknown: { id: 'Terjadi kesalahan pada server. Coba lagi nanti.', en: 'Something went wrong on the server. Try again later.' },
};

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}

function isErrorCode(value: unknown): value is ErrorCode {
  return typeof value === 'string' && (ERROR_CODES as readonly string[]).includes(value);
}

function localized(value: unknown): LocalizedMessage | null {
  if (isRecord(value) && typeof value['id'] === 'string' && typeof value['en'] === 'string') return { id: value['id'], en: value['en'] };
  return null;
}

/** Turns the `errors` array of a GraphQL response into ClientErrors; anything malformed becomes one generic error. */
export function parseGraphQLErrors(errors: unknown, language: Language): ClientError[] {
  if (!Array.isArray(errors) || errors.length === 0) return [unknownError(language)];
  return errors.map((raw): ClientError => {
    const error = isRecord(raw) ? raw : {};
    const extensions = isRecord(error['extensions']) ? error['extensions'] : {};
    const code = isErrorCode(extensions['code']) ? extensions['code'] : 'INTERNAL_SERVER_ERROR';
    const messages = localized(extensions['messages']);
    const field = typeof extensions['field'] === 'string' && extensions['field'] !== '' ? extensions['field'] : null;
    const english = typeof error['message'] === 'string' ? error['message'] : FALLBACK.unknown.en;
    // Internal errors never show the server's text: it may be a stack detail, not a sentence for people.
    const message = messages ? messages[language] : code === 'INTERNAL_SERVER_ERROR' ? FALLBACK.unknown[language] : english;
    const retryAfter = extensions['retryAfterSeconds'];
    return {
      code,
      field,
      message,
      messages,
      ...(typeof retryAfter === 'number' && retryAfter >= 0 ? { retryAfterSeconds: retryAfter } : {}),
    };
  });
}

export function networkError(language: Language): ClientError {
  return { code: 'INTERNAL_SERVER_ERROR', field: null, message: FALLBACK.network[language], messages: FALLBACK.network };
}

export function unknownError(language: Language): ClientError {
  return { code: 'INTERNAL_SERVER_ERROR', field: null, message: FALLBACK.unknown[language], messages: FALLBACK.unknown };
}

/** Thrown by the client; carries every error of the response. */
export class GraphQLRequestError extends Error {
  constructor(readonly errors: ClientError[]) {
    super(errors.map((error) => error.message).join(' '));
    this.name = 'GraphQLRequestError';
  }

  has(code: ErrorCode): boolean {
    return this.errors.some((error) => error.code === code);
  }
}

/** Any thrown value as ClientErrors, so a component has one shape to render. */
export function toClientErrors(error: unknown, language: Language): ClientError[] {
  return error instanceof GraphQLRequestError ? error.errors : [unknownError(language)];
}

/** Field errors keyed by field path, with the `input.` prefix removed (`input.externalIds.sippn` -> `externalIds.sippn`). */
export function fieldErrors(errors: ClientError[]): Record<string, string> {
  const byField: Record<string, string> = {};
  for (const error of errors) {
    if (error.field) byField[error.field.replace(/^input\./, '')] ??= error.message;
  }
  return byField;
}

/**
 * Whether the service refused the caller (not signed in, or not allowed): a state of its own on a page
 * (say who may see it), not a failure to retry.
 */
export function isRefusal(errors: readonly ClientError[] | null): boolean {
  return !!errors?.some((error) => error.code === 'FORBIDDEN' || error.code === 'UNAUTHENTICATED');
}
