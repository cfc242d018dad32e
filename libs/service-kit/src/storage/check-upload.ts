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
  /**
   * What happens to slashes and backslashes in the name: `strip` (default) keeps the part after the last one
   * (`scans/PKS.pdf` → `PKS.pdf`); `underscore` keeps every part, joined by `_`
   * (`scans/PKS.pdf` → `scans_PKS.pdf`). Either way the name can never name a path.
   */
  directories?: 'strip' | 'underscore';
  /** A service's own wording of some refusals (the rules stay the same); the rest use the defaults. */
  messages?: Partial<RejectionMessages>;
}

/** What a refusal message may mention. */
export interface RejectionDetails {
  /** The name after the directory rule; empty when that is what was refused. */
  fileName: string;
  /** Lower-case extension without the dot; empty when the name has none. */
  extension: string;
  /** The accepted types, in the policy's order. */
  accepted: readonly FileType[];
  /** The MIME type exactly as the client sent it. */
  declaredMimeType: string;
  /** The MIME type of the matched type; empty before the type is known. */
  expectedMimeType: string;
  maxBytes: number;
}

export type RejectionMessages = Record<FileRejection, (details: RejectionDetails) => { en: string; id: string }>;

export interface CheckedUpload {
  /** The name with no directory part left (dropped, or joined by `_`; see `UploadPolicy.directories`). */
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

function typeOf(details: RejectionDetails): string {
  return details.extension ? `.${details.extension}` : details.fileName;
}

function acceptedList(details: RejectionDetails): string {
  return details.accepted
    .flatMap((candidate) => candidate.extensions)
    .map((ext) => `.${ext}`)
    .join(', ');
}

/** The wording every service gets unless its policy says otherwise. */
export const DEFAULT_REJECTION_MESSAGES: RejectionMessages = {
  NAME: () => ({ en: 'Give the file a name of at most 200 characters.', id: 'Beri nama berkas paling banyak 200 karakter.' }),
  TYPE: (details) => ({
    en: `Files of type "${typeOf(details)}" are not accepted; use ${acceptedList(details)}.`,
    id: `Berkas jenis "${typeOf(details)}" tidak diterima; gunakan ${acceptedList(details)}.`,
  }),
  MIME: (details) => ({
    en: `A .${details.extension} file is sent as ${details.expectedMimeType}, not "${details.declaredMimeType}".`,
    id: `Berkas .${details.extension} dikirim sebagai ${details.expectedMimeType}, bukan "${details.declaredMimeType}".`,
  }),
  TOO_LARGE: (details) => ({
    en: `The file is larger than ${megabytes(details.maxBytes)}.`,
    id: `Berkas lebih besar dari ${megabytes(details.maxBytes)}.`,
  }),
  BASE64: () => ({ en: 'The content is not valid base64.', id: 'Isi berkas bukan base64 yang sah.' }),
  EMPTY: () => ({ en: 'The file is empty.', id: 'Berkas kosong.' }),
  CONTENT: (details) => ({
    en: `The content is not a real .${details.extension} file.`,
    id: `Isi berkas bukan berkas .${details.extension} yang sebenarnya.`,
  }),
};

function cleanName(fileName: string, directories: UploadPolicy['directories']): string {
  const trimmed = fileName.trim();
  return directories === 'underscore' ? trimmed.replace(/[\\/]/g, '_') : (trimmed.split(/[\\/]/).pop() ?? '');
}

/**
 * Checks in the order a person fixes them: the name, the type by extension, the declared MIME type,
 * the size (before decoding, so a huge body is refused without allocating it), the encoding, and
 * last that the bytes really are that type. Returns the decoded bytes with their SHA-256.
 */
export function checkUpload(upload: UploadInput, policy: UploadPolicy): CheckedUpload {
  const field = (name: string) => `${policy.field}.${name}`;
  const fileName = cleanName(upload.fileName, policy.directories);
  const details: RejectionDetails = {
    fileName,
    extension: '',
    accepted: policy.types,
    declaredMimeType: upload.mimeType,
    expectedMimeType: '',
    maxBytes: policy.maxBytes,
  };
  const reject = (reason: FileRejection, fieldName: string) =>
    new FileRejectedError(reason, field(fieldName), (policy.messages?.[reason] ?? DEFAULT_REJECTION_MESSAGES[reason])(details));
  if (!fileName || fileName.length > 200 || /[\u0000-\u001f]/.test(fileName)) throw reject('NAME', 'fileName');
  details.extension = extensionOf(fileName);
  const type = policy.types.find((candidate) => candidate.extensions.includes(details.extension));
  if (!type) throw reject('TYPE', 'fileName');
  details.expectedMimeType = type.mimeType;
  if (upload.mimeType.trim().toLowerCase() !== type.mimeType) throw reject('MIME', 'mimeType');
  const text = upload.contentBase64.replace(/\s+/g, '');
  if (Math.floor((text.length * 3) / 4) > policy.maxBytes + 2) throw reject('TOO_LARGE', 'contentBase64');
  if (!BASE64.test(text) || text.length % 4 !== 0) throw reject('BASE64', 'contentBase64');
  const bytes = Buffer.from(text, 'base64');
  if (bytes.length === 0) throw reject('EMPTY', 'contentBase64');
  if (bytes.length > policy.maxBytes) throw reject('TOO_LARGE', 'contentBase64');
  if (!startsWithMagic(bytes, type)) throw reject('CONTENT', 'contentBase64');
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
