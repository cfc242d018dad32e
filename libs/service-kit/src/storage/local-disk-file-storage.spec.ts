import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { contentKey, FileNotFoundError, InvalidStorageKeyError } from './file-storage';
import { DEFAULT_FILES_DIR, filesDirectory, LocalDiskFileStorage } from './local-disk-file-storage';

describe('LocalDiskFileStorage', () => {
  let root: string;
  let storage: LocalDiskFileStorage;
  beforeEach(async () => {
    root = await fs.mkdtemp(path.join(os.tmpdir(), 'simpul-files-'));
    storage = new LocalDiskFileStorage(root);
  });
  afterEach(() => fs.rm(root, { recursive: true, force: true }));

  it('gives back exactly the bytes it stored, under the root directory', async () => {
    const bytes = Buffer.from('%PDF-1.7 signed agreement');
    await storage.put('mpp/ab/abc', bytes);
    expect(await storage.get('mpp/ab/abc')).toEqual(bytes);
    expect(await fs.readFile(path.join(root, 'mpp', 'ab', 'abc'))).toEqual(bytes);
    expect(await storage.exists('mpp/ab/abc')).toBe(true);
  });

  it('replaces a file whole and leaves no temporary files behind', async () => {
    await storage.put('doc', Buffer.from('first'));
    await Promise.all([storage.put('doc', Buffer.from('second version')), storage.put('doc', Buffer.from('second version'))]);
    expect((await storage.get('doc')).toString()).toBe('second version');
    expect(await fs.readdir(root)).toEqual(['doc']);
  });

  it('answers a missing key with FileNotFoundError and deletes idempotently', async () => {
    await expect(storage.get('missing')).rejects.toBeInstanceOf(FileNotFoundError);
    expect(await storage.exists('missing')).toBe(false);
    await storage.put('gone', Buffer.from('x'));
    await storage.delete('gone');
    await storage.delete('gone');
    expect(await storage.exists('gone')).toBe(false);
  });

  it('refuses keys that could leave the root directory', async () => {
    for (const key of ['../etc/passwd', '/etc/passwd', 'a/../../b', 'A/B', 'with space', '', 'a//b', 'mpp/..']) {
      await expect(storage.put(key, Buffer.from('x'))).rejects.toBeInstanceOf(InvalidStorageKeyError);
    }
  });

  it('addresses content by its SHA-256 inside a namespace', () => {
    const sha = 'a'.repeat(64);
    expect(contentKey('mpp', sha)).toBe(`mpp/aa/${sha}`);
    expect(() => contentKey('mpp', 'not-a-hash')).toThrow(InvalidStorageKeyError);
  });

  it('reads its directory from SIMPUL_FILES_DIR, defaulting to .data/files', () => {
    expect(filesDirectory({ SIMPUL_FILES_DIR: '/srv/files' })).toBe('/srv/files');
    expect(filesDirectory({})).toBe(DEFAULT_FILES_DIR);
    expect(filesDirectory({ SIMPUL_FILES_DIR: '  ' })).toBe(DEFAULT_FILES_DIR);
  });
});
