import type { ErrorCode, LocalizedMessage } from '@simpul/contracts';

/** The body every refused /auth call answers with: the same shape as a GraphQL error response. */
export interface ErrorBody {
  errors: Array<{ message: string; extensions: { code: ErrorCode; messages: LocalizedMessage; [key: string]: unknown } }>;
}

export function errorBody(code: ErrorCode, messages: LocalizedMessage, extra: Record<string, unknown> = {}): ErrorBody {
  return { errors: [{ message: messages.en, extensions: { code, messages, ...extra } }] };
}

export const NO_SESSION: LocalizedMessage = {
  id: 'Anda belum masuk atau sesi Anda telah berakhir; silakan masuk.',
  en: 'You are not signed in or your session has ended; sign in.',
};

export const CROSS_SITE: LocalizedMessage = {
  id: 'Permintaan ini hanya dapat dikirim dari portal Simpul.',
  en: 'This request can only be sent from the Simpul portal.',
};

export const NOT_JSON: LocalizedMessage = {
  id: 'Permintaan harus berformat JSON.',
  en: 'The request must be JSON.',
};

export const MISSING_CREDENTIALS: LocalizedMessage = {
  id: 'Masukkan alamat email dan kata sandi.',
  en: 'Enter an email address and a password.',
};

export const REGISTRY_UNAVAILABLE: LocalizedMessage = {
  id: 'Layanan akun sedang tidak tersedia; coba lagi sebentar lagi.',
  en: 'The account service is unavailable; try again shortly.',
};

/** The registry's typed error body, when it sent one. */
export function registryErrorBody(body: unknown): ErrorBody | null {
  if (typeof body !== 'object' || body === null) return null;
  const errors = (body as { errors?: unknown }).errors;
  if (!Array.isArray(errors) || errors.length === 0) return null;
  const first = errors[0] as { message?: unknown; extensions?: { code?: unknown; messages?: unknown } } | null;
  const messages = first?.extensions?.messages as Partial<LocalizedMessage> | undefined;
  if (typeof first?.message !== 'string' || typeof first.extensions?.code !== 'string') return null;
  if (typeof messages?.id !== 'string' || typeof messages.en !== 'string') return null;
  return body as ErrorBody;
}
