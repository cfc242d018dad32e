/**
 * The `extensions.code` values every subgraph and the gateway use. The client branches on these,
 * never on message text.
 */
export const ERROR_CODES = [
  'BAD_USER_INPUT',
  'NOT_FOUND',
  'FORBIDDEN',
  'UNAUTHENTICATED',
  'CONFLICT',
  'QUERY_TOO_COMPLEX',
  'RATE_LIMITED',
  'INTERNAL_SERVER_ERROR',
] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

/** A message in both languages the UI speaks; `id` (Bahasa Indonesia) is the default. */
export interface LocalizedMessage {
  id: string;
  en: string;
}

/** The shape of `extensions` on every error Simpul returns. */
export interface ErrorExtensions {
  code: ErrorCode;
  /** The input field at fault, as a dotted path (`input.name`, `rows.3.code`). */
  field?: string;
  /** The message in Bahasa Indonesia and English, for the UI. */
  messages?: LocalizedMessage;
  /** With RATE_LIMITED: how long to wait before trying again. */
  retryAfterSeconds?: number;
}
