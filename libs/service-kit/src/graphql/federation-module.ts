import type { DynamicModule } from '@nestjs/common';
import { GraphQLModule } from '@nestjs/graphql';
import { ApolloServerPluginCacheControlDisabled, ApolloServerPluginInlineTraceDisabled } from '@apollo/server/plugin/disabled';
import { ApolloFederationDriver, type ApolloFederationDriverConfig } from '@nestjs/apollo';
import type { SubgraphRequest } from '../auth/internal-auth.middleware';
import { errorLoggingPlugin, formatSubgraphError } from '../errors/format-error';
import { textInputPlugin } from '../errors/text-input';
import { buildSubgraphContext } from './subgraph-context';
import { FEDERATION_LINK } from './federation-link';

/**
 * The GraphQL module of every subgraph: Federation 2, code-first, schema built in memory (the SDL
 * is printed into the repo by each service's `print-schema` command), one error format, the Caller
 * and a fresh DataLoader registry in the context.
 */
export interface FederationModuleOptions {
  /**
   * Whether a validation error may name other fields ("Did you mean …"). Off in production: the
   * schema is not published there, and suggestions would spell it out one typo at a time.
   */
  schemaDetailsInErrors?: boolean;
}

export function federationModule(options: FederationModuleOptions = {}): DynamicModule {
  const schemaDetailsInErrors = options.schemaDetailsInErrors ?? process.env.NODE_ENV !== 'production';
  return GraphQLModule.forRoot<ApolloFederationDriverConfig>({
    driver: ApolloFederationDriver,
    path: '/graphql',
    autoSchemaFile: { federation: FEDERATION_LINK },
    sortSchema: true,
    playground: false,
    introspection: true,
    includeStacktraceInErrorResponses: false,
    hideSchemaDetailsFromClientErrors: !schemaDetailsInErrors,
    buildSchemaOptions: { dateScalarMode: 'isoDate', numberScalarMode: 'float' },
    context: ({ req }: { req?: SubgraphRequest }) => buildSubgraphContext(req),
    formatError: formatSubgraphError,
    // Inline tracing (ftv1) serves Apollo's hosted studio, which Simpul does not use. Cache control
    // wraps every field's resolver to collect @cacheControl hints, which no subgraph gives (the
    // gateway treats a subgraph answer without a Cache-Control header as uncacheable anyway).
    // textInputPlugin: a NUL character or broken encoding in any argument is BAD_USER_INPUT on its field.
    plugins: [errorLoggingPlugin(), textInputPlugin(), ApolloServerPluginInlineTraceDisabled(), ApolloServerPluginCacheControlDisabled()],
  });
}
