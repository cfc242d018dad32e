/** One entry of a zip's central directory: what the archive says about it, before anything is inflated. */
export interface ZipEntry {
  name: string;
  /** 0 stored, 8 deflate (the two XLSX writers use). */
  method: number;
  compressedBytes: number;
  uncompressedBytes: number;
  localHeaderOffset: number;
}

const END_OF_DIRECTORY = 0x06054b50;
const ZIP64_LOCATOR = 0x07064b50;
const ZIP64_END_OF_DIRECTORY = 0x06064b50;
const DIRECTORY_ENTRY = 0x02014b50;
const ZIP64_EXTRA = 0x0001;
const MAX_COMMENT = 0xffff;

/** Not a zip, or a zip whose directory points outside the file. */
export class NotAZipError extends Error {}

function endOfDirectory(zip: Buffer): number {
  const earliest = Math.max(0, zip.length - 22 - MAX_COMMENT);
  for (let at = zip.length - 22; at >= earliest; at -= 1) if (zip.readUInt32LE(at) === END_OF_DIRECTORY) return at;
  throw new NotAZipError('no end of central directory');
}

function u64(zip: Buffer, at: number): number {
  const value = zip.readBigUInt64LE(at);
  if (value > BigInt(Number.MAX_SAFE_INTEGER)) throw new NotAZipError('size out of range');
  return Number(value);
}

/** Sizes and offset of an entry that needs ZIP64: the 0x0001 extra field holds them, in this order, for the fields set to 0xFFFFFFFF. */
function zip64Fields(extra: Buffer, entry: ZipEntry, raw: { uncompressed: number; compressed: number; offset: number }): void {
  for (let at = 0; at + 4 <= extra.length;) {
    const id = extra.readUInt16LE(at);
    const size = extra.readUInt16LE(at + 2);
    if (id === ZIP64_EXTRA) {
      let field = at + 4;
      const next = (): number => {
        if (field + 8 > at + 4 + size) throw new NotAZipError('short ZIP64 field');
        const value = u64(extra, field);
        field += 8;
        return value;
      };
      if (raw.uncompressed === 0xffffffff) entry.uncompressedBytes = next();
      if (raw.compressed === 0xffffffff) entry.compressedBytes = next();
      if (raw.offset === 0xffffffff) entry.localHeaderOffset = next();
      return;
    }
    at += 4 + size;
  }
}

/**
 * Reads a zip's central directory (entry names, methods and sizes) without inflating anything: the
 * directory is small and at the end of the file. ZIP64 archives are read too.
 */
export function readZipDirectory(zip: Buffer): ZipEntry[] {
  if (zip.length < 22) throw new NotAZipError('too short');
  const end = endOfDirectory(zip);
  let count = zip.readUInt16LE(end + 10);
  let size = zip.readUInt32LE(end + 12);
  let offset = zip.readUInt32LE(end + 16);
  if ((count === 0xffff || size === 0xffffffff || offset === 0xffffffff) && end >= 20 && zip.readUInt32LE(end - 20) === ZIP64_LOCATOR) {
    const record = u64(zip, end - 20 + 8);
    if (record + 56 > zip.length || zip.readUInt32LE(record) !== ZIP64_END_OF_DIRECTORY) throw new NotAZipError('bad ZIP64 record');
    count = u64(zip, record + 32);
    size = u64(zip, record + 40);
    offset = u64(zip, record + 48);
  }
  if (offset + size > zip.length) throw new NotAZipError('directory outside the file');
  const entries: ZipEntry[] = [];
  let at = offset;
  for (let index = 0; index < count; index += 1) {
    if (at + 46 > zip.length || zip.readUInt32LE(at) !== DIRECTORY_ENTRY) throw new NotAZipError('bad directory entry');
    const raw = { compressed: zip.readUInt32LE(at + 20), uncompressed: zip.readUInt32LE(at + 24), offset: zip.readUInt32LE(at + 42) };
    const nameLength = zip.readUInt16LE(at + 28);
    const extraLength = zip.readUInt16LE(at + 30);
    const commentLength = zip.readUInt16LE(at + 32);
    if (at + 46 + nameLength + extraLength > zip.length) throw new NotAZipError('directory entry outside the file');
    const entry: ZipEntry = {
      name: zip.toString('utf8', at + 46, at + 46 + nameLength),
      method: zip.readUInt16LE(at + 10),
      compressedBytes: raw.compressed,
      uncompressedBytes: raw.uncompressed,
      localHeaderOffset: raw.offset,
    };
    zip64Fields(zip.subarray(at + 46 + nameLength, at + 46 + nameLength + extraLength), entry, raw);
    entries.push(entry);
    at += 46 + nameLength + extraLength + commentLength;
  }
  return entries;
}

/** Where an entry's compressed bytes are: after its local header (whose name and extra lengths may differ from the directory's). */
export function entryData(zip: Buffer, entry: ZipEntry): Buffer {
  const at = entry.localHeaderOffset;
  if (at + 30 > zip.length || zip.readUInt32LE(at) !== 0x04034b50) throw new NotAZipError('bad local header');
  const start = at + 30 + zip.readUInt16LE(at + 26) + zip.readUInt16LE(at + 28);
  if (start + entry.compressedBytes > zip.length) throw new NotAZipError('entry outside the file');
  return zip.subarray(start, start + entry.compressedBytes);
}
