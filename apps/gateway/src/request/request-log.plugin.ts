import type { ApolloServerPlugin } from '@apollo/server';
import type { GatewayContext } from '../graphql/gateway-context';
import { recordErrorCode } from './request-state';

/** Hands the operation name and the error codes of the response to the request log line. */
export function requestLogPlugin(): ApolloServerPlugin<GatewayContext> {
  return {
    async requestDidStart() {
      return {
        async willSendResponse({ contextValue, operationName, request, response }) {
          const state = contextValue.state;
          if (!state) return;
          state.operationName = operationName ?? request.operationName ?? state.operationName;
          const errors = response.body.kind === 'single' ? response.body.singleResult.errors : response.body.initialResult.errors;
          for (const error of errors ?? [])
            recordErrorCode(state, typeof error.extensions?.code === 'string' ? error.extensions.code : 'INTERNAL_SERVER_ERROR');
        },
      };
    },
  };
}
