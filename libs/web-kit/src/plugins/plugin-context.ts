import type { PluginPage } from '@simpul/contracts';
import type { PluginContext } from '@simpul/plugin-sdk';
import type { GraphQLClient } from '../graphql/client';
import { GraphQLRequestError } from '../graphql/client-error';
import type { Language } from '../i18n/language';
import type { PluginTokenKeeper } from './plugin-token';

/** The header the gateway reads the plugin token from, beside the person's own `authorization`. */
export const PLUGIN_TOKEN_HEADER = 'x-simpul-plugin-token';

export interface PluginPlace {
  page: PluginPage;
  serviceUnitId: string;
  agencyId: string;
  deskId: string | null;
  mallId: string | null;
  language: Language;
}

/**
 * The context a plugin's component gets: where it is, and a GraphQL client that sends the person's
 * session (through the portal's client, with its refresh) plus the plugin token, so the gateway
 * narrows every call to the plugin's scopes and unit.
 */
export function createPluginContext(place: PluginPlace, client: GraphQLClient, tokens: PluginTokenKeeper): PluginContext {
  return Object.freeze({
    ...place,
    async graphql<TData, TVariables extends Record<string, unknown> = Record<string, never>>(
      query: string | { readonly source: string },
      variables?: TVariables,
    ): Promise<TData> {
      const document = typeof query === 'string' ? { source: query } : query;
      // The plugin's refusal never ends the person's session: an expired plugin token (the browser's
      // clock may run behind the gateway's) is replaced once and the call repeated.
      const send = (token: string) =>
        client.request<TData, TVariables>(document, variables, undefined, {
          headers: { [PLUGIN_TOKEN_HEADER]: token },
          mayEndSession: false,
        });
      try {
        return await send(await tokens.get());
      } catch (error) {
        if (!(error instanceof GraphQLRequestError && error.has('UNAUTHENTICATED'))) throw error;
        return send(await tokens.get(true));
      }
    },
  });
}
