import { createHash } from 'node:crypto';
import { extensionOf, startsWithMagic, type FileType } from './file-types';

/** A file as it arrives inside a GraphQL mutation: base64 text plus what the browser claims. */
export interface UploadInput {
  fileName: string;
  mimeType: string;
  contentBase64: string;
}

export interface UploadPolicy {
  types: readonly FileType[];
  maxBytes: number;
  /** Path of the upload in the input, for error fields: `input.file` gives `input.file.fileName` etc. */
  field: string;
}

export interface CheckedUpload {
  /** The name without any directory part. */
  fileName: string;
  /** The MIME type of the matched type (not whatever the client sent). */
  mimeType: string;
  bytes: Buffer;
  sizeBytes: number;
  /** Hex SHA-256 of the bytes: kept with the file so anyone can verify a download. */
  sha256: string;
}

export type FileRejection = 'NAME' | 'TYPE' | 'MIME' | 'BASE64' | 'EMPTY' | 'TOO_LARGE' | 'CONTENT';

/**
 * An upload refused for a reason the sender can fix. Framework-free: a service turns it into its
 * own typed error (for GraphQL: BAD_USER_INPUT with `field` and both messages).
 */
export class FileRejectedError extends Error {
  constructor(
    readonly reason: FileRejection,
    readonly field: string,
    readonly messages: { en: string; id: string },
  ) {
    super(messages.en);
    this.name = 'FileRejectedError';
  }
}

const BASE64 = /^[A-Za-z0-9+/]*={0,2}$/;

function megabytes(bytes: number): string {
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

/**
 * Checks in the order a person fixes them: the name, the type by extension, the declared MIME type,
 * the size (before decoding, so a huge body is refused without allocating it), the encoding, and
 * last that the bytes really are that type. Returns the decoded bytes with their SHA-256.
 */
export function checkUpload(upload: UploadInput, policy: UploadPolicy): CheckedUpload {
  const field = (name: string) => `${policy.field}.${name}`;
  const fileName = upload.fileName.trim().split(/[\\/]/).pop() ?? '';
  if (!fileName || fileName.length > 200 || /[\u0000-\u001f]/.test(fileName)) {
    throw new FileRejectedError('NAME', field('fileName'), { en: 'Give the file a name of at most 200 characters.', id: 'Beri nama berkas paling banyak 200 karakter.' });
  }
  const extension = extensionOf(fileName);
  const type = policy.types.find((candidate) => candidate.extensions.includes(extension));
  const accepted = policy.types.flatMap((candidate) => candidate.extensions).map((ext) => `.${ext}`).join(', ');
  if (!type) {
    throw new FileRejectedError('TYPE', field('fileName'), {
      en: `Files of type "${extension ? `.${extension}` : fileName}" are not accepted; use ${accepted}.`,
      id: `Berkas jenis "${extension ? `.${extension}` : fileName}" tidak diterima; gunakan ${accepted}.`,
    });
  }
  const declared = upload.mimeType.trim().toLowerCase();
  if (declared !== type.mimeType) {
    throw new FileRejectedError('MIME', field('mimeType'), {
      en: `A .${extension} file is sent as ${type.mimeType}, not "${upload.mimeType}".`,
      id: `Berkas .${extension} dikirim sebagai ${type.mimeType}, bukan "${upload.mimeType}".`,
    });
  }
  const text = upload.contentBase64.replace(/\s+/g, '');
  const tooLarge = () => new FileRejectedError('TOO_LARGE', field('contentBase64'), {
    en: `The file is larger than ${megabytes(policy.maxBytes)}.`,
    id: `Berkas lebih besar dari ${megabytes(policy.maxBytes)}.`,
  });
  if (Math.floor((text.length * 3) / 4) > policy.maxBytes + 2) throw tooLarge();
  if (!BASE64.test(text) || text.length % 4 !== 0) {
    throw new FileRejectedError('BASE64', field('contentBase64'), { en: 'The content is not valid base64.', id: 'Isi berkas bukan base64 yang sah.' });
  }
  const bytes = Buffer.from(text, 'base64');
  if (bytes.length === 0) throw new FileRejectedError('EMPTY', field('contentBase64'), { en: 'The file is empty.', id: 'Berkas kosong.' });
  if (bytes.length > policy.maxBytes) throw tooLarge();
  if (!startsWithMagic(bytes, type)) {
    throw new FileRejectedError('CONTENT', field('contentBase64'), {
      en: `The content is not a real .${extension} file.`,
      id: `Isi berkas bukan berkas .${extension} yang sebenarnya.`,
    });
  }
  return { fileName, mimeType: type.mimeType, bytes, sizeBytes: bytes.length, sha256: createHash('sha256').update(bytes).digest('hex') };
}

/** A byte limit from the environment (`name`), or `fallback` when unset or not a positive whole number. */
export function maxBytesFromEnv(name: string, fallback: number, env: NodeJS.ProcessEnv = process.env): number {
  const value = Number(env[name] ?? fallback);
  return Number.isInteger(value) && value > 0 ? value : fallback;
}

/**
 * Files travel base64-encoded inside the JSON body of a GraphQL request (4/3 of their size), so the
 * body limit must fit the largest allowed file plus the query text; express' default is 100 kB.
 */
export function uploadBodyLimitBytes(maxBytes: number): number {
  return Math.ceil((maxBytes * 4) / 3) + 64 * 1024;
}
