import { Module, type DynamicModule } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import type { Logger } from 'typeorm';
import { HealthModule, AccessGuard, federationModule, ServiceDatabaseModule } from '@simpul/service-kit';
import { AgencyResolver } from './agencies/agency.resolver';
import { AgencyService } from './agencies/agency.service';
import { RegistryAuditResolver } from './audit/registry-audit.resolver';
import { IDENTITY_CONTROLLERS, IDENTITY_RESOLVERS, identityProviders, type IdentityOptions } from './identity/identity.providers';
import { RegionResolver } from './regions/region.resolver';
import { RegionService } from './regions/region.service';
import { registryDataSourceOptions } from './registry-database';
import { SystemStatusResolver } from './system/system-status.resolver';
import { SystemStatusService } from './system/system-status.service';
import { ServiceImportResolver } from './services/import/service-import.resolver';
import { ServiceImportService } from './services/import/service-import.service';
import { ServiceResolver } from './services/service.resolver';
import { ServiceService } from './services/service.service';
import { ServiceUnitResolver } from './units/service-unit.resolver';
import { ServiceUnitService } from './units/service-unit.service';

export interface RegistryAppOptions extends IdentityOptions {
  /** null builds the app without a database (print-schema). */
  databaseUrl: string | null;
  /** A TypeORM logger, e.g. a QueryCounter in tests and benchmarks. */
  queryLogger?: Logger;
}

export const REGISTRY_RESOLVERS = [RegionResolver, AgencyResolver, ServiceUnitResolver, ServiceResolver, ServiceImportResolver, ...IDENTITY_RESOLVERS, RegistryAuditResolver, SystemStatusResolver];

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
      ],
      controllers: [...IDENTITY_CONTROLLERS],
      providers: [
        { provide: APP_GUARD, useClass: AccessGuard },
        RegionService,
        AgencyService,
        ServiceUnitService,
        ServiceService,
        ServiceImportService,
        SystemStatusService,
        ...identityProviders(options),
        ...REGISTRY_RESOLVERS,
      ],
    };
  }
}
