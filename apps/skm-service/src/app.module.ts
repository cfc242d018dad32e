import { Module, type DynamicModule, type MiddlewareConsumer, type NestModule } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import type { Logger } from 'typeorm';
import { HealthModule, AccessGuard, federationModule, ServiceDatabaseModule, SystemClock, Clock } from '@simpul/service-kit';
import { DeskResolver } from './federation/desk.resolver';
import { ServiceUnitResolver } from './federation/service-unit.resolver';
import { FollowUpResolver } from './follow-ups/follow-up.resolver';
import { FollowUpService } from './follow-ups/follow-up.service';
import { ImportController } from './imports/import.controller';
import { ImportResolver } from './imports/import.resolver';
import { ImportService } from './imports/import.service';
import { ReviewResolver } from './integrity/review.resolver';
import { ReviewService } from './integrity/review.service';
import { COMPACT_EVERY_MS, RollupCompactor } from './results/rollup-compactor';
import { ResultsResolver } from './results/results.resolver';
import { ResultsService } from './results/results.service';
import { HttpMallDirectory } from './malls/http-mall-directory';
import { MALL_DIRECTORY, type MallDirectory } from './malls/mall-directory';
import { skmDataSourceOptions } from './skm-database';
import { clientAddressMiddleware } from './submissions/client-key';
import { PublicResponsesController } from './submissions/public-responses.controller';
import { RATE_LIMITER, rateLimitFromEnv, TokenBucketLimiter, type RateLimit } from './submissions/rate-limiter';
import { SubmissionResolver } from './submissions/submission.resolver';
import { SubmissionService } from './submissions/submission.service';
import { LinkService } from './surveys/link.service';
import { SkmAuditResolver } from './audit/skm-audit.resolver';
import { SurveyResolver } from './surveys/survey.resolver';
import { FIGURE_ORIGIN_RESOLVERS } from './origin/figure-origin.resolver';
import { PUBLIC_BASE_URL, SurveyService } from './surveys/survey.service';

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
}

export const SKM_RESOLVERS = [SurveyResolver, SubmissionResolver, ResultsResolver, FollowUpResolver, ImportResolver, ReviewResolver, ServiceUnitResolver, DeskResolver, SkmAuditResolver, ...FIGURE_ORIGIN_RESOLVERS];

@Module({})
export class AppModule implements NestModule {
  static forRoot(options: SkmAppOptions): DynamicModule {
    return {
      module: AppModule,
      imports: [
        ServiceDatabaseModule.forRoot(skmDataSourceOptions(options.databaseUrl ?? 'postgres://unused/unused', options.queryLogger, options.poolSize), {
          connect: options.databaseUrl !== null,
        }),
        federationModule(),
        HealthModule.forService('skm'),
      ],
      controllers: [PublicResponsesController, ImportController],
      providers: [
        { provide: APP_GUARD, useClass: AccessGuard },
        { provide: Clock, useValue: options.clock ?? new SystemClock() },
        { provide: PUBLIC_BASE_URL, useValue: options.publicBaseUrl ?? process.env.PUBLIC_BASE_URL ?? DEFAULT_PUBLIC_BASE_URL },
        { provide: RATE_LIMITER, useValue: new TokenBucketLimiter(options.rateLimit ?? rateLimitFromEnv()) },
        { provide: MALL_DIRECTORY, useValue: options.malls ?? new HttpMallDirectory(process.env.MPP_URL || DEFAULT_MPP_URL) },
        { provide: COMPACT_EVERY_MS, useValue: options.compactEveryMs ?? 1000 },
        RollupCompactor,
        SurveyService,
        LinkService,
        SubmissionService,
        ResultsService,
        FollowUpService,
        ImportService,
        ReviewService,
        ...SKM_RESOLVERS,
      ],
    };
  }

  configure(consumer: MiddlewareConsumer): void {
    consumer.apply(clientAddressMiddleware).forRoutes('graphql');
  }
}
