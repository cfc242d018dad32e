import { createHash } from 'node:crypto';
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { InvalidStorageKeyError } from '@simpul/service-kit';
import { DEFAULT_EVIDENCE_DIR, evidenceDirectory, evidenceKey, localEvidenceStorage } from './evidence-storage';

describe('evidence storage', () => {
  let root: string;
  beforeEach(async () => {
    root = await fs.mkdtemp(path.join(os.tmpdir(), 'simpul-evidence-'));
  });
  afterEach(() => fs.rm(root, { recursive: true, force: true }));

  const unit = '0b6f3c1e-5d2a-4f7b-9c3d-2e1f0a9b8c7d';
  const bytes = Buffer.from('%PDF-1.7 daftar hadir forum konsultasi publik');
  const sha = createHash('sha256').update(bytes).digest('hex');

  it('keeps the <unit>/<sha256> layout under EVIDENCE_DIR, so files stored before the shared storage are still read', async () => {
    await fs.mkdir(path.join(root, unit), { recursive: true });
    await fs.writeFile(path.join(root, unit, sha), bytes);
    const storage = localEvidenceStorage(root);
    expect(await storage.get(evidenceKey(unit, sha))).toEqual(bytes);

    const other = Buffer.from('%PDF-1.7 SK tim');
    const otherKey = evidenceKey(unit, createHash('sha256').update(other).digest('hex'));
    await storage.put(otherKey, other);
    expect(await fs.readFile(path.join(root, ...otherKey.split('/')))).toEqual(other);
  });

  it('builds keys only from a unit id and a hash, never from anything that could leave the directory', () => {
    expect(evidenceKey(unit.toUpperCase(), sha)).toBe(`${unit}/${sha}`);
    expect(() => evidenceKey('../etc', sha)).toThrow(InvalidStorageKeyError);
    expect(() => evidenceKey(unit, '../../passwd')).toThrow(InvalidStorageKeyError);
  });

  it('reads its directory from EVIDENCE_DIR, defaulting to .data/evidence', () => {
    expect(evidenceDirectory({ EVIDENCE_DIR: '/srv/evidence' })).toBe('/srv/evidence');
    expect(evidenceDirectory({})).toBe(DEFAULT_EVIDENCE_DIR);
  });
});
