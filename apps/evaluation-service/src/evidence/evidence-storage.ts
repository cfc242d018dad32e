import path from 'node:path';
import type { DataSource } from 'typeorm';
import { assertStorageKey, fileStorageFromEnv, LocalDiskFileStorage, type FileStorage } from '@simpul/service-kit';

/** Nest injection token of the evidence `FileStorage` (local disk by default; tests pass a temporary directory). */
export const EVIDENCE_STORAGE = Symbol('EVIDENCE_STORAGE');

export const DEFAULT_EVIDENCE_DIR = path.join('.data', 'evidence');

/** Evidence keeps its own directory, EVIDENCE_DIR (default .data/evidence), so files stored before stay where they are. */
export function evidenceDirectory(env: NodeJS.ProcessEnv = process.env): string {
  return env.EVIDENCE_DIR?.trim() || DEFAULT_EVIDENCE_DIR;
}

/** The service-kit local disk storage rooted at the evidence directory. */
export function localEvidenceStorage(root: string = evidenceDirectory()): FileStorage {
  return new LocalDiskFileStorage(root);
}

/** SIMPUL_FILES_STORE: `disk` (EVIDENCE_DIR) or `postgres` (evaluation.file_blobs, same keys). */
export function evidenceStorageFromEnv(db: DataSource, env: NodeJS.ProcessEnv = process.env): FileStorage {
  return fileStorageFromEnv({ db, schema: 'evaluation', diskRoot: evidenceDirectory(env) }, env);
}

/**
 * Content addressing per unit, `<unit id>/<sha256>`: the layout of the files (and of the
 * `documents.storage_key` rows) from before the shared storage, so nothing has to move.
 */
export function evidenceKey(serviceUnitId: string, sha256: string): string {
  return assertStorageKey(`${serviceUnitId.toLowerCase()}/${sha256}`);
}
