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
import { AgenciesModule } from './agencies/agencies.module';
import { AuditModule } from './audit/audit.module';
import { DocumentsModule } from './documents/documents.module';
import { RegistryExportsModule } from './exports/registry-exports.module';
import { MailModule } from './mail/mail.module';
import { NotificationsModule } from './notifications/notifications.module';
import { REGISTRY_DATASETS } from './open-data/registry-datasets';
import { OmbudsmanReadinessModule } from './ombudsman-readiness/ombudsman-readiness.module';
import { PluginsModule } from './plugins/plugins.module';
import { SessionsModule } from './sessions/sessions.module';
import { IdentityModule } from './identity/identity.module';
import { RegionsModule } from './regions/regions.module';
import { SearchModule } from './search/search.module';
import { registryDataSourceOptions } from './registry-database';
import { TasksModule } from './tasks/tasks.module';
import { SystemModule } from './system/system.module';
import { ServicesModule } from './services/services.module';
import { UnitsModule } from './units/units.module';
import { RegistryOptionsModule, type RegistryAppOptions } from './registry-options.module';

export type { RegistryAppOptions } from './registry-options.module';

/**
 * One module per feature; each declares its providers and what it exports to the others.
 */
export const REGISTRY_FEATURES = [
  RegionsModule,
  AgenciesModule,
  UnitsModule,
  ServicesModule,
  MailModule,
  IdentityModule,
  SessionsModule,
  AuditModule,
  SystemModule,
  TasksModule,
  NotificationsModule,
  PluginsModule,
  SearchModule,
  DocumentsModule,
  OmbudsmanReadinessModule,
  RegistryExportsModule,
];

/** Every resolver the feature modules declare, for the check that each query and mutation declares its access. */
export const REGISTRY_RESOLVERS = moduleProviderClasses(REGISTRY_FEATURES);

@Module({})
export class AppModule {
  static forRoot(options: RegistryAppOptions): DynamicModule {
    return {
      module: AppModule,
      imports: [
        ServiceDatabaseModule.forRoot(registryDataSourceOptions(options.databaseUrl ?? 'postgres://unused/unused', options.queryLogger), {
          connect: options.databaseUrl !== null,
        }),
        federationModule(),
        HealthModule.forService('registry'),
        RegistryOptionsModule.forRoot(options),
        ...REGISTRY_FEATURES,
        OpenDataModule.forDatasets(REGISTRY_DATASETS),
      ],
      providers: [{ provide: APP_GUARD, useClass: AccessGuard }],
    };
  }
}
