import type { IncomingMessage } from 'node:http';
import type { Caller } from '@simpul/contracts';
import { GraphQLError } from 'graphql';
import { callerFromAuthorization } from '../auth/caller-from-authorization';
import { recordErrorCode, requestStateOf, type RequestState } from '../request/request-state';

/** The GraphQL context of one gateway request; the subgraph data source reads caller and requestId. */
export interface GatewayContext {
  requestId: string;
  caller: Caller;
  state: RequestState;
}

/** Builds the context from the request, refusing (HTTP 401, UNAUTHENTICATED) a bad bearer token. */
export function gatewayContextFactory(jwtSecret: string) {
  return async ({ req }: { req: IncomingMessage }): Promise<GatewayContext> => {
    const state = requestStateOf(req);
    const check = callerFromAuthorization(req.headers.authorization, jwtSecret);
    if (!check.ok) {
      recordErrorCode(state, 'UNAUTHENTICATED');
      throw new GraphQLError(check.message, {
        extensions: { code: 'UNAUTHENTICATED', messages: check.messages, http: { status: 401 } },
      });
    }
    state.role = check.caller?.role ?? null;
    return { requestId: state.requestId, caller: check.caller, state };
  };
}
