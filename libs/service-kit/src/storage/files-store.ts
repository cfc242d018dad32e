import type { DataSource } from 'typeorm';
import type { FileStorage } from './file-storage';
import { LocalDiskFileStorage } from './local-disk-file-storage';
import { PostgresFileStorage } from './postgres-file-storage';

export type FilesStore = 'disk' | 'postgres';

/**
 * SIMPUL_FILES_STORE: `disk` (the default: one directory, fine for one machine and development) or
 * `postgres` (the owning service's `file_blobs` table: what replicas on several machines need).
 * Anything else stops the service at start rather than storing files somewhere unexpected.
 */
export function filesStoreFromEnv(env: NodeJS.ProcessEnv = process.env): FilesStore {
  const value = env.SIMPUL_FILES_STORE?.trim().toLowerCase() || 'disk';
  if (value !== 'disk' && value !== 'postgres') throw new Error(`SIMPUL_FILES_STORE must be "disk" or "postgres", not "${value}".`);
  return value;
}

/** The service's file storage as SIMPUL_FILES_STORE says: its schema's table, or `diskRoot` (default SIMPUL_FILES_DIR). */
export function fileStorageFromEnv(
  options: { db: DataSource; schema: string; diskRoot?: string },
  env: NodeJS.ProcessEnv = process.env,
): FileStorage {
  return filesStoreFromEnv(env) === 'postgres'
    ? new PostgresFileStorage(options.db, options.schema)
    : new LocalDiskFileStorage(options.diskRoot);
}
