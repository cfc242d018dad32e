/**
 * Where uploaded bytes live. Local disk by default; an object store (S3, MinIO, GCS) implements the
 * same three calls, so services stay stateless and scale by running more replicas.
 *
 * Keys are slash-separated segments of lower-case letters, digits, dots and dashes
 * (`mpp/3f…a9`): never a user-supplied file name, so no key can climb out of the storage root.
 */
export interface FileStorage {
  /** Stores `bytes` under `key`, replacing what was there; a reader never sees half a file. */
  put(key: string, bytes: Buffer): Promise<void>;
  /** The bytes under `key`, or FileNotFoundError. */
  get(key: string): Promise<Buffer>;
  /** Whether something is stored under `key`. */
  exists(key: string): Promise<boolean>;
  /** Removes `key`; removing a missing key is not an error (deletes are retried). */
  delete(key: string): Promise<void>;
}

const SEGMENT = '[a-z0-9][a-z0-9.-]{0,127}';
const KEY = new RegExp(`^${SEGMENT}(/${SEGMENT}){0,7}$`);

/** A key the storage accepts; anything else (`..`, absolute paths, upper case, spaces) is a programming error. */
export function assertStorageKey(key: string): string {
  if (!KEY.test(key) || key.split('/').some((segment) => segment === '.' || segment === '..' || segment.includes('..'))) {
    throw new InvalidStorageKeyError(key);
  }
  return key;
}

/** Content addressing: the same bytes get the same key, so an upload retried twice is stored once. */
export function contentKey(namespace: string, sha256: string): string {
  if (!/^[0-9a-f]{64}$/.test(sha256)) throw new InvalidStorageKeyError(`${namespace}/${sha256}`);
  return assertStorageKey(`${namespace}/${sha256.slice(0, 2)}/${sha256}`);
}

export class InvalidStorageKeyError extends Error {
  constructor(readonly key: string) {
    super(`Invalid storage key "${key}"`);
    this.name = 'InvalidStorageKeyError';
  }
}

export class FileNotFoundError extends Error {
  constructor(readonly key: string) {
    super(`No file is stored under "${key}"`);
    this.name = 'FileNotFoundError';
  }
}
