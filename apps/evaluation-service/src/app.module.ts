import { Module, type DynamicModule } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import type { Logger } from 'typeorm';
import {
  HealthModule,
  AccessGuard,
  federationModule,
  moduleProviderClasses,
  OpenDataModule,
  ServiceDatabaseModule,
} from '@simpul/service-kit';
import { AppealsModule } from './appeals/appeals.module';
import { EvaluationSettingsModule, type EvaluationSettings } from './app/evaluation-settings.module';
import { CohortsModule } from './cohorts/cohorts.module';
import { ComparisonModule } from './comparison/comparison.module';
import { CyclesModule } from './cycles/cycles.module';
import { evaluationDataSourceOptions } from './evaluation-database';
import { EvaluatorsModule } from './evaluators/evaluators.module';
import { EvidenceModule } from './evidence/evidence.module';
import { F01Module } from './f01/f01.module';
import { FederationModule } from './federation/federation.module';
import { FollowUpModule } from './follow-up/follow-up.module';
import { F02Module } from './f02/f02.module';
import { F03Module } from './f03/f03.module';
import { LokusModule } from './lokus/lokus.module';
import { OmbudsmanModule } from './ombudsman/ombudsman.module';
import { EVALUATION_DATASETS } from './open-data/evaluation-datasets';
import { PublicFiguresModule } from './public-figures/public-figures.module';
import { RemindersModule } from './reminders/reminders.module';
import { ReportsModule } from './reports/reports.module';
import { ResultsModule } from './results/results.module';
import { SearchFeedModule } from './search-feed/search-feed.module';
import { TasksModule } from './tasks/tasks.module';

export interface EvaluationAppOptions extends EvaluationSettings {
  /** null builds the app without a database (print-schema). */
  databaseUrl: string | null;
  /** A TypeORM logger, e.g. a QueryCounter in tests. */
  queryLogger?: Logger;
}

/** One module per feature, each saying what it exports. */
export const EVALUATION_MODULES = [
  CyclesModule,
  LokusModule,
  EvaluatorsModule,
  F01Module,
  EvidenceModule,
  F02Module,
  F03Module,
  ResultsModule,
  AppealsModule,
  ReportsModule,
  FederationModule,
  CohortsModule,
  ComparisonModule,
  TasksModule,
  SearchFeedModule,
  RemindersModule,
  OmbudsmanModule,
  PublicFiguresModule,
  FollowUpModule,
];

/** Every resolver the feature modules declare, for the test that each root field declares its access. */
export const EVALUATION_RESOLVERS = moduleProviderClasses(EVALUATION_MODULES);

@Module({})
export class AppModule {
  static forRoot(options: EvaluationAppOptions): DynamicModule {
    return {
      module: AppModule,
      imports: [
        ServiceDatabaseModule.forRoot(evaluationDataSourceOptions(options.databaseUrl ?? 'postgres://unused/unused', options.queryLogger), {
          connect: options.databaseUrl !== null,
        }),
        federationModule(),
        HealthModule.forService('evaluation'),
        EvaluationSettingsModule.forRoot(options),
        ...EVALUATION_MODULES,
        OpenDataModule.forDatasets(EVALUATION_DATASETS),
      ],
      // Roles come from each resolver's @Access(...); data-dependent rules from access/.
      providers: [{ provide: APP_GUARD, useClass: AccessGuard }],
    };
  }
}
