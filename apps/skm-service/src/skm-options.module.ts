import { Global, Module, type DynamicModule } from '@nestjs/common';
import { Clock, NotificationClient, SystemClock } from '@simpul/service-kit';
import { DataSource, type Logger } from 'typeorm';
import { HttpMallDirectory } from './malls/http-mall-directory';
import { MALL_DIRECTORY, type MallDirectory } from './malls/mall-directory';
import { COMPACT_EVERY_MS } from './results/rollup-compactor';
import { PostgresRateLimiter, RATE_LIMITER, rateLimitFromEnv, type RateLimit } from './submissions/rate-limiter';
import { PUBLIC_BASE_URL } from './surveys/survey.service';

export const DEFAULT_PUBLIC_BASE_URL = 'http://127.0.0.1:4200';
export const DEFAULT_MPP_URL = 'http://127.0.0.1:4104/graphql';

export interface SkmAppOptions {
  /** null builds the app without a database (print-schema). */
  databaseUrl: string | null;
  clock?: Clock;
  queryLogger?: Logger;
  /** Where the portal serves the public form (QR and link URLs); defaults to PUBLIC_BASE_URL. */
  publicBaseUrl?: string;
  rateLimit?: RateLimit;
  poolSize?: number;
  /** Desks and tenants of a mall (MPP service); defaults to an HTTP client for MPP_URL. */
  malls?: MallDirectory;
  /** How often submitted counts are folded into the rollup (0: never, tests fold by hand); default 1000 ms. */
  compactEveryMs?: number;
  /** Where reminders go (the registry's POST /internal/notifications); defaults to the registry at REGISTRY_URL. */
  notifications?: NotificationClient;
}

/**
 * What the app is started with (tests pass their own): the clock, the portal address, the rate
 * limit, the MPP subgraph, the rollup fold interval and where reminders are sent. Global, so the
 * feature modules inject them without taking options.
 */
@Global()
@Module({})
export class SkmOptionsModule {
  static forRoot(options: SkmAppOptions): DynamicModule {
    const providers = [
      { provide: Clock, useValue: options.clock ?? new SystemClock() },
      { provide: PUBLIC_BASE_URL, useValue: options.publicBaseUrl ?? process.env.PUBLIC_BASE_URL ?? DEFAULT_PUBLIC_BASE_URL },
      // In PostgreSQL, so every replica takes from the same bucket.
      {
        provide: RATE_LIMITER,
        useFactory: (db: DataSource) => new PostgresRateLimiter(db, options.rateLimit ?? rateLimitFromEnv()),
        inject: [DataSource],
      },
      { provide: MALL_DIRECTORY, useValue: options.malls ?? new HttpMallDirectory(process.env.MPP_URL || DEFAULT_MPP_URL) },
      { provide: COMPACT_EVERY_MS, useValue: options.compactEveryMs ?? 1000 },
      { provide: NotificationClient, useValue: options.notifications ?? new NotificationClient() },
    ];
    return { module: SkmOptionsModule, providers, exports: providers.map((provider) => provider.provide) };
  }
}
