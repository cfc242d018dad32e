import { uploadBodyLimitBytes } from '@simpul/service-kit';
import { evidenceMaxBytes } from '../evidence/evidence-policy';

/**
 * Evidence arrives base64-encoded inside a GraphQL mutation, so the JSON body limit must fit the
 * largest allowed file (4/3 of its size) plus the query; express' default of 100 kB would not.
 */
export function evidenceBodyLimitBytes(maxBytes = evidenceMaxBytes()): number {
  return uploadBodyLimitBytes(maxBytes);
}
