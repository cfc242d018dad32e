import type { IncomingMessage } from 'node:http';
import type { Caller } from '@simpul/contracts';
import { GraphQLError } from 'graphql';
import { callerFromAuthorization } from '../auth/caller-from-authorization';
import { REVOKED, TOKEN_STATE_UNAVAILABLE, type TokenStateCheck } from '../auth/token-state-check';
import { recordErrorCode, requestStateOf, type RequestState } from '../request/request-state';

/** The GraphQL context of one gateway request; the subgraph data source reads caller and requestId. */
export interface GatewayContext {
  requestId: string;
  caller: Caller;
  /** The client's address (through trusted proxies), for the subgraphs' per-client rate limits. */
  clientAddress: string;
  state: RequestState;
}

/**
 * Builds the context from the request, refusing (HTTP 401, UNAUTHENTICATED) a bad bearer token and
 * one whose user was deactivated, changed role or reset their password since it was minted.
 */
export function gatewayContextFactory(jwtSecret: string, tokenStates: TokenStateCheck) {
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
    return { requestId: state.requestId, caller: check.caller, clientAddress, state };
  };
}
