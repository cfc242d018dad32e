import { uploadBodyLimitBytes } from '../storage/check-upload';

/** A file a service advertises it takes inside a GraphQL request (base64 in the JSON body). */
export interface AdvertisedUpload {
  /** How the service asks for this size (`advertisedMaxBytes(service, key)`). */
  key: string;
  what: string;
  /** The environment variable that changes the size, when there is one. */
  env?: string;
  defaultMaxBytes: number;
}

const MB = 1024 * 1024;

/**
 * What each service says it accepts, in one table: its JSON body limit follows from the largest
 * file (base64 is 4/3 of the file, plus room for the query). The services' own upload checks use
 * the same sizes (registry and evaluation imports 5 MB; evidence, attachments, documents, SKM paper
 * imports 10 MB by default).
 */
export const ADVERTISED_UPLOADS: Readonly<Record<string, readonly AdvertisedUpload[]>> = {
  registry: [{ key: 'import', what: 'service import (CSV/XLSX)', defaultMaxBytes: 5 * MB }],
  evaluation: [
    { key: 'evidence', what: 'F-01 evidence', env: 'EVIDENCE_MAX_BYTES', defaultMaxBytes: 10 * MB },
    { key: 'ombudsman-import', what: 'Ombudsman result import (CSV/XLSX)', defaultMaxBytes: 5 * MB },
  ],
  kipp: [{ key: 'attachment', what: 'proposal attachment', env: 'KIPP_FILES_MAX_BYTES', defaultMaxBytes: 10 * MB }],
  mpp: [{ key: 'document', what: 'mall document (PKS, letters)', env: 'MPP_FILES_MAX_BYTES', defaultMaxBytes: 10 * MB }],
  skm: [{ key: 'paper-import', what: 'paper-form import (CSV/XLSX)', env: 'SKM_IMPORT_MAX_BYTES', defaultMaxBytes: 10 * MB }],
};

/**
 * Every service takes at least this much: a GraphQL operation with long text (a whole Standar
 * Pelayanan is 14 components of up to 20,000 characters) passes express' 100 kB default.
 */
export const MIN_JSON_BODY_BYTES = MB;

function sizeOf(upload: AdvertisedUpload, env: NodeJS.ProcessEnv): number {
  const value = upload.env ? Number(env[upload.env] ?? upload.defaultMaxBytes) : upload.defaultMaxBytes;
  return Number.isInteger(value) && value > 0 ? value : upload.defaultMaxBytes;
}

function advertised(service: string, key: string): AdvertisedUpload {
  const upload = ADVERTISED_UPLOADS[service]?.find((entry) => entry.key === key);
  if (!upload) throw new Error(`ADVERTISED_UPLOADS has no "${key}" for the ${service} service.`);
  return upload;
}

/** The default size of one advertised file (`advertisedMaxBytes` without its environment variable). */
export function advertisedDefaultBytes(service: string, key: string): number {
  return advertised(service, key).defaultMaxBytes;
}

/** The largest file of one kind a service takes (its environment variable, else the default): what its upload check enforces. */
export function advertisedMaxBytes(service: string, key: string, env: NodeJS.ProcessEnv = process.env): number {
  return sizeOf(advertised(service, key), env);
}

/** The JSON body limit of a service (by its short name: `registry`, `skm`) under the given environment. */
export function jsonBodyLimitFor(service: string, env: NodeJS.ProcessEnv = process.env): number {
  const uploads = ADVERTISED_UPLOADS[service] ?? [];
  return Math.max(MIN_JSON_BODY_BYTES, ...uploads.map((upload) => uploadBodyLimitBytes(sizeOf(upload, env))));
}

/** "6.7 MB" / "6,7 MB": a byte count as people read it in messages. */
export function formatBytes(bytes: number, locale: 'en' | 'id' = 'en'): string {
  const megabytes = (bytes / MB).toLocaleString(locale === 'id' ? 'id-ID' : 'en-US', { maximumFractionDigits: 1 });
  return `${megabytes} MB`;
}
