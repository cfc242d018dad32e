import type { Language } from '../i18n/language';
import { GraphQLRequestError, networkError, parseGraphQLErrors } from './client-error';
import type { TypedDocument } from './gql';

export interface GraphQLClientOptions {
  /** Defaults to `/graphql` on the page's own origin (the portal server proxies it to the gateway). */
  endpoint?: string;
  getToken: () => string | null;
  getLanguage: () => Language;
  /** Called when the server says the token is no longer good (and a refresh did not help), so the session can end. */
  onUnauthenticated?: () => void;
  /**
   * Asked once when the server refuses the token (UNAUTHENTICATED): a fresh access token to retry the
   * request with, or null when the session is over.
   */
  refreshToken?: () => Promise<string | null>;
  fetch?: typeof fetch;
}

/** Per request: extra headers sent beside the person's own (e.g. a desk plugin's `x-simpul-plugin-token`). */
export interface RequestOptions {
  headers?: Record<string, string>;
  /**
   * False for a request whose refusal may be about its own extra credential (an expired plugin
   * token): the person's token is still refreshed and the request retried once, but a second
   * UNAUTHENTICATED is only thrown, and the session stays. Default true.
   */
  mayEndSession?: boolean;
}

export interface GraphQLClient {
  request<TData, TVariables>(
    document: TypedDocument<TData, TVariables>,
    variables?: TVariables,
    signal?: AbortSignal,
    options?: RequestOptions,
  ): Promise<TData>;
}

export function createGraphQLClient(options: GraphQLClientOptions): GraphQLClient {
  const endpoint = options.endpoint ?? '/graphql';
  return {
    request<TData, TVariables>(
      document: TypedDocument<TData, TVariables>,
      variables?: TVariables,
      signal?: AbortSignal,
      requestOptions?: RequestOptions,
    ): Promise<TData> {
      return send(document, variables, signal, requestOptions ?? {}, options.getToken(), true);
    },
  };

  async function send<TData, TVariables>(
    document: TypedDocument<TData, TVariables>,
    variables: TVariables | undefined,
    signal: AbortSignal | undefined,
    requestOptions: RequestOptions,
    token: string | null,
    mayRefresh: boolean,
  ): Promise<TData> {
    const language = options.getLanguage();
    const headers: Record<string, string> = {
      ...requestOptions.headers,
      'content-type': 'application/json',
      accept: 'application/json',
      'accept-language': language,
    };
    if (token) headers['authorization'] = `Bearer ${token}`;
    const doFetch = options.fetch ?? globalThis.fetch.bind(globalThis);
    let response: Response;
    try {
      response = await doFetch(endpoint, {
        method: 'POST',
        headers,
        body: JSON.stringify({ query: document.source, variables: variables ?? {} }),
        signal,
      });
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
      if (token && error.has('UNAUTHENTICATED')) {
        // An access token lives minutes: one refresh and one retry before the session ends.
        const fresh = mayRefresh && options.refreshToken ? await options.refreshToken().catch(() => null) : null;
        if (fresh && fresh !== token) return send(document, variables, signal, requestOptions, fresh, false);
        if (requestOptions.mayEndSession !== false) options.onUnauthenticated?.();
      }
      throw error;
    }
    return body.data as TData;
  }
}
