import type { ApolloServerPlugin } from '@apollo/server';
import { unwrapResolverError } from '@apollo/server/errors';
import type { GraphQLFormattedError } from 'graphql';
import type { ErrorCode } from '@simpul/contracts';
import { SimpulError } from './simpul-error';

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

/** The SimpulError behind a GraphQL error, if any. */
export function simpulErrorOf(error: unknown): SimpulError | undefined {
  const original = unwrapResolverError(error);
  return original instanceof SimpulError ? original : undefined;
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
