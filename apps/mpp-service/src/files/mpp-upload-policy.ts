import { maxBytesFromEnv, SIGNED_DOCUMENT_TYPES, uploadBodyLimitBytes, type UploadPolicy } from '@simpul/service-kit';

export const DEFAULT_MPP_FILES_MAX_BYTES = 10 * 1024 * 1024;

/** Largest accepted document: `MPP_FILES_MAX_BYTES`, default 10 MB (a scanned PKS of a few dozen pages). */
export function mppFilesMaxBytes(env: NodeJS.ProcessEnv = process.env): number {
  return maxBytesFromEnv('MPP_FILES_MAX_BYTES', DEFAULT_MPP_FILES_MAX_BYTES, env);
}

/** Signed letters, studies and PKS: PDF scans or photos. */
export function mppUploadPolicy(field: string, maxBytes: number): UploadPolicy {
  return { types: SIGNED_DOCUMENT_TYPES, maxBytes, field };
}

/** The JSON body must carry the largest document base64-encoded plus the query. */
export function mppBodyLimitBytes(maxBytes = mppFilesMaxBytes()): number {
  return uploadBodyLimitBytes(maxBytes);
}
