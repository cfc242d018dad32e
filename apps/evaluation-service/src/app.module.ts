// First: the order of the types in the printed SDL (see the file).
import './app/schema-order';
import { Module, type DynamicModule } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import type { Logger } from 'typeorm';
import { HealthModule, AccessGuard, federationModule, ServiceDatabaseModule } from '@simpul/service-kit';
import { AppealsModule, APPEAL_RESOLVERS } from './appeals/appeals.module';
import { EvaluationSettingsModule, type EvaluationSettings } from './app/evaluation-settings.module';
import { CohortsModule, COHORT_RESOLVERS } from './cohorts/cohorts.module';
import { CyclesModule, CYCLE_RESOLVERS } from './cycles/cycles.module';
import { evaluationDataSourceOptions } from './evaluation-database';
import { EvaluatorsModule, EVALUATOR_RESOLVERS } from './evaluators/evaluators.module';
import { EvidenceModule, EVIDENCE_RESOLVERS } from './evidence/evidence.module';
import { F01Module, F01_RESOLVERS } from './f01/f01.module';
import { FederationModule, FEDERATION_RESOLVERS } from './federation/federation.module';
import { F02Module, F02_RESOLVERS } from './f02/f02.module';
import { F03Module, F03_RESOLVERS } from './f03/f03.module';
import { LokusModule, LOKUS_RESOLVERS } from './lokus/lokus.module';
import { ReportsModule, REPORT_RESOLVERS } from './reports/reports.module';
import { ResultsModule, RESULT_RESOLVERS } from './results/results.module';

export interface EvaluationAppOptions extends EvaluationSettings {
  /** null builds the app without a database (print-schema). */
  databaseUrl: string | null;
  /** A TypeORM logger, e.g. a QueryCounter in tests. */
  queryLogger?: Logger;
}

/** Every resolver of the subgraph, for the test that each root field declares its access. */
export const EVALUATION_RESOLVERS = [
  ...CYCLE_RESOLVERS, ...LOKUS_RESOLVERS, ...EVALUATOR_RESOLVERS, ...F01_RESOLVERS, ...EVIDENCE_RESOLVERS, ...F02_RESOLVERS, ...F03_RESOLVERS,
  ...RESULT_RESOLVERS, ...APPEAL_RESOLVERS, ...REPORT_RESOLVERS, ...FEDERATION_RESOLVERS, ...COHORT_RESOLVERS,
];

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
        // One module per feature; their order is the order of the root fields in the printed SDL.
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
      ],
      // Roles come from each resolver's @Access(...); data-dependent rules from access/.
      providers: [{ provide: APP_GUARD, useClass: AccessGuard }],
    };
  }
}
