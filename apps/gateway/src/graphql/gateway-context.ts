import type { IncomingMessage } from 'node:http';
import type { Caller } from '@simpul/contracts';
import { PLUGIN_TOKEN_HEADER, type PluginTokenClaims } from '@simpul/service-kit';
import { GraphQLError } from 'graphql';
import { callerFromAuthorization } from '../auth/caller-from-authorization';
import { REVOKED, TOKEN_STATE_UNAVAILABLE, type TokenStateCheck } from '../auth/token-state-check';
import { pluginGrantFor } from '../plugins/plugin-grant';
import type { PluginStateCheck } from '../plugins/plugin-state-check';
import { recordErrorCode, requestStateOf, type RequestState } from '../request/request-state';

/** The GraphQL context of one gateway request; the subgraph data source reads caller and requestId. */
export interface GatewayContext {
  requestId: string;
  /** Always the person: a plugin's request reaches the subgraphs as its person's, only narrowed. */
  caller: Caller;
  /** Set when the request carries a plugin token: the plugin narrowing plugin refuses what it does not grant. */
  plugin: PluginTokenClaims | null;
  /** The client's address (through trusted proxies), for the subgraphs' per-client rate limits. */
  clientAddress: string;
  state: RequestState;
}

/**
 * Builds the context from the request, refusing (HTTP 401, UNAUTHENTICATED) a bad bearer token and
 * one whose user was deactivated, changed role or reset their password since it was minted; and a
 * plugin token that is bad, of another person or of a plugin no longer approved.
 */
export function gatewayContextFactory(jwtSecret: string, tokenStates: TokenStateCheck, pluginStates: PluginStateCheck) {
  return async ({ req }: { req: IncomingMessage }): Promise<GatewayContext> => {
    const state = requestStateOf(req);
    const check = callerFromAuthorization(req.headers.authorization, jwtSecret);
    if (!check.ok) {
      recordErrorCode(state, 'UNAUTHENTICATED');
      throw new GraphQLError(check.message, {
        extensions: { code: 'UNAUTHENTICATED', messages: check.messages, http: { status: 401 } },
      });
    }
    // Express computes `ip` from X-Forwarded-For only through the proxies `trust proxy` names.
    const clientAddress = (req as IncomingMessage & { ip?: string }).ip ?? req.socket.remoteAddress ?? 'unknown';
    if (check.caller) {
      const verdict = await tokenStates(check.caller.userId, check.tokenVersion, state.requestId);
      if (verdict !== 'valid') {
        const unavailable = verdict === 'unavailable';
        const messages = unavailable ? TOKEN_STATE_UNAVAILABLE : REVOKED;
        const code = unavailable ? 'INTERNAL_SERVER_ERROR' : 'UNAUTHENTICATED';
        recordErrorCode(state, code);
        throw new GraphQLError(messages.en, { extensions: { code, messages, http: { status: unavailable ? 503 : 401 } } });
      }
    }
    state.role = check.caller?.role ?? null;
    const pluginHeader = req.headers[PLUGIN_TOKEN_HEADER];
    let plugin: PluginTokenClaims | null = null;
    if (pluginHeader !== undefined) {
      try {
        // A header that is present but empty is refused as invalid, never read as "no plugin".
        const token = Array.isArray(pluginHeader) ? (pluginHeader[0] ?? '') : pluginHeader;
        plugin = await pluginGrantFor(token, check.caller, jwtSecret, pluginStates, state.requestId);
      } catch (error) {
        if (error instanceof GraphQLError) recordErrorCode(state, String(error.extensions.code));
        throw error;
      }
    }
    return { requestId: state.requestId, caller: check.caller, plugin, clientAddress, state };
  };
}
