import { createHash } from 'node:crypto';
import { badUserInput } from '@simpul/service-kit';

export const DEFAULT_EVIDENCE_MAX_BYTES = 10 * 1024 * 1024;

export function evidenceMaxBytes(env: NodeJS.ProcessEnv = process.env): number {
  const value = Number(env.EVIDENCE_MAX_BYTES ?? DEFAULT_EVIDENCE_MAX_BYTES);
  return Number.isInteger(value) && value > 0 ? value : DEFAULT_EVIDENCE_MAX_BYTES;
}

interface AllowedType {
  mimeType: string;
  /** The first bytes every genuine file of this type starts with. */
  magic: number[];
}

/** Documents, scans and photos evaluators ask for; anything else (executables, archives, HTML) is refused. */
export const ALLOWED_EVIDENCE: Record<string, AllowedType> = {
  pdf: { mimeType: 'application/pdf', magic: [0x25, 0x50, 0x44, 0x46, 0x2d] },
  png: { mimeType: 'image/png', magic: [0x89, 0x50, 0x4e, 0x47] },
  jpg: { mimeType: 'image/jpeg', magic: [0xff, 0xd8, 0xff] },
  jpeg: { mimeType: 'image/jpeg', magic: [0xff, 0xd8, 0xff] },
  docx: { mimeType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', magic: [0x50, 0x4b, 0x03, 0x04] },
  xlsx: { mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', magic: [0x50, 0x4b, 0x03, 0x04] },
};

export interface CheckedFile {
  fileName: string;
  mimeType: string;
  bytes: Buffer;
  sha256: string;
}

const BASE64 = /^[A-Za-z0-9+/]*={0,2}$/;

/** Size limit, extension and MIME allow-list, content that really is that type; SHA-256 of the bytes. */
export function checkEvidenceFile(fileName: string, mimeType: string, contentBase64: string, maxBytes: number): CheckedFile {
  const name = fileName.trim().replace(/[\\/]/g, '_');
  if (!name || name.length > 200) throw badUserInput('input.fileName', 'Give the file a name of at most 200 characters.', 'Beri nama berkas paling banyak 200 karakter.');
  const extension = name.includes('.') ? (name.split('.').pop() ?? '').toLowerCase() : '';
  const allowed = ALLOWED_EVIDENCE[extension];
  const list = Object.keys(ALLOWED_EVIDENCE).join(', ');
  if (!allowed) throw badUserInput('input.fileName', `Files of type ".${extension}" are not accepted; use ${list}.`, `Berkas jenis ".${extension}" tidak diterima; gunakan ${list}.`);
  if (mimeType.trim().toLowerCase() !== allowed.mimeType) {
    throw badUserInput('input.mimeType', `A .${extension} file must be sent as ${allowed.mimeType}, not ${mimeType}.`, `Berkas .${extension} harus dikirim sebagai ${allowed.mimeType}, bukan ${mimeType}.`);
  }
  const text = contentBase64.replace(/\s+/g, '');
  const limitText = `${(maxBytes / 1024 / 1024).toFixed(1)} MB`;
  if (Math.floor((text.length * 3) / 4) > maxBytes + 2) {
    throw badUserInput('input.contentBase64', `The file is larger than ${limitText}.`, `Berkas lebih besar dari ${limitText}.`);
  }
  if (!BASE64.test(text) || text.length % 4 !== 0) throw badUserInput('input.contentBase64', 'The content is not valid base64.', 'Isi berkas bukan base64 yang sah.');
  const bytes = Buffer.from(text, 'base64');
  if (bytes.length === 0) throw badUserInput('input.contentBase64', 'The file is empty.', 'Berkas kosong.');
  if (bytes.length > maxBytes) throw badUserInput('input.contentBase64', `The file is larger than ${limitText}.`, `Berkas lebih besar dari ${limitText}.`);
  if (!allowed.magic.every((byte, i) => bytes[i] === byte)) {
    throw badUserInput('input.contentBase64', `The content is not a real .${extension} file.`, `Isi berkas bukan berkas .${extension} yang sebenarnya.`);
  }
  return { fileName: name, mimeType: allowed.mimeType, bytes, sha256: createHash('sha256').update(bytes).digest('hex') };
}
