import { Module, type DynamicModule } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import type { Logger } from 'typeorm';
import { HealthModule, AccessGuard, federationModule, LocalDiskFileStorage, ServiceDatabaseModule, type FileStorage, Clock, SystemClock } from '@simpul/service-kit';
import { MppAccess } from './access/mpp-access';
import { AgreementResolver } from './agreements/agreement.resolver';
import { AgreementService } from './agreements/agreement.service';
import { DashboardResolver } from './dashboard/dashboard.resolver';
import { DashboardService } from './dashboard/dashboard.service';
import { DeskAssignmentResolver } from './desks/desk-assignment.resolver';
import { DeskChangesResolver } from './audit/desk-changes.resolver';
import { TenancyChangesResolver } from './audit/tenancy-changes.resolver';
import { DeskResolver } from './desks/desk.resolver';
import { DeskService } from './desks/desk.service';
import { FILE_STORAGE, FILES_MAX_BYTES } from './files/file-storage.token';
import { MallDocumentFileResolver, MppDocumentFileResolver, MppFileResolver } from './files/mpp-file.resolver';
import { MppFileService } from './files/mpp-file.service';
import { mppFilesMaxBytes } from './files/mpp-upload-policy';
import { MallResolver } from './malls/mall.resolver';
import { MallService } from './malls/mall.service';
import { mppDataSourceOptions } from './mpp-database';
import { NationalResolver } from './national/national.resolver';
import { NationalService } from './national/national.service';
import { HttpRegistryClient } from './registry/http-registry-client';
import { REGISTRY_CLIENT, type RegistryClient } from './registry/registry-client';
import { TenancyResolver } from './tenancies/tenancy.resolver';
import { TenancyService } from './tenancies/tenancy.service';
import { TenancyServiceResolver } from './tenancy-services/tenancy-service.resolver';
import { TenancyServiceService } from './tenancy-services/tenancy-service.service';
import { DeskDayResolver } from './visits/desk-day.resolver';
import { DeskDayService } from './visits/desk-day.service';
import { FIGURE_ORIGIN_RESOLVERS } from './origin/figure-origin.resolver';

export const DEFAULT_REGISTRY_URL = 'http://127.0.0.1:4101/graphql';

export interface MppAppOptions {
  /** null builds the app without a database (print-schema). */
  databaseUrl: string | null;
  /** The registry subgraph; defaults to an HTTP client for REGISTRY_URL. */
  registry?: RegistryClient;
  /** Today's date for expiry rules; tests pass a FixedClock. */
  clock?: Clock;
  queryLogger?: Logger;
  /** Where uploaded documents go; defaults to local disk under SIMPUL_FILES_DIR (.data/files). */
  files?: FileStorage;
  /** Largest upload; defaults to MPP_FILES_MAX_BYTES (10 MB). */
  filesMaxBytes?: number;
}

export const MPP_RESOLVERS = [
  ...FIGURE_ORIGIN_RESOLVERS,
  MallResolver,
  DeskChangesResolver,
  TenancyChangesResolver,
  TenancyResolver,
  AgreementResolver,
  DeskResolver,
  DeskAssignmentResolver,
  TenancyServiceResolver,
  DeskDayResolver,
  DashboardResolver,
  NationalResolver,
  MppFileResolver,
  MppDocumentFileResolver,
  MallDocumentFileResolver,
];

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
      ],
      providers: [
        { provide: APP_GUARD, useClass: AccessGuard },
        { provide: Clock, useValue: options.clock ?? new SystemClock() },
        { provide: REGISTRY_CLIENT, useValue: options.registry ?? new HttpRegistryClient(process.env.REGISTRY_URL || DEFAULT_REGISTRY_URL) },
        { provide: FILE_STORAGE, useValue: options.files ?? new LocalDiskFileStorage() },
        { provide: FILES_MAX_BYTES, useValue: options.filesMaxBytes ?? mppFilesMaxBytes() },
        MppAccess,
        MppFileService,
        MallService,
        TenancyService,
        AgreementService,
        DeskService,
        TenancyServiceService,
        DeskDayService,
        DashboardService,
        NationalService,
        ...MPP_RESOLVERS,
      ],
    };
  }
}
