import { Module, type DynamicModule } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import type { Logger } from 'typeorm';
import { HealthModule, AccessGuard, federationModule, ServiceDatabaseModule, type FileStorage, SystemClock, Clock } from '@simpul/service-kit';
import { AppealResolver } from './appeals/appeal.resolver';
import { AppealService } from './appeals/appeal.service';
import { COHORT_LABEL_RESOLVERS } from './cohorts/cohort-label.resolver';
import { CycleResolver } from './cycles/cycle.resolver';
import { CycleService } from './cycles/cycle.service';
import { evaluationDataSourceOptions } from './evaluation-database';
import { evidenceMaxBytes } from './evidence/evidence-policy';
import { EVIDENCE_STORAGE, localEvidenceStorage } from './evidence/evidence-storage';
import { EvidenceResolver } from './evidence/evidence.resolver';
import { EVIDENCE_MAX_BYTES, EvidenceService } from './evidence/evidence.service';
import { ConflictDeclarationRefsResolver, EvaluatorProfileRefsResolver } from './evaluators/evaluator-refs.resolver';
import { EvaluatorResolver } from './evaluators/evaluator.resolver';
import { EvaluatorService } from './evaluators/evaluator.service';
import { F01ClaimResolver, F01Resolver } from './f01/f01.resolver';
import { F01Service } from './f01/f01.service';
import { F02Resolver } from './f02/f02.resolver';
import { F02Service } from './f02/f02.service';
import { F03Resolver } from './f03/f03.resolver';
import { F03Service, SURVEY_BASE_URL } from './f03/f03.service';
import { EvidenceAccess } from './access/evidence-access.service';
import { LokusAccess } from './access/lokus-access.service';
import { LokusResolver } from './lokus/lokus.resolver';
import { LokusService } from './lokus/lokus.service';
import { ReportsResolver } from './reports/reports.resolver';
import { ReportsService } from './reports/reports.service';
import { CycleAggregatesResolver, LokusResultResolver, ResultsResolver } from './results/results.resolver';
import { ResultsService } from './results/results.service';
import { ServiceUnitResolver } from './units/service-unit.resolver';

export interface EvaluationAppOptions {
  /** null builds the app without a database (print-schema). */
  databaseUrl: string | null;
  /** A TypeORM logger, e.g. a QueryCounter in tests. */
  queryLogger?: Logger;
  /** Where "now" comes from; tests pass a ManualClock to move through the phases. */
  clock?: Clock;
  /** Evidence bytes; default local disk under EVIDENCE_DIR (.data/evidence). */
  evidenceStorage?: FileStorage;
  /** Largest evidence file; default EVIDENCE_MAX_BYTES or 10 MB. */
  evidenceMaxBytes?: number;
  /** Public portal address the F-03 links (and their QR codes) point at; default PUBLIC_PORTAL_URL or http://127.0.0.1:4200. */
  surveyBaseUrl?: string;
}

export const EVALUATION_RESOLVERS = [
  CycleResolver, LokusResolver, EvaluatorResolver, F01Resolver, F01ClaimResolver, EvidenceResolver, F02Resolver, F03Resolver, ResultsResolver, LokusResultResolver, CycleAggregatesResolver, AppealResolver,
  ReportsResolver, ServiceUnitResolver, EvaluatorProfileRefsResolver, ConflictDeclarationRefsResolver, ...COHORT_LABEL_RESOLVERS,
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
      ],
      providers: [
        { provide: APP_GUARD, useClass: AccessGuard },
        { provide: Clock, useValue: options.clock ?? new SystemClock() },
        { provide: EVIDENCE_STORAGE, useValue: options.evidenceStorage ?? localEvidenceStorage() },
        { provide: EVIDENCE_MAX_BYTES, useValue: options.evidenceMaxBytes ?? evidenceMaxBytes() },
        { provide: SURVEY_BASE_URL, useValue: options.surveyBaseUrl ?? process.env.PUBLIC_PORTAL_URL ?? 'http://127.0.0.1:4200' },
        CycleService,
        LokusAccess,
        EvidenceAccess,
        LokusService,
        EvaluatorService,
        F01Service,
        EvidenceService,
        F02Service,
        F03Service,
        ResultsService,
        AppealService,
        ReportsService,
        ...EVALUATION_RESOLVERS,
      ],
    };
  }
}
