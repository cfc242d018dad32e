import {
  advertisedDefaultBytes,
  advertisedMaxBytes,
  SIGNED_DOCUMENT_TYPES,
  uploadBodyLimitBytes,
  type UploadPolicy,
} from '@simpul/service-kit';

/** Sizes come from service-kit's ADVERTISED_UPLOADS, which also sets the service's JSON body limit. */
export const DEFAULT_MPP_FILES_MAX_BYTES = advertisedDefaultBytes('mpp', 'document');

/** Largest accepted document: `MPP_FILES_MAX_BYTES`, default 10 MB (a scanned PKS of a few dozen pages). */
export function mppFilesMaxBytes(env: NodeJS.ProcessEnv = process.env): number {
  return advertisedMaxBytes('mpp', 'document', env);
}

/** Signed letters, studies and PKS: PDF scans or photos. */
export function mppUploadPolicy(field: string, maxBytes: number): UploadPolicy {
  return { types: SIGNED_DOCUMENT_TYPES, maxBytes, field };
}

/** The JSON body must carry the largest document base64-encoded plus the query. */
export function mppBodyLimitBytes(maxBytes = mppFilesMaxBytes()): number {
  return uploadBodyLimitBytes(maxBytes);
}
