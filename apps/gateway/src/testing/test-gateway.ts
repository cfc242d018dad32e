import type { NestExpressApplication } from '@nestjs/platform-express';
import { Test } from '@nestjs/testing';
import { configureGatewayApp } from '../app/configure-app';
import { GatewayModule } from '../app/gateway.module';
import {
  DEFAULT_LIMITS,
  DEFAULT_MAX_BODY_BYTES,
  DEFAULT_PORTAL_ORIGINS,
  DEFAULT_TRUST_PROXY,
  type GatewayConfig,
  type LogLine,
} from '../config/gateway-config';
import { subgraphEndpoints } from '../config/subgraph-endpoints';

export interface TestGateway {
  url: string;
  /** The JSON lines the gateway logged, in order. */
  logs: LogLine[];
  close: () => Promise<void>;
}

export interface TestGatewayOptions {
  supergraphSdl: string;
  jwtSecret: string;
  internalSecret: string;
  /** Environment for `<NAME>_URL` overrides. */
  env?: NodeJS.ProcessEnv;
  /** As outside production unless said otherwise. */
  introspection?: boolean;
  /** Whose internal /internal/* endpoints the gateway asks (default: the first subgraph's). */
  registryUrl?: string;
  portalOrigins?: string[];
}

/** The real gateway Nest app on a free loopback port, configured as main.ts would configure it. */
export async function startTestGateway(options: TestGatewayOptions): Promise<TestGateway> {
  const logs: LogLine[] = [];
  const subgraphs = subgraphEndpoints(options.supergraphSdl, options.env ?? {});
  const config: GatewayConfig = {
    supergraphSdl: options.supergraphSdl,
    subgraphs,
    limits: DEFAULT_LIMITS,
    introspection: options.introspection ?? true,
    jwtSecret: options.jwtSecret,
    internalSecret: options.internalSecret,
    portalOrigins: options.portalOrigins ?? DEFAULT_PORTAL_ORIGINS,
    healthTimeoutMs: 1000,
    maxBodyBytes: DEFAULT_MAX_BODY_BYTES,
    trustProxy: DEFAULT_TRUST_PROXY,
    registryUrl: options.registryUrl ?? subgraphs[0]?.url ?? '',
    log: (line) => logs.push(line),
  };
  const moduleRef = await Test.createTestingModule({ imports: [GatewayModule.forRoot(config)] }).compile();
  const app = moduleRef.createNestApplication<NestExpressApplication>({ logger: false });
  configureGatewayApp(app, config);
  await app.listen(0, '127.0.0.1');
  const address = app.getHttpServer().address() as { port: number };
  return { url: `http://127.0.0.1:${address.port}`, logs, close: () => app.close() };
}
