import type { Server } from 'node:http';
import type { DynamicModule, INestApplication, Type } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import type { LogLevel } from '@nestjs/common';
import { readSecret } from '../auth/secrets';
import { internalAuthMiddleware } from '../auth/internal-auth.middleware';
import { jsonBodyLimitFor } from '../http/body-limits';
import { useJsonBody } from '../http/json-body';
import { securityHeaders } from './security-headers';

// The gateway sets the same headers (helmet, one policy); exported here with the app it belongs to.
export { securityHeaders, type SecurityHeaderOptions } from './security-headers';

export interface SubgraphAppOptions {
  logLevels?: LogLevel[] | false;
  /** The service's short name (`registry`, `skm`): its JSON body limit comes from `ADVERTISED_UPLOADS`. */
  service?: string;
  /** Overrides the body limit (tests with smaller upload limits); otherwise `jsonBodyLimitFor(service)`. */
  jsonBodyLimitBytes?: number;
}

/**
 * Creates a subgraph's Nest app with the gateway-only middleware in front of every route (except
 * GET /health), so serving and tests run the exact same stack.
 */
export async function createSubgraphApp(
  module: Type<unknown> | DynamicModule,
  options: SubgraphAppOptions = {},
): Promise<INestApplication> {
  const secret = readSecret('INTERNAL_SECRET');
  const app = await NestFactory.create(module, {
    logger: options.logLevels ?? ['error', 'warn'],
    abortOnError: false,
    bodyParser: true,
  });
  // Security headers before anything can answer, so refusals carry them too.
  app.use(securityHeaders());
  // The internal token first, so a call that bypasses the gateway is refused before its body is read.
  app.use(internalAuthMiddleware(secret));
  // Before any route: Nest then skips its own 100 kB JSON parser; an over-size body is BAD_USER_INPUT.
  useJsonBody(app, options.jsonBodyLimitBytes ?? jsonBodyLimitFor(options.service ?? ''));
  app.enableShutdownHooks();
  keepIdleConnectionsOpen(app.getHttpServer() as Server);
  return app;
}

/**
 * How long a subgraph keeps an idle keep-alive connection. It must outlast the gateway's own idle
 * limit for pooled sockets (`SUBGRAPH_SOCKET_IDLE_MS`): when the server closed first (Node's default
 * is 5 s), a request the gateway had just written onto that socket failed with "socket hang up".
 */
export const SUBGRAPH_KEEP_ALIVE_MS = 65_000;

/** The gateway closes a pooled socket to a subgraph after this long idle, before the subgraph would. */
export const SUBGRAPH_SOCKET_IDLE_MS = 30_000;

function keepIdleConnectionsOpen(server: Server): void {
  server.keepAliveTimeout = SUBGRAPH_KEEP_ALIVE_MS;
  // Must exceed keepAliveTimeout, or Node may close a connection whose next request has started.
  server.headersTimeout = SUBGRAPH_KEEP_ALIVE_MS + 1_000;
}
