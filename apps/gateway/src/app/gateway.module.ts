import { ApolloGatewayDriver, type ApolloGatewayDriverConfig } from '@nestjs/apollo';
import { Module, type DynamicModule } from '@nestjs/common';
import { GraphQLModule } from '@nestjs/graphql';
import type { GatewayConfig } from '../config/gateway-config';
import { gatewayContextFactory } from '../graphql/gateway-context';
import { SubgraphDataSource } from '../graphql/subgraph-data-source';
import { FilesController } from '../files/files.controller';
import { HealthController } from '../health/health.controller';
import { HealthService } from '../health/health.service';
import { tokenStateCheck, type TokenStateCheck } from '../auth/token-state-check';
import { RegistryInternalClient } from '../registry/registry-internal-client';
import { SessionController } from '../session/session.controller';
import { queryLimitsPlugin } from '../limits/query-limits.plugin';
import { requestLogPlugin } from '../request/request-log.plugin';
import { GATEWAY_CONFIG } from './gateway-config.token';

/** One registry lookup per user per 30 s decides whether their tokens still stand. */
function revocationCheck(config: GatewayConfig): TokenStateCheck {
  const registry = new RegistryInternalClient(config.registryUrl, config.internalSecret);
  return tokenStateCheck((userId) => registry.tokenState(userId), config.log);
}

function graphqlOptions(config: GatewayConfig): ApolloGatewayDriverConfig {
  const urls = new Map(config.subgraphs.map((subgraph) => [subgraph.name, subgraph.url]));
  return {
    driver: ApolloGatewayDriver,
    server: {
      path: '/graphql',
      introspection: config.introspection,
      graphiql: config.introspection,
      includeStacktraceInErrorResponses: false,
      context: gatewayContextFactory(config.jwtSecret, revocationCheck(config)),
      plugins: [queryLimitsPlugin(config.limits), requestLogPlugin()],
    },
    gateway: {
      // A static supergraph: the gateway starts without asking any subgraph for its schema.
      supergraphSdl: config.supergraphSdl,
      buildService: ({ name, url }) =>
        new SubgraphDataSource({ name, url: urls.get(name) ?? url ?? '', internalSecret: config.internalSecret, log: config.log }),
    },
  };
}

@Module({})
export class GatewayModule {
  static forRoot(config: GatewayConfig): DynamicModule {
    return {
      module: GatewayModule,
      imports: [GraphQLModule.forRoot<ApolloGatewayDriverConfig>(graphqlOptions(config))],
      controllers: [HealthController, SessionController, FilesController],
      providers: [{ provide: GATEWAY_CONFIG, useValue: config }, HealthService],
    };
  }
}
