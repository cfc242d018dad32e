import fs from 'node:fs/promises';
import path from 'node:path';

export const EVIDENCE_STORAGE = Symbol('EVIDENCE_STORAGE');

/** Where evidence bytes live; local disk by default, an object store in production behind the same interface. */
export interface EvidenceStorage {
  put(key: string, bytes: Buffer): Promise<void>;
  get(key: string): Promise<Buffer>;
}

/** Files under EVIDENCE_DIR (default .data/evidence), content-addressed by unit and SHA-256. */
export class LocalDiskEvidenceStorage implements EvidenceStorage {
  constructor(private readonly root: string = process.env.EVIDENCE_DIR ?? path.join('.data', 'evidence')) {}

  private file(key: string): string {
    if (!/^[0-9a-f-]{36}\/[0-9a-f]{64}$/.test(key)) throw new Error(`Invalid evidence key ${key}`);
    return path.join(this.root, key);
  }

  async put(key: string, bytes: Buffer): Promise<void> {
    const file = this.file(key);
    await fs.mkdir(path.dirname(file), { recursive: true });
    // Write then rename, so a reader never sees half a file.
    const temporary = `${file}.${process.pid}.${Date.now()}.tmp`;
    await fs.writeFile(temporary, bytes);
    await fs.rename(temporary, file);
  }

  get(key: string): Promise<Buffer> {
    return fs.readFile(this.file(key));
  }
}
