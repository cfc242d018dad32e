import type { ApolloServerPlugin } from '@apollo/server';
import { getVariableValues, GraphQLError, Kind, type FragmentDefinitionNode } from 'graphql';
import type { QueryLimits } from '../config/gateway-config';
import { measureOperation } from './query-measure';

const number = (value: number, locale: string): string => value.toLocaleString(locale);

function tooComplex(en: string, id: string): GraphQLError {
  return new GraphQLError(en, { extensions: { code: 'QUERY_TOO_COMPLEX', messages: { id, en }, http: { status: 400 } } });
}

/**
 * Refuses over-deep and over-costly operations after validation and before the gateway plans or
 * sends anything to a subgraph, so one query cannot fan out into thousands of subgraph rows.
 */
export function queryLimitsPlugin(limits: QueryLimits): ApolloServerPlugin {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ schema, document, operation, request }) {
          if (!operation) return;
          const fragments: Record<string, FragmentDefinitionNode> = {};
          for (const definition of document.definitions) {
            if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments[definition.name.value] = definition;
          }
          const coerced = getVariableValues(schema, operation.variableDefinitions ?? [], request.variables ?? {});
          const { depth, cost } = measureOperation({
            schema,
            operation,
            fragments,
            variables: coerced.coerced ?? {},
            defaultListSize: limits.defaultListSize,
          });
          if (depth > limits.maxDepth) {
            throw tooComplex(
              `The query is too deep: depth ${depth} exceeds the limit of ${limits.maxDepth}.`,
              `Kueri terlalu dalam: kedalaman ${depth} melebihi batas ${limits.maxDepth}.`,
            );
          }
          if (cost > limits.maxCost) {
            throw tooComplex(
              `The query is too costly: estimated cost ${number(cost, 'en-US')} exceeds the limit of ${number(limits.maxCost, 'en-US')}; ask for fewer items (first) or fewer nested lists.`,
              `Kueri terlalu berat: perkiraan biaya ${number(cost, 'id-ID')} melebihi batas ${number(limits.maxCost, 'id-ID')}; minta lebih sedikit data (first) atau lebih sedikit daftar bertingkat.`,
            );
          }
        },
      };
    },
  };
}
