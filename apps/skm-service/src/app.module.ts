import { Module, type DynamicModule, type MiddlewareConsumer, type NestModule } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import {
  HealthModule,
  AccessGuard,
  federationModule,
  moduleProviderClasses,
  OpenDataModule,
  ServiceDatabaseModule,
} from '@simpul/service-kit';
import { AuditModule } from './audit/audit.module';
import { ExportsModule } from './exports/exports.module';
import { FederationEntitiesModule } from './federation/federation-entities.module';
import { FollowUpsModule } from './follow-ups/follow-ups.module';
import { ImportsModule } from './imports/imports.module';
import { IntegrityModule } from './integrity/integrity.module';
import { OriginModule } from './origin/origin.module';
import { PublicFiguresModule } from './public-figures/public-figures.module';
import { PublicResultsModule } from './public-results/public-results.module';
import { QueueModule } from './queue/queue.module';
import { RemindersModule } from './reminders/reminders.module';
import { ResultsModule } from './results/results.module';
import { skmDataSourceOptions } from './skm-database';
import { SkmOptionsModule, type SkmAppOptions } from './skm-options.module';
import { clientAddressMiddleware } from './submissions/client-key';
import { SubmissionsModule } from './submissions/submissions.module';
import { SurveysModule } from './surveys/surveys.module';
import { TasksModule } from './tasks/tasks.module';
import { SKM_DATASETS } from './open-data/skm-datasets';

export { DEFAULT_MPP_URL, DEFAULT_PUBLIC_BASE_URL, type SkmAppOptions } from './skm-options.module';

/**
 * One module per feature; each declares its providers and what it exports to the others. The printed
 * SDL lists root fields in the order the resolvers are found, so keep this order (schema.graphql must
 * not change when modules move).
 */
export const SKM_FEATURES = [
  SurveysModule,
  SubmissionsModule,
  ResultsModule,
  FollowUpsModule,
  ImportsModule,
  IntegrityModule,
  FederationEntitiesModule,
  AuditModule,
  OriginModule,
  TasksModule,
  RemindersModule,
  PublicFiguresModule,
  PublicResultsModule,
  ExportsModule,
  QueueModule,
];

/** Every resolver the feature modules declare, for the check that each query and mutation declares its access. */
export const SKM_RESOLVERS = moduleProviderClasses(SKM_FEATURES);

@Module({})
export class AppModule implements NestModule {
  static forRoot(options: SkmAppOptions): DynamicModule {
    return {
      module: AppModule,
      imports: [
        ServiceDatabaseModule.forRoot(
          skmDataSourceOptions(options.databaseUrl ?? 'postgres://unused/unused', options.queryLogger, options.poolSize),
          {
            connect: options.databaseUrl !== null,
          },
        ),
        federationModule(),
        HealthModule.forService('skm'),
        SkmOptionsModule.forRoot(options),
        ...SKM_FEATURES,
        OpenDataModule.forDatasets(SKM_DATASETS),
      ],
      providers: [{ provide: APP_GUARD, useClass: AccessGuard }],
    };
  }

  configure(consumer: MiddlewareConsumer): void {
    // The client address (rate limits, burst checks) of every GraphQL request, whichever feature answers it.
    consumer.apply(clientAddressMiddleware).forRoutes('graphql');
  }
}
