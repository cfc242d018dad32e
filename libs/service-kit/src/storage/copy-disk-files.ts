import fs from 'node:fs/promises';
import path from 'node:path';
import { DataSource, type DataSourceOptions } from 'typeorm';
import { assertStorageKey } from './file-storage';
import { PostgresFileStorage } from './postgres-file-storage';

export interface CopiedFiles {
  copied: number;
  /** Files under the root that are not storage keys (left where they are), relative to it. */
  skipped: string[];
}

/**
 * Copies what a service stored on disk into its `file_blobs` table, for the move to
 * SIMPUL_FILES_STORE=postgres: every file under `root` whose path is a storage key (under `prefix`,
 * when several services share one directory) is put under that key. Keys are content addresses, so
 * running it again, or while the service still writes to disk, copies nothing wrongly.
 */
export async function copyDiskFilesToPostgres(root: string, db: DataSource, schema: string, prefix = ''): Promise<CopiedFiles> {
  const storage = new PostgresFileStorage(db, schema);
  const result: CopiedFiles = { copied: 0, skipped: [] };
  let entries: string[];
  try {
    entries = await fs.readdir(root, { recursive: true });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return result;
    throw error;
  }
  for (const entry of entries.sort()) {
    const file = path.join(root, entry);
    if (!(await fs.stat(file)).isFile()) continue;
    const key = entry.split(path.sep).join('/');
    if (prefix && !key.startsWith(`${prefix}/`)) continue;
    // LocalDiskFileStorage's half-written temporaries end in .tmp; anything else not a key was put there by hand.
    if (key.endsWith('.tmp') || !isStorageKey(key)) {
      result.skipped.push(key);
      continue;
    }
    await storage.put(key, await fs.readFile(file));
    result.copied += 1;
  }
  return result;
}

function isStorageKey(key: string): boolean {
  try {
    assertStorageKey(key);
    return true;
  } catch {
    return false;
  }
}

/** `main.js files:to-postgres` for a service: copies its disk files into `<schema>.file_blobs` and says how many. */
export function copyDiskFilesCommand(schema: string, root: () => string, prefix = ''): (options: DataSourceOptions) => Promise<void> {
  return async (options) => {
    const db = new DataSource(options);
    await db.initialize();
    try {
      const { copied, skipped } = await copyDiskFilesToPostgres(root(), db, schema, prefix);
      console.log(`${schema}: copied ${copied} file(s) from ${path.resolve(root())} into ${schema}.file_blobs`);
      if (skipped.length)
        console.log(`${schema}: left ${skipped.length} file(s) that are not storage keys: ${skipped.slice(0, 5).join(', ')}`);
    } finally {
      await db.destroy();
    }
  };
}
