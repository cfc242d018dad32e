import {
  advertisedDefaultBytes,
  advertisedMaxBytes,
  SIGNED_DOCUMENT_TYPES,
  uploadBodyLimitBytes,
  type UploadPolicy,
} from '@simpul/service-kit';

/** Nest injection token of the `FileStorage` attachments go to (local disk by default; tests pass a temporary directory). */
export const ATTACHMENT_STORAGE = Symbol('ATTACHMENT_STORAGE');
/** Nest injection token of the largest accepted attachment in bytes. */
export const ATTACHMENT_MAX_BYTES = Symbol('ATTACHMENT_MAX_BYTES');

/** Sizes come from service-kit's ADVERTISED_UPLOADS, which also sets the service's JSON body limit. */
export const DEFAULT_KIPP_FILES_MAX_BYTES = advertisedDefaultBytes('kipp', 'attachment');

/** Largest accepted attachment: `KIPP_FILES_MAX_BYTES`, default 10 MB (a scanned decree, a report, photos). */
export function kippFilesMaxBytes(env: NodeJS.ProcessEnv = process.env): number {
  return advertisedMaxBytes('kipp', 'attachment', env);
}

/** Proposal attachments (the innovation decree, evidence, photos): PDF or PNG/JPEG, as the other modules take them. */
export function attachmentUploadPolicy(maxBytes: number): UploadPolicy {
  return { types: SIGNED_DOCUMENT_TYPES, maxBytes, field: 'input.file' };
}

/** The JSON body must carry the largest attachment base64-encoded plus the query. */
export function kippBodyLimitBytes(maxBytes = kippFilesMaxBytes()): number {
  return uploadBodyLimitBytes(maxBytes);
}
