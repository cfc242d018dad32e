import type { ClientError } from '../graphql/client-error';
import type { Translate } from '../i18n/i18n-context';

/**
 * What the services accept as an uploaded document (service-kit's upload policy: PDF/PNG/JPEG,
 * declared MIME matching the extension, at most 10 MB by default — MPP_FILES_MAX_BYTES,
 * KIPP_FILES_MAX_BYTES). Checked in the browser first so a person learns about a 40 MB scan before
 * it is sent. The messages come from the caller's catalogue (keys `file.wrongType`, `file.empty`,
 * `file.tooLarge`).
 */
export const UPLOAD_TYPES = [
  { extensions: ['pdf'], mimeType: 'application/pdf' },
  { extensions: ['png'], mimeType: 'image/png' },
  { extensions: ['jpg', 'jpeg'], mimeType: 'image/jpeg' },
] as const;
export const UPLOAD_MAX_BYTES = 10 * 1024 * 1024;
export const UPLOAD_ACCEPT = UPLOAD_TYPES.flatMap((type) => [...type.extensions.map((ext) => `.${ext}`), type.mimeType]).join(',');

/** `{ fileName, mimeType, contentBase64 }` as the services' upload inputs take a file. */
export interface FileUpload {
  fileName: string;
  mimeType: string;
  contentBase64: string;
}

function extensionOf(fileName: string): string {
  const dot = fileName.lastIndexOf('.');
  return dot < 0 ? '' : fileName.slice(dot + 1).toLowerCase();
}

/** The MIME type the service expects for this name, or null when the type is not accepted. */
export function uploadMimeType(fileName: string): string | null {
  const extension = extensionOf(fileName);
  return UPLOAD_TYPES.find((type) => (type.extensions as readonly string[]).includes(extension))?.mimeType ?? null;
}

/** The problem with a chosen file in words, or null when it may be sent. */
export function checkUploadFile(file: { name: string; size: number }, t: Translate, maxBytes = UPLOAD_MAX_BYTES): string | null {
  if (!uploadMimeType(file.name)) return t('file.wrongType', { name: file.name });
  if (file.size === 0) return t('file.empty', { name: file.name });
  if (file.size > maxBytes) return t('file.tooLarge', { name: file.name, max: formatBytes(maxBytes) });
  return null;
}

/**
 * Bytes in a unit a person reads: "850 KB", "1.2 MB" (the decimal mark follows the language via
 * `number`).
 */
export function formatBytes(
  bytes: number,
  number: (value: number, digits?: number) => string = (v, d) => (d === undefined ? String(v) : v.toFixed(d)),
): string {
  if (bytes < 1024) return `${number(bytes)} B`;
  if (bytes < 1024 * 1024) return `${number(Math.round(bytes / 1024))} KB`;
  const megabytes = Math.round((bytes / 1024 / 1024) * 10) / 10;
  return Number.isInteger(megabytes) ? `${number(megabytes)} MB` : `${number(megabytes, 1)} MB`;
}

/** Reads the file as base64 for the mutation; the MIME type is the one the service expects for the extension, not the browser's guess. */
export function toUpload(file: File): Promise<FileUpload> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => {
      // readAsDataURL always yields a string.
      const dataUrl = typeof reader.result === 'string' ? reader.result : '';
      resolve({
        fileName: file.name,
        mimeType: uploadMimeType(file.name) ?? file.type,
        contentBase64: dataUrl.slice(dataUrl.indexOf(',') + 1),
      });
    };
    reader.onerror = () => reject(reader.error ?? new Error('The file could not be read.'));
    reader.readAsDataURL(file);
  });
}

/**
 * The service names the part of the upload at fault (e.g. `input.document.file.contentBase64`); the
 * form has one field for the whole file, so every part is folded onto `….file`.
 */
export function foldFileErrors(errors: ClientError[]): ClientError[] {
  return errors.map((error) => ({ ...error, field: error.field?.replace(/\.file\.(fileName|mimeType|contentBase64)$/, '.file') ?? null }));
}
