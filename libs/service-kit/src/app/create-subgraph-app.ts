import type { DynamicModule, INestApplication, Type } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import type { LogLevel } from '@nestjs/common';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { readSecret } from '../auth/secrets';
import { internalAuthMiddleware } from '../auth/internal-auth.middleware';

export interface SubgraphAppOptions {
  logLevels?: LogLevel[] | false;
  /** Largest JSON request body; express' default is 100 kB (a service taking uploads needs more). */
  jsonBodyLimitBytes?: number;
}

/**
 * Creates a subgraph's Nest app with the gateway-only middleware in front of every route (except
 * GET /health), so serving and tests run the exact same stack.
 */
export async function createSubgraphApp(module: Type<unknown> | DynamicModule, options: SubgraphAppOptions = {}): Promise<INestApplication> {
  const secret = readSecret('INTERNAL_SECRET');
  const app = await NestFactory.create(module, {
    logger: options.logLevels ?? ['error', 'warn'],
    abortOnError: false,
    bodyParser: true,
  });
  // Before any route: Nest then skips its own default JSON parser.
  if (options.jsonBodyLimitBytes) (app as NestExpressApplication).useBodyParser('json', { limit: options.jsonBodyLimitBytes });
  app.use(internalAuthMiddleware(secret));
  app.enableShutdownHooks();
  return app;
}
