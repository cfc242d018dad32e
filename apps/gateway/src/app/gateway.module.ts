import { ApolloGatewayDriver, type ApolloGatewayDriverConfig } from '@nestjs/apollo';
import { Module, type DynamicModule } from '@nestjs/common';
import { GraphQLModule } from '@nestjs/graphql';
import type { GatewayConfig } from '../config/gateway-config';
import { gatewayContextFactory } from '../graphql/gateway-context';
import { SubgraphDataSource } from '../graphql/subgraph-data-source';
import { FilesController } from '../files/files.controller';
import { HealthController } from '../health/health.controller';
import { HealthService } from '../health/health.service';
import { OpenDataController } from '../open-data/open-data.controller';
import { tokenStateCheck, type TokenStateCheck } from '../auth/token-state-check';
import { RegistryInternalClient } from '../registry/registry-internal-client';
import { pluginNarrowingPlugin } from '../plugins/plugin-narrowing.plugin';
import { pluginStateCheck, type PluginStateCheck } from '../plugins/plugin-state-check';
import { SessionController } from '../session/session.controller';
import { queryLimitsPlugin } from '../limits/query-limits.plugin';
import { operationResolutionPlugin } from '../graphql/operation-resolution.plugin';
import { requestLogPlugin } from '../request/request-log.plugin';
import { GATEWAY_CONFIG } from './gateway-config.token';

/** One registry lookup per user per 30 s decides whether their tokens still stand. */
function revocationCheck(config: GatewayConfig, registry: RegistryInternalClient): TokenStateCheck {
  return tokenStateCheck((userId) => registry.tokenState(userId), config.log);
}

/** One registry lookup per plugin per 30 s decides whether its tokens still stand. */
function pluginApprovalCheck(config: GatewayConfig, registry: RegistryInternalClient): PluginStateCheck {
  return pluginStateCheck((pluginId) => registry.pluginState(pluginId), config.log);
}

function graphqlOptions(config: GatewayConfig): ApolloGatewayDriverConfig {
  const urls = new Map(config.subgraphs.map((subgraph) => [subgraph.name, subgraph.url]));
  const registry = new RegistryInternalClient(config.registryUrl, config.internalSecret);
  return {
    driver: ApolloGatewayDriver,
    server: {
      path: '/graphql',
      introspection: config.introspection,
      graphiql: config.introspection,
      // With introspection off, "Did you mean …" would still spell out field and argument names.
      hideSchemaDetailsFromClientErrors: !config.introspection,
      includeStacktraceInErrorResponses: false,
      context: gatewayContextFactory(config.jwtSecret, revocationCheck(config, registry), pluginApprovalCheck(config, registry)),
      // An unknown operationName is refused first (else the executor throws a 500); plugin narrowing next: a plugin's refusal names the field it may not read, whatever its size.
      plugins: [
        operationResolutionPlugin(),
        pluginNarrowingPlugin(),
        queryLimitsPlugin(config.limits, config.selectionLimits),
        requestLogPlugin(),
      ],
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
      controllers: [HealthController, SessionController, FilesController, OpenDataController],
      providers: [{ provide: GATEWAY_CONFIG, useValue: config }, HealthService],
    };
  }
}
