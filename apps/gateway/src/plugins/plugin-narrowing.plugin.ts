import type { ApolloServerPlugin } from '@apollo/server';
import { getVariableValues, Kind, type FragmentDefinitionNode } from 'graphql';
import type { GatewayContext } from '../graphql/gateway-context';
import { narrowPluginOperation } from './plugin-narrowing';

/**
 * For a request that carries a plugin token: refuses (FORBIDDEN) what the plugin's scopes and unit do
 * not cover, after validation and before the gateway plans or sends anything to a subgraph.
 */
export function pluginNarrowingPlugin(): ApolloServerPlugin<GatewayContext> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ schema, document, operation, request, contextValue }) {
          const grant = contextValue.plugin;
          if (!grant || !operation) return;
          const fragments: Record<string, FragmentDefinitionNode> = {};
          for (const definition of document.definitions) {
            if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments[definition.name.value] = definition;
          }
          const coerced = getVariableValues(schema, operation.variableDefinitions ?? [], request.variables ?? {});
          narrowPluginOperation({ schema, operation, fragments, variables: coerced.coerced ?? {}, grant });
        },
      };
    },
  };
}
