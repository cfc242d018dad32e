import type { ApolloServerPlugin } from '@apollo/server';
import { GraphQLError, Kind } from 'graphql';

/**
 * A valid document whose operation cannot be chosen (an operationName it does not hold, or several
 * operations and no name) is the client's mistake. Apollo Server leaves it to the executor, and the
 * federation executor throws instead of answering with errors, so without this it became an HTTP 500.
 */
export function operationResolutionPlugin(): ApolloServerPlugin {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ operation, document, request }) {
          if (operation) return;
          const named = typeof request.operationName === 'string' && request.operationName !== '';
          const operations = document.definitions.filter((definition) => definition.kind === Kind.OPERATION_DEFINITION).length;
          const messages = named
            ? {
                en: `The document holds no operation by the name given in operationName.`,
                id: `Dokumen tidak memuat operasi dengan nama yang diberikan di operationName.`,
              }
            : {
                en: `The document holds ${operations} operations: name the one to run in operationName.`,
                id: `Dokumen memuat ${operations} operasi: sebutkan yang dijalankan di operationName.`,
              };
          throw new GraphQLError(messages.en, {
            extensions: { code: 'BAD_USER_INPUT', field: 'operationName', messages, http: { status: 400 } },
          });
        },
      };
    },
  };
}
