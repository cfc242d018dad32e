import { Global, Module, type DynamicModule } from '@nestjs/common';
import { Clock, fileStorageFromEnv, NotificationClient, SystemClock, type FileStorage } from '@simpul/service-kit';
import { DataSource, type Logger } from 'typeorm';
import { ATTACHMENT_MAX_BYTES, ATTACHMENT_STORAGE, kippFilesMaxBytes } from './attachments/attachment-storage';
import { SEARCH_CACHE, SearchCache, searchCacheTtlMs } from './catalogue/search-cache';
import { unitDirectoryFromEnv } from './registry/http-unit-directory';
import { UNIT_DIRECTORY, type UnitDirectory } from './registry/unit-directory';

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
  /** Where attachments are kept; defaults to SIMPUL_FILES_STORE: local disk under SIMPUL_FILES_DIR (.data/files), or kipp.file_blobs. */
  files?: FileStorage;
  /** Largest attachment; defaults to KIPP_FILES_MAX_BYTES (10 MB). */
  filesMaxBytes?: number;
  /** Where reminders go (the registry's POST /internal/notifications); defaults to the registry at REGISTRY_URL. */
  notifications?: NotificationClient;
}

/**
 * What the app is started with (tests pass their own): the clock, the registry, the attachment
 * storage and size limit, the search cache, where reminders go. Global, so each feature module
 * injects the one it needs without every module taking options.
 */
@Global()
@Module({})
export class KippOptionsModule {
  static forRoot(options: KippAppOptions): DynamicModule {
    const providers = [
      { provide: Clock, useValue: options.clock ?? new SystemClock() },
      { provide: UNIT_DIRECTORY, useValue: options.directory ?? unitDirectoryFromEnv() },
      { provide: SEARCH_CACHE, useValue: new SearchCache(options.searchCacheMs ?? searchCacheTtlMs()) },
      {
        provide: ATTACHMENT_STORAGE,
        useFactory: (db: DataSource) => options.files ?? fileStorageFromEnv({ db, schema: 'kipp' }),
        inject: [DataSource],
      },
      { provide: ATTACHMENT_MAX_BYTES, useValue: options.filesMaxBytes ?? kippFilesMaxBytes() },
      { provide: NotificationClient, useValue: options.notifications ?? new NotificationClient() },
    ];
    return { module: KippOptionsModule, providers, exports: providers.map((provider) => provider.provide) };
  }
}
