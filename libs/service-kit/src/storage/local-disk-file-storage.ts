import { randomUUID } from 'node:crypto';
import fs from 'node:fs/promises';
import path from 'node:path';
import { assertStorageKey, FileNotFoundError, type FileStorage } from './file-storage';

export const DEFAULT_FILES_DIR = path.join('.data', 'files');

/** The directory uploads go to: `SIMPUL_FILES_DIR`, default `.data/files` (relative to the working directory). */
export function filesDirectory(env: NodeJS.ProcessEnv = process.env): string {
  return env.SIMPUL_FILES_DIR?.trim() || DEFAULT_FILES_DIR;
}

/** Files under one root directory, one file per key. */
export class LocalDiskFileStorage implements FileStorage {
  readonly root: string;

  constructor(root: string = filesDirectory()) {
    this.root = path.resolve(root);
  }

  private pathOf(key: string): string {
    return path.join(this.root, ...assertStorageKey(key).split('/'));
  }

  async put(key: string, bytes: Buffer): Promise<void> {
    const file = this.pathOf(key);
    await fs.mkdir(path.dirname(file), { recursive: true });
    // Write to a unique temporary name, then rename: rename is atomic on one file system, so a
    // concurrent reader sees the old file or the whole new one, and two writers never interleave.
    const temporary = `${file}.${randomUUID()}.tmp`;
    try {
      await fs.writeFile(temporary, bytes);
      await fs.rename(temporary, file);
    } catch (error) {
      await fs.rm(temporary, { force: true });
      throw error;
    }
  }

  async get(key: string): Promise<Buffer> {
    try {
      return await fs.readFile(this.pathOf(key));
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') throw new FileNotFoundError(key);
      throw error;
    }
  }

  async exists(key: string): Promise<boolean> {
    try {
      return (await fs.stat(this.pathOf(key))).isFile();
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return false;
      throw error;
    }
  }

  async delete(key: string): Promise<void> {
    await fs.rm(this.pathOf(key), { force: true });
  }
}
