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
import { AgreementsModule } from './agreements/agreements.module';
import { AuditModule } from './audit/audit.module';
import { DashboardModule } from './dashboard/dashboard.module';
import { DesksModule } from './desks/desks.module';
import { ExportsModule } from './exports/exports.module';
import { FilesModule } from './files/files.module';
import { MallsModule } from './malls/malls.module';
import { mppDataSourceOptions } from './mpp-database';
import { MppOptionsModule, type MppAppOptions } from './mpp-options.module';
import { NationalModule } from './national/national.module';
import { OriginModule } from './origin/origin.module';
import { PublicFiguresModule } from './public-figures/public-figures.module';
import { RemindersModule } from './reminders/reminders.module';
import { TenanciesModule } from './tenancies/tenancies.module';
import { TenancyServicesModule } from './tenancy-services/tenancy-services.module';
import { VisitsModule } from './visits/visits.module';
import { SearchFeedModule } from './search-feed/search-feed.module';
import { TasksModule } from './tasks/tasks.module';
import { MPP_DATASETS } from './open-data/mpp-datasets';

export { DEFAULT_REGISTRY_URL, type MppAppOptions } from './mpp-options.module';

/**
 * One module per feature; each declares its providers and what it exports to the others. The printed
 * SDL lists root fields in the order the resolvers are found, so keep this order (schema.graphql must
 * not change when modules move).
 */
export const MPP_FEATURES = [
  OriginModule,
  MallsModule,
  AuditModule,
  TenanciesModule,
  AgreementsModule,
  DesksModule,
  TenancyServicesModule,
  VisitsModule,
  DashboardModule,
  NationalModule,
  FilesModule,
  AccessModule,
  TasksModule,
  SearchFeedModule,
  RemindersModule,
  PublicFiguresModule,
  ExportsModule,
];

/** Every resolver the feature modules declare, for the check that each query and mutation declares its access. */
export const MPP_RESOLVERS = moduleProviderClasses(MPP_FEATURES);

@Module({})
export class AppModule {
  static forRoot(options: MppAppOptions): DynamicModule {
    return {
      module: AppModule,
      imports: [
        ServiceDatabaseModule.forRoot(mppDataSourceOptions(options.databaseUrl ?? 'postgres://unused/unused', options.queryLogger), {
          connect: options.databaseUrl !== null,
        }),
        federationModule(),
        HealthModule.forService('mpp'),
        MppOptionsModule.forRoot(options),
        ...MPP_FEATURES,
        OpenDataModule.forDatasets(MPP_DATASETS),
      ],
      providers: [{ provide: APP_GUARD, useClass: AccessGuard }],
    };
  }
}
