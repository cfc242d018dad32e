import { inflateRawSync } from 'node:zlib';
import ExcelJS from 'exceljs';
import { formatBytes } from '../http/body-limits';
import { entryData, NotAZipError, readZipDirectory, type ZipEntry } from './zip-directory';

/** What an uploaded XLSX (a zip of XML parts) may unpack to before anything parses it. */
export interface XlsxLimits {
  /** Parts in the archive; a workbook has a dozen or two (more with many sheets or images). */
  maxEntries: number;
  /** All parts unpacked together. */
  maxUncompressedBytes: number;
  /** Unpacked size over packed size for archives above 1 MB unpacked; real sheets pack 5–20 times, a zip bomb about 1,000. */
  maxRatio: number;
}

export const DEFAULT_XLSX_LIMITS: XlsxLimits = { maxEntries: 1000, maxUncompressedBytes: 50 * 1024 * 1024, maxRatio: 100 };

const RATIO_FROM_BYTES = 1024 * 1024;

export type XlsxRejection = 'UNREADABLE' | 'ENTRIES' | 'SIZE' | 'RATIO';

/** An XLSX refused before or while it was read; framework-free (each import turns it into its own typed error). */
export class XlsxRejectedError extends Error {
  constructor(
    readonly reason: XlsxRejection,
    readonly messages: { en: string; id: string },
  ) {
    super(messages.en);
    this.name = 'XlsxRejectedError';
  }
}

function limitsText(limits: XlsxLimits): { en: string; id: string } {
  return {
    en: `Limits: ${limits.maxEntries.toLocaleString('en-US')} parts, ${formatBytes(limits.maxUncompressedBytes)} unpacked, ${limits.maxRatio} times the file size; save the sheet as CSV or split it.`,
    id: `Batas: ${limits.maxEntries.toLocaleString('id-ID')} bagian, ${formatBytes(limits.maxUncompressedBytes, 'id')} setelah dibuka, ${limits.maxRatio} kali ukuran berkas; simpan lembar kerja sebagai CSV atau bagi menjadi beberapa berkas.`,
  };
}

function refuse(reason: XlsxRejection, limits: XlsxLimits, en: string, id: string): XlsxRejectedError {
  const text = limitsText(limits);
  return new XlsxRejectedError(reason, { en: `${en} ${text.en}`, id: `${id} ${text.id}` });
}

const UNREADABLE = { en: 'The XLSX file cannot be read.', id: 'Berkas XLSX tidak dapat dibaca.' };

/** Unpacks one part with its declared size as a hard cap, so a directory that understates a size is caught too. */
function unpackedSize(zip: Buffer, entry: ZipEntry): number {
  if (entry.method === 0) return entry.compressedBytes;
  if (entry.method !== 8) throw new XlsxRejectedError('UNREADABLE', UNREADABLE);
  try {
    return inflateRawSync(entryData(zip, entry), { maxOutputLength: entry.uncompressedBytes + 1 }).length;
  } catch (error) {
    if (error instanceof NotAZipError) throw new XlsxRejectedError('UNREADABLE', UNREADABLE);
    // ERR_BUFFER_TOO_LARGE: more than declared; anything else is corrupt data.
    return (error as NodeJS.ErrnoException).code === 'ERR_BUFFER_TOO_LARGE' ? Number.POSITIVE_INFINITY : -1;
  }
}

/**
 * Checks an XLSX's zip before it is parsed: the entry count and the unpacked sizes from the central
 * directory (nothing inflated yet), then each part unpacked with its declared size as the cap.
 * A 62 kB file that unpacks to 60 MB is refused here instead of costing the parser 150 MB.
 */
export function checkXlsxArchive(zip: Buffer, limits: XlsxLimits = DEFAULT_XLSX_LIMITS): void {
  let entries: ZipEntry[];
  try {
    entries = readZipDirectory(zip);
  } catch (error) {
    if (error instanceof NotAZipError || error instanceof RangeError) throw new XlsxRejectedError('UNREADABLE', UNREADABLE);
    throw error;
  }
  if (entries.length > limits.maxEntries)
    throw refuse(
      'ENTRIES',
      limits,
      `The XLSX file has ${entries.length.toLocaleString('en-US')} parts.`,
      `Berkas XLSX berisi ${entries.length.toLocaleString('id-ID')} bagian.`,
    );
  const unpacked = entries.reduce((sum, entry) => sum + entry.uncompressedBytes, 0);
  const packed = entries.reduce((sum, entry) => sum + entry.compressedBytes, 0);
  const tooLarge = () =>
    refuse(
      'SIZE',
      limits,
      `The XLSX file unpacks to more than ${formatBytes(limits.maxUncompressedBytes)}.`,
      `Berkas XLSX lebih dari ${formatBytes(limits.maxUncompressedBytes, 'id')} setelah dibuka.`,
    );
  if (unpacked > limits.maxUncompressedBytes) throw tooLarge();
  if (unpacked > RATIO_FROM_BYTES && unpacked > limits.maxRatio * Math.max(packed, 1)) {
    const ratio = Math.round(unpacked / Math.max(packed, 1));
    throw refuse(
      'RATIO',
      limits,
      `The XLSX file unpacks to ${ratio.toLocaleString('en-US')} times its size.`,
      `Berkas XLSX membesar ${ratio.toLocaleString('id-ID')} kali setelah dibuka.`,
    );
  }
  for (const entry of entries) {
    const size = unpackedSize(zip, entry);
    if (size === Number.POSITIVE_INFINITY) throw tooLarge();
    if (size !== entry.uncompressedBytes) throw new XlsxRejectedError('UNREADABLE', UNREADABLE);
  }
}

/**
 * The one way imports open an uploaded XLSX: `checkXlsxArchive`, then exceljs. Every refusal,
 * including a file exceljs cannot read, is an XlsxRejectedError with both messages.
 */
export async function loadXlsxWorkbook(content: Buffer, limits: XlsxLimits = DEFAULT_XLSX_LIMITS): Promise<ExcelJS.Workbook> {
  checkXlsxArchive(content, limits);
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(content as unknown as ArrayBuffer);
  } catch {
    throw new XlsxRejectedError('UNREADABLE', UNREADABLE);
  }
  return workbook;
}
