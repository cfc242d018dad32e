import type { Language } from '../i18n/language';
import { GraphQLRequestError, networkError, parseGraphQLErrors } from './client-error';
import type { TypedDocument } from './gql';

export interface GraphQLClientOptions {
  /** Defaults to `/graphql` on the page's own origin (the portal server proxies it to the gateway). */
  endpoint?: string;
  getToken: () => string | null;
  getLanguage: () => Language;
  /** Called when the server says the token is no longer good, so the session can end. */
  onUnauthenticated?: () => void;
  fetch?: typeof fetch;
}

export interface GraphQLClient {
  request<TData, TVariables>(document: TypedDocument<TData, TVariables>, variables?: TVariables, signal?: AbortSignal): Promise<TData>;
}

export function createGraphQLClient(options: GraphQLClientOptions): GraphQLClient {
  const endpoint = options.endpoint ?? '/graphql';
  return {
    async request<TData, TVariables>(document: TypedDocument<TData, TVariables>, variables?: TVariables, signal?: AbortSignal): Promise<TData> {
      const language = options.getLanguage();
      const token = options.getToken();
      const headers: Record<string, string> = { 'content-type': 'application/json', accept: 'application/json', 'accept-language': language };
      if (token) headers['authorization'] = `Bearer ${token}`;
      const doFetch = options.fetch ?? globalThis.fetch.bind(globalThis);
      let response: Response;
      try {
        response = await doFetch(endpoint, { method: 'POST', headers, body: JSON.stringify({ query: document.source, variables: variables ?? {} }), signal });
      } catch (error) {
        if (signal?.aborted) throw error;
        throw new GraphQLRequestError([networkError(language)]);
      }
      let payload: unknown;
      try {
        payload = await response.json();
      } catch {
        throw new GraphQLRequestError([networkError(language)]);
      }
      const body = typeof payload === 'object' && payload !== null ? (payload as { data?: unknown; errors?: unknown }) : {};
      if (body.errors !== undefined || !response.ok || body.data === undefined || body.data === null) {
        const error = new GraphQLRequestError(parseGraphQLErrors(body.errors, language));
        if (token && error.has('UNAUTHENTICATED')) options.onUnauthenticated?.();
        throw error;
      }
      return body.data as TData;
    },
  };
}
