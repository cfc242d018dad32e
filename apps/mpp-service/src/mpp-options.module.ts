import { Global, Module, type DynamicModule } from '@nestjs/common';
import { Clock, fileStorageFromEnv, NotificationClient, SystemClock, type FileStorage } from '@simpul/service-kit';
import { DataSource, type Logger } from 'typeorm';
import { FILE_STORAGE, FILES_MAX_BYTES } from './files/file-storage.token';
import { mppFilesMaxBytes } from './files/mpp-upload-policy';
import { HttpRegistryClient } from './registry/http-registry-client';
import { REGISTRY_CLIENT, type RegistryClient } from './registry/registry-client';

export const DEFAULT_REGISTRY_URL = 'http://127.0.0.1:4101/graphql';

export interface MppAppOptions {
  /** null builds the app without a database (print-schema). */
  databaseUrl: string | null;
  /** The registry subgraph; defaults to an HTTP client for REGISTRY_URL. */
  registry?: RegistryClient;
  /** Today's date for expiry rules; tests pass a FixedClock. */
  clock?: Clock;
  queryLogger?: Logger;
  /** Where uploaded documents go; defaults to SIMPUL_FILES_STORE: local disk under SIMPUL_FILES_DIR (.data/files), or mpp.file_blobs. */
  files?: FileStorage;
  /** Largest upload; defaults to MPP_FILES_MAX_BYTES (10 MB). */
  filesMaxBytes?: number;
  /** Where reminders go (the registry's POST /internal/notifications); defaults to the registry at REGISTRY_URL. */
  notifications?: NotificationClient;
}

/**
 * What the app is started with (tests pass their own): the clock, the registry subgraph, where
 * uploads go and where reminders are sent. Global, so the feature modules inject them without taking options.
 */
@Global()
@Module({})
export class MppOptionsModule {
  static forRoot(options: MppAppOptions): DynamicModule {
    const providers = [
      { provide: Clock, useValue: options.clock ?? new SystemClock() },
      { provide: REGISTRY_CLIENT, useValue: options.registry ?? new HttpRegistryClient(process.env.REGISTRY_URL || DEFAULT_REGISTRY_URL) },
      {
        provide: FILE_STORAGE,
        useFactory: (db: DataSource) => options.files ?? fileStorageFromEnv({ db, schema: 'mpp' }),
        inject: [DataSource],
      },
      { provide: FILES_MAX_BYTES, useValue: options.filesMaxBytes ?? mppFilesMaxBytes() },
      {
        provide: NotificationClient,
        useValue: options.notifications ?? new NotificationClient(process.env.REGISTRY_URL || DEFAULT_REGISTRY_URL),
      },
    ];
    return { module: MppOptionsModule, providers, exports: providers.map((provider) => provider.provide) };
  }
}
