import { ApolloGatewayDriver, type ApolloGatewayDriverConfig } from '@nestjs/apollo';
import { Module, type DynamicModule } from '@nestjs/common';
import { GraphQLModule } from '@nestjs/graphql';
import type { GatewayConfig } from '../config/gateway-config';
import { gatewayContextFactory } from '../graphql/gateway-context';
import { SubgraphDataSource } from '../graphql/subgraph-data-source';
import { HealthController } from '../health/health.controller';
import { HealthService } from '../health/health.service';
import { queryLimitsPlugin } from '../limits/query-limits.plugin';
import { requestLogPlugin } from '../request/request-log.plugin';
import { GATEWAY_CONFIG } from './gateway-config.token';

function graphqlOptions(config: GatewayConfig): ApolloGatewayDriverConfig {
  const urls = new Map(config.subgraphs.map((subgraph) => [subgraph.name, subgraph.url]));
  return {
    driver: ApolloGatewayDriver,
    server: {
      path: '/graphql',
      introspection: config.introspection,
      graphiql: config.introspection,
      includeStacktraceInErrorResponses: false,
      context: gatewayContextFactory(config.jwtSecret),
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
      controllers: [HealthController],
      providers: [{ provide: GATEWAY_CONFIG, useValue: config }, HealthService],
    };
  }
}
