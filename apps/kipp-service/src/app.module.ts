import { Module, type DynamicModule } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import {
  HealthModule,
  AccessGuard,
  federationModule,
  moduleProviderClasses,
  OpenDataModule,
  ServiceDatabaseModule,
} from '@simpul/service-kit';
import { AccessModule } from './access/access.module';
import { AppointmentsModule } from './appointments/appointments.module';
import { AttachmentsModule } from './attachments/attachments.module';
import { AwardTiersModule } from './award-tiers/award-tiers.module';
import { CatalogueModule } from './catalogue/catalogue.module';
import { CompetitionsModule } from './competitions/competitions.module';
import { ExportsModule } from './exports/exports.module';
import { KippFederationModule } from './federation/federation.module';
import { OriginModule } from './origin/origin.module';
import { PublicFiguresModule } from './public-figures/public-figures.module';
import { ProposalsModule } from './proposals/proposals.module';
import { RemindersModule } from './reminders/reminders.module';
import { SelectionModule } from './selection/selection.module';
import { kippDataSourceOptions } from './kipp-database';
import { KippOptionsModule, type KippAppOptions } from './kipp-options.module';
import { SearchFeedModule } from './search-feed/search-feed.module';
import { TasksModule } from './tasks/tasks.module';
import { KIPP_DATASETS } from './open-data/kipp-datasets';

export type { KippAppOptions } from './kipp-options.module';

/**
 * One module per feature; each declares its providers and what it exports to the others.
 */
export const KIPP_FEATURES = [
  AccessModule,
  AppointmentsModule,
  CompetitionsModule,
  ProposalsModule,
  AttachmentsModule,
  SelectionModule,
  CatalogueModule,
  AwardTiersModule,
  KippFederationModule,
  OriginModule,
  TasksModule,
  SearchFeedModule,
  RemindersModule,
  PublicFiguresModule,
  ExportsModule,
];

/** Every resolver the feature modules declare, for the check that each query and mutation declares its access. */
export const KIPP_RESOLVERS = moduleProviderClasses(KIPP_FEATURES);

@Module({})
export class AppModule {
  static forRoot(options: KippAppOptions): DynamicModule {
    return {
      module: AppModule,
      imports: [
        ServiceDatabaseModule.forRoot(kippDataSourceOptions(options.databaseUrl ?? 'postgres://unused/unused', options.queryLogger), {
          connect: options.databaseUrl !== null,
        }),
        federationModule(),
        HealthModule.forService('kipp'),
        KippOptionsModule.forRoot(options),
        ...KIPP_FEATURES,
        OpenDataModule.forDatasets(KIPP_DATASETS),
      ],
      providers: [{ provide: APP_GUARD, useClass: AccessGuard }],
    };
  }
}
