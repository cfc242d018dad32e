import type { ApolloServerPlugin } from '@apollo/server';
import { getVariableValues, GraphQLError } from 'graphql';
import type { QueryLimits } from '../config/gateway-config';
import { measureOperation } from './query-measure';
import { operationShapes } from './operation-shape';
import { DEFAULT_SELECTION_LIMITS, type SelectionLimits } from './selection-limits';

const number = (value: number, locale: string): string => value.toLocaleString(locale);

function tooComplex(en: string, id: string): GraphQLError {
  return new GraphQLError(en, { extensions: { code: 'QUERY_TOO_COMPLEX', messages: { id, en }, http: { status: 400 } } });
}

/**
 * Refuses over-deep and over-costly operations after validation and before the gateway plans or
 * sends anything to a subgraph, so one query cannot fan out into thousands of subgraph rows, nor
 * repeat one field under a thousand aliases. Batched requests (a JSON array) are refused by Apollo
 * Server itself (`allowBatchedHttpRequests` stays off), so one request is one operation.
 */
export function queryLimitsPlugin(limits: QueryLimits, selection: SelectionLimits = DEFAULT_SELECTION_LIMITS): ApolloServerPlugin {
  const shapeOf = operationShapes(limits.defaultListSize);
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ schema, document, operation, request }) {
          if (!operation) return;
          const shape = shapeOf(schema, document, operation);
          // Counted first: cheap, and it names what to cut when aliases are the problem.
          const { aliases, rootFields, fields } = shape.counts;
          if (aliases > selection.maxAliases) {
            throw tooComplex(
              `The query has too many aliases: ${number(aliases, 'en-US')} exceeds the limit of ${number(selection.maxAliases, 'en-US')}; ask for each field once and page with first/after.`,
              `Kueri memakai terlalu banyak alias: ${number(aliases, 'id-ID')} melebihi batas ${number(selection.maxAliases, 'id-ID')}; minta setiap field sekali dan gunakan first/after untuk halaman berikutnya.`,
            );
          }
          if (rootFields > selection.maxRootFields) {
            throw tooComplex(
              `The query asks for too many top-level fields: ${number(rootFields, 'en-US')} exceeds the limit of ${number(selection.maxRootFields, 'en-US')}; split it into several requests.`,
              `Kueri meminta terlalu banyak field tingkat atas: ${number(rootFields, 'id-ID')} melebihi batas ${number(selection.maxRootFields, 'id-ID')}; pecah menjadi beberapa permintaan.`,
            );
          }
          if (fields > selection.maxFields) {
            throw tooComplex(
              `The query selects too many fields: ${number(fields, 'en-US')} (fragments expanded) exceeds the limit of ${number(selection.maxFields, 'en-US')}.`,
              `Kueri memilih terlalu banyak field: ${number(fields, 'id-ID')} (fragmen dihitung penuh) melebihi batas ${number(selection.maxFields, 'id-ID')}.`,
            );
          }
          const { depth, cost } =
            shape.measure ??
            measureOperation({
              schema,
              operation,
              fragments: shape.fragments,
              variables: getVariableValues(schema, operation.variableDefinitions ?? [], request.variables ?? {}).coerced ?? {},
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
