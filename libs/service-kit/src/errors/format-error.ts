import type { ApolloServerPlugin } from '@apollo/server';
import { unwrapResolverError } from '@apollo/server/errors';
import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import type { ErrorCode } from '@simpul/contracts';
import { SimpulError } from './simpul-error';
import { unstorableText } from './text-input';

const GENERIC = {
  en: 'Something went wrong on our side. Please try again.',
  id: 'Terjadi kesalahan di sistem kami. Silakan coba lagi.',
};

/** Errors GraphQL itself raises for a malformed request are the client's fault and safe to show. */
const REQUEST_ERROR_CODES: Record<string, ErrorCode> = {
  GRAPHQL_PARSE_FAILED: 'BAD_USER_INPUT',
  GRAPHQL_VALIDATION_FAILED: 'BAD_USER_INPUT',
  BAD_USER_INPUT: 'BAD_USER_INPUT',
  BAD_REQUEST: 'BAD_USER_INPUT',
  PERSISTED_QUERY_NOT_FOUND: 'BAD_USER_INPUT',
  PERSISTED_QUERY_NOT_SUPPORTED: 'BAD_USER_INPUT',
  OPERATION_RESOLUTION_FAILURE: 'BAD_USER_INPUT',
};

/**
 * PostgreSQL's answers to text it cannot take: 22021 character_not_in_repertoire (a NUL character,
 * invalid UTF-8) and 22P05 untranslatable_character (no equivalent in the server encoding).
 */
const TEXT_ENCODING_SQLSTATES = new Set(['22021', '22P05']);

/** Whether an error is PostgreSQL refusing text (TypeORM's QueryFailedError copies the driver's `code`). */
export function isTextEncodingError(error: unknown): boolean {
  const candidate = error as { code?: unknown; driverError?: { code?: unknown } } | null;
  const code = candidate?.code ?? candidate?.driverError?.code;
  return typeof code === 'string' && TEXT_ENCODING_SQLSTATES.has(code);
}

/**
 * The SimpulError behind a GraphQL error, if any: thrown by a resolver, carried by a plugin's
 * GraphQLError, or PostgreSQL refusing text (BAD_USER_INPUT; the text-input plugin names the field
 * for arguments, so this covers text that arrived another way, such as an imported file).
 */
export function simpulErrorOf(error: unknown): SimpulError | undefined {
  const original = unwrapResolverError(error);
  if (original instanceof SimpulError) return original;
  if (original instanceof GraphQLError && original.originalError instanceof SimpulError) return original.originalError;
  if (isTextEncodingError(original)) return unstorableText();
  return undefined;
}

function isRequestError(formatted: GraphQLFormattedError): boolean {
  const code = formatted.extensions?.code;
  return typeof code === 'string' && code in REQUEST_ERROR_CODES;
}

/**
 * Apollo `formatError`: SimpulErrors keep their code, field and both messages; GraphQL request errors
 * become BAD_USER_INPUT; anything else is an internal error with a generic message (logged by
 * `errorLoggingPlugin` with the request id) so internals never leak.
 */
export function formatSubgraphError(formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError {
  const simpul = simpulErrorOf(error);
  const base = { ...(formatted.locations ? { locations: formatted.locations } : {}), ...(formatted.path ? { path: formatted.path } : {}) };
  if (simpul) return { message: simpul.messages.en, ...base, extensions: { ...simpul.extensions } };
  if (isRequestError(formatted)) {
    const code = REQUEST_ERROR_CODES[String(formatted.extensions?.code)];
    return {
      message: formatted.message,
      ...base,
      extensions: { code, messages: { en: formatted.message, id: `Permintaan tidak valid: ${formatted.message}` } },
    };
  }
  return { message: GENERIC.en, ...base, extensions: { code: 'INTERNAL_SERVER_ERROR', messages: GENERIC } };
}

/** Logs every unexpected error with the request id the gateway assigned. */
export function errorLoggingPlugin(
  log: (line: string) => void = (line) => console.error(line),
): ApolloServerPlugin<{ requestId?: string }> {
  return {
    async requestDidStart() {
      return {
        async didEncounterErrors({ errors, contextValue }) {
          for (const error of errors) {
            if (simpulErrorOf(error)) continue;
            const code = error.extensions?.code;
            if (typeof code === 'string' && code in REQUEST_ERROR_CODES) continue;
            const original = unwrapResolverError(error);
            const detail = original instanceof Error ? (original.stack ?? original.message) : String(original);
            log(`[request ${contextValue.requestId ?? '-'}] internal error: ${detail}`);
          }
        },
      };
    },
  };
}
