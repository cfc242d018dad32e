import { Module, type DynamicModule, type MiddlewareConsumer, type NestModule } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import type { Logger } from 'typeorm';
import { HealthModule, AccessGuard, federationModule, LocalDiskFileStorage, ServiceDatabaseModule, Clock, SystemClock, type FileStorage } from '@simpul/service-kit';
import { KippAccess } from './access/kipp-access';
import { KippRolesResolver } from './access/kipp-roles.resolver';
import { AppointmentResolver } from './appointments/appointment.resolver';
import { AppointmentService } from './appointments/appointment.service';
import { ATTACHMENT_MAX_BYTES, ATTACHMENT_STORAGE, kippFilesMaxBytes } from './attachments/attachment-storage';
import { AttachmentService } from './attachments/attachment.service';
import { CatalogueResolver } from './catalogue/catalogue.resolver';
import { InnovationOriginResolver } from './origin/innovation-origin.resolver';
import { ShortlistOriginResolver } from './origin/shortlist-origin.resolver';
import { CatalogueService } from './catalogue/catalogue.service';
import { SEARCH_CACHE, SearchCache, searchCacheTtlMs } from './catalogue/search-cache';
import { ClientKeyMiddleware } from './common/client-key';
import { CompetitionResolver } from './competitions/competition.resolver';
import { CompetitionService } from './competitions/competition.service';
import { ServiceUnitResolver } from './federation/service-unit.resolver';
import { kippDataSourceOptions } from './kipp-database';
import { ProposalResolver } from './proposals/proposal.resolver';
import { ProposalService } from './proposals/proposal.service';
import { HttpUnitDirectory } from './registry/http-unit-directory';
import { UNIT_DIRECTORY, type UnitDirectory } from './registry/unit-directory';
import { AdminSelectionService } from './selection/admin-selection.service';
import { AssessmentService } from './selection/assessment.service';
import { ObjectionService } from './selection/objection.service';
import { SelectionResolver } from './selection/selection.resolver';
import { ShortlistService } from './selection/shortlist.service';
import { VerificationService } from './selection/verification.service';

export const DEFAULT_REGISTRY_URL = 'http://127.0.0.1:4101/graphql';

export interface KippAppOptions {
  /** null builds the app without a database (print-schema). */
  databaseUrl: string | null;
  /** The registry subgraph; defaults to an HTTP client for REGISTRY_URL. */
  directory?: UnitDirectory;
  /** Today's date for deadlines and windows; tests pass a FixedClock. */
  clock?: Clock;
  queryLogger?: Logger;
  /** How long a public catalogue search page may be reused; defaults to KIPP_SEARCH_CACHE_SECONDS (15 s). */
  searchCacheMs?: number;
  /** Where attachments are kept; defaults to local disk under SIMPUL_FILES_DIR (.data/files). */
  files?: FileStorage;
  /** Largest attachment; defaults to KIPP_FILES_MAX_BYTES (10 MB). */
  filesMaxBytes?: number;
}

export const KIPP_RESOLVERS = [KippRolesResolver, AppointmentResolver, CompetitionResolver, ProposalResolver, SelectionResolver, CatalogueResolver, ServiceUnitResolver, InnovationOriginResolver, ShortlistOriginResolver];

@Module({})
export class AppModule implements NestModule {
  static forRoot(options: KippAppOptions): DynamicModule {
    return {
      module: AppModule,
      imports: [
        ServiceDatabaseModule.forRoot(kippDataSourceOptions(options.databaseUrl ?? 'postgres://unused/unused', options.queryLogger), { connect: options.databaseUrl !== null }),
        federationModule(),
        HealthModule.forService('kipp'),
      ],
      providers: [
        { provide: APP_GUARD, useClass: AccessGuard },
        { provide: Clock, useValue: options.clock ?? new SystemClock() },
        { provide: UNIT_DIRECTORY, useValue: options.directory ?? new HttpUnitDirectory(process.env.REGISTRY_URL || DEFAULT_REGISTRY_URL) },
        { provide: SEARCH_CACHE, useValue: new SearchCache(options.searchCacheMs ?? searchCacheTtlMs()) },
        { provide: ATTACHMENT_STORAGE, useValue: options.files ?? new LocalDiskFileStorage() },
        { provide: ATTACHMENT_MAX_BYTES, useValue: options.filesMaxBytes ?? kippFilesMaxBytes() },
        KippAccess,
        AttachmentService,
        CompetitionService,
        ProposalService,
        AdminSelectionService,
        AssessmentService,
        ShortlistService,
        ObjectionService,
        VerificationService,
        CatalogueService,
        AppointmentService,
        ...KIPP_RESOLVERS,
      ],
    };
  }

  configure(consumer: MiddlewareConsumer): void {
    consumer.apply(ClientKeyMiddleware).forRoutes('*');
  }
}
