import { advertisedMaxBytes } from '@simpul/service-kit';

/**
 * Largest paper-import file taken through GraphQL (base64 in JSON); bulk files go to POST /imports/:surveyId.
 * SKM_IMPORT_MAX_BYTES, default in service-kit's ADVERTISED_UPLOADS (which also sets the JSON body limit).
 */
export function importMaxBytes(env: NodeJS.ProcessEnv = process.env): number {
  return advertisedMaxBytes('skm', 'paper-import', env);
}

/** JSON body limit: the base64 of the largest file plus room for the query. */
export function importBodyLimitBytes(): number {
  return Math.ceil((importMaxBytes() * 4) / 3) + 64 * 1024;
}

/** Problems listed in a refused report (all are counted). */
export const MAX_LISTED_PROBLEMS = 200;
