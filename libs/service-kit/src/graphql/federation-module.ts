import type { DynamicModule } from '@nestjs/common';
import { GraphQLModule } from '@nestjs/graphql';
import { ApolloServerPluginInlineTraceDisabled } from '@apollo/server/plugin/disabled';
import { ApolloFederationDriver, type ApolloFederationDriverConfig } from '@nestjs/apollo';
import type { SubgraphRequest } from '../auth/internal-auth.middleware';
import { errorLoggingPlugin, formatSubgraphError } from '../errors/format-error';
import { buildSubgraphContext } from './subgraph-context';

/**
 * The GraphQL module of every subgraph: Federation 2, code-first, schema built in memory (the SDL
 * is printed into the repo by each service's `print-schema` command), one error format, the Caller
 * and a fresh DataLoader registry in the context.
 */
export function federationModule(): DynamicModule {
  return GraphQLModule.forRoot<ApolloFederationDriverConfig>({
    driver: ApolloFederationDriver,
    path: '/graphql',
    autoSchemaFile: { federation: 2 },
    sortSchema: true,
    playground: false,
    introspection: true,
    includeStacktraceInErrorResponses: false,
    buildSchemaOptions: { dateScalarMode: 'isoDate', numberScalarMode: 'float' },
    context: ({ req }: { req?: SubgraphRequest }) => buildSubgraphContext(req),
    formatError: formatSubgraphError,
    // Inline tracing (ftv1) serves Apollo's hosted studio, which Simpul does not use.
    plugins: [errorLoggingPlugin(), ApolloServerPluginInlineTraceDisabled()],
  });
}
