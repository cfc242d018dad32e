import type { DynamicModule, INestApplication, Type } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import type { LogLevel } from '@nestjs/common';
import { readSecret } from '../auth/secrets';
import { internalAuthMiddleware } from '../auth/internal-auth.middleware';

export interface SubgraphAppOptions {
  logLevels?: LogLevel[] | false;
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
  app.use(internalAuthMiddleware(secret));
  app.enableShutdownHooks();
  return app;
}
