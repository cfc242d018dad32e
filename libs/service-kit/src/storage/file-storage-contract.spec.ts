import { createHash, randomBytes } from 'node:crypto';
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { DataSource } from 'typeorm';
import { createEmptyDatabase, type TestDatabase } from '../testing/test-database';
import { FileNotFoundError, InvalidStorageKeyError, type FileStorage } from './file-storage';
import { copyDiskFilesToPostgres } from './copy-disk-files';
import { filesStoreFromEnv, fileStorageFromEnv } from './files-store';
import { LocalDiskFileStorage } from './local-disk-file-storage';
import { fileBlobsTableSql, PostgresFileStorage } from './postgres-file-storage';

interface Backend {
  storage: FileStorage;
  close(): Promise<void>;
}

async function disk(): Promise<Backend> {
  const root = await fs.mkdtemp(path.join(os.tmpdir(), 'simpul-files-'));
  return { storage: new LocalDiskFileStorage(root), close: () => fs.rm(root, { recursive: true, force: true }) };
}

let database: TestDatabase;
let db: DataSource;
beforeAll(async () => {
  database = await createEmptyDatabase('file_storage');
  db = new DataSource({ type: 'postgres', url: database.url });
  await db.initialize();
  await db.query('CREATE SCHEMA contract');
  for (const statement of fileBlobsTableSql('contract')) await db.query(statement);
});
afterAll(async () => {
  await db?.destroy();
  await database?.drop();
});

async function postgres(): Promise<Backend> {
  await db.query('TRUNCATE contract.file_blobs');
  return { storage: new PostgresFileStorage(db, 'contract'), close: async () => {} };
}

// One contract, both implementations: whichever SIMPUL_FILES_STORE picks, a service sees the same behaviour.
describe.each([
  ['local disk', disk],
  ['PostgreSQL', postgres],
])('FileStorage contract: %s', (_name, open) => {
  let backend: Backend;
  let storage: FileStorage;
  beforeEach(async () => {
    backend = await open();
    storage = backend.storage;
  });
  afterEach(() => backend.close());

  it('gives back exactly the bytes it stored, every byte value included', async () => {
    const bytes = Buffer.concat([Buffer.from('%PDF-1.7 signed agreement'), Buffer.from([0, 1, 0xff, 0x5c, 0x27, 0])]);
    await storage.put('mpp/ab/abc', bytes);
    expect(await storage.get('mpp/ab/abc')).toEqual(bytes);
    expect(await storage.exists('mpp/ab/abc')).toBe(true);
  });

  it('keeps a 10 MB file whole', async () => {
    const bytes = randomBytes(10 * 1024 * 1024);
    await storage.put('evidence/big', bytes);
    const back = await storage.get('evidence/big');
    expect(back.length).toBe(bytes.length);
    expect(createHash('sha256').update(back).digest('hex')).toBe(createHash('sha256').update(bytes).digest('hex'));
  });

  it('replaces a file whole, also when two writers race', async () => {
    await storage.put('doc', Buffer.from('first'));
    await Promise.all([storage.put('doc', Buffer.from('second version')), storage.put('doc', Buffer.from('second version'))]);
    expect((await storage.get('doc')).toString()).toBe('second version');
  });

  it('answers a missing key with FileNotFoundError and deletes idempotently', async () => {
    await expect(storage.get('missing')).rejects.toBeInstanceOf(FileNotFoundError);
    expect(await storage.exists('missing')).toBe(false);
    await storage.put('gone', Buffer.from('x'));
    await storage.delete('gone');
    await storage.delete('gone');
    expect(await storage.exists('gone')).toBe(false);
    await expect(storage.get('gone')).rejects.toBeInstanceOf(FileNotFoundError);
  });

  it('refuses keys that could name something outside the store', async () => {
    for (const key of ['../etc/passwd', '/etc/passwd', 'a/../../b', 'A/B', 'with space', '', 'a//b', 'mpp/..']) {
      await expect(storage.put(key, Buffer.from('x'))).rejects.toBeInstanceOf(InvalidStorageKeyError);
      await expect(storage.get(key)).rejects.toBeInstanceOf(InvalidStorageKeyError);
    }
  });
});

describe('SIMPUL_FILES_STORE', () => {
  it('is disk unless it says postgres, and refuses anything else', () => {
    expect(filesStoreFromEnv({})).toBe('disk');
    expect(filesStoreFromEnv({ SIMPUL_FILES_STORE: ' Postgres ' })).toBe('postgres');
    expect(() => filesStoreFromEnv({ SIMPUL_FILES_STORE: 's3' })).toThrow('SIMPUL_FILES_STORE');
  });

  it('postgres: what one replica stores, another replica (its own pool) reads from the service schema', async () => {
    await db.query('TRUNCATE contract.file_blobs');
    const other = new DataSource({ type: 'postgres', url: database.url });
    await other.initialize();
    try {
      const first = fileStorageFromEnv({ db, schema: 'contract' }, { SIMPUL_FILES_STORE: 'postgres' });
      const second = fileStorageFromEnv({ db: other, schema: 'contract' }, { SIMPUL_FILES_STORE: 'postgres' });
      await first.put('kipp/aa/shared', Buffer.from('%PDF-1.7 decree'));
      expect((await second.get('kipp/aa/shared')).toString()).toBe('%PDF-1.7 decree');
      expect(await db.query('SELECT key, size_bytes FROM contract.file_blobs')).toEqual([{ key: 'kipp/aa/shared', size_bytes: 15 }]);
    } finally {
      await other.destroy();
    }
  });

  it('disk: files go under the given root', async () => {
    const root = await fs.mkdtemp(path.join(os.tmpdir(), 'simpul-files-'));
    try {
      await fileStorageFromEnv({ db, schema: 'contract', diskRoot: root }, {}).put('a/b', Buffer.from('x'));
      expect(await fs.readFile(path.join(root, 'a', 'b'), 'utf8')).toBe('x');
    } finally {
      await fs.rm(root, { recursive: true, force: true });
    }
  });
});

describe('moving to SIMPUL_FILES_STORE=postgres', () => {
  it('copies the files a service stored on disk under its namespace, by the same keys, and leaves the rest', async () => {
    await db.query('TRUNCATE contract.file_blobs');
    const root = await fs.mkdtemp(path.join(os.tmpdir(), 'simpul-files-'));
    try {
      const onDisk = new LocalDiskFileStorage(root);
      await onDisk.put('mpp/ab/abc', Buffer.from('%PDF-1.7 PKS'));
      await onDisk.put('mpp/cd/cde', Buffer.from([0, 1, 2]));
      await onDisk.put('kipp/ef/efg', Buffer.from('another service'));
      const temporary = 'abc.0b6f3a52-3f4e-4c1e-9a57-1f0c2d3e4b5a.tmp';
      await fs.writeFile(path.join(root, 'mpp', 'ab', temporary), 'half written');
      await fs.writeFile(path.join(root, 'mpp', 'README BY HAND.txt'), 'notes');
      expect(await copyDiskFilesToPostgres(root, db, 'contract', 'mpp')).toEqual({
        copied: 2,
        skipped: ['mpp/README BY HAND.txt', `mpp/ab/${temporary}`],
      });
      const inPostgres = new PostgresFileStorage(db, 'contract');
      expect((await inPostgres.get('mpp/ab/abc')).toString()).toBe('%PDF-1.7 PKS');
      expect(await inPostgres.get('mpp/cd/cde')).toEqual(Buffer.from([0, 1, 2]));
      expect(await inPostgres.exists('kipp/ef/efg')).toBe(false);
      // Again: the same keys, the same bytes.
      expect((await copyDiskFilesToPostgres(root, db, 'contract', 'mpp')).copied).toBe(2);
      expect(await db.query('SELECT count(*)::int AS n FROM contract.file_blobs')).toEqual([{ n: 2 }]);
    } finally {
      await fs.rm(root, { recursive: true, force: true });
    }
  });

  it('copies nothing from a directory that does not exist', async () => {
    expect(await copyDiskFilesToPostgres(path.join(os.tmpdir(), 'simpul-no-such-dir'), db, 'contract')).toEqual({ copied: 0, skipped: [] });
  });
});
