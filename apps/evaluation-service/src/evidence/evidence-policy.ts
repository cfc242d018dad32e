import {
  advertisedDefaultBytes,
  advertisedMaxBytes,
  badUserInput,
  checkUpload,
  DOCX,
  FileRejectedError,
  JPEG,
  PDF,
  PNG,
  XLSX,
  type CheckedUpload,
  type RejectionMessages,
  type UploadPolicy,
} from '@simpul/service-kit';

/** Sizes come from service-kit's ADVERTISED_UPLOADS, which also sets the service's JSON body limit. */
export const DEFAULT_EVIDENCE_MAX_BYTES = advertisedDefaultBytes('evaluation', 'evidence');

/** The largest evidence file: EVIDENCE_MAX_BYTES, default 10 MB. */
export function evidenceMaxBytes(env: NodeJS.ProcessEnv = process.env): number {
  return advertisedMaxBytes('evaluation', 'evidence', env);
}

/** Documents, scans and photos evaluators ask for; anything else (executables, archives, HTML) is refused. */
export const EVIDENCE_TYPES = [PDF, PNG, JPEG, DOCX, XLSX] as const;

/**
 * The evidence wording desks have been reading since before the shared check existed (and the
 * remote shows): the list of types without dots, and "must be sent as". The rules are checkUpload's.
 */
const EVIDENCE_MESSAGES: Partial<RejectionMessages> = {
  TYPE: ({ extension, accepted }) => {
    const list = accepted.flatMap((type) => type.extensions).join(', ');
    return {
      en: `Files of type ".${extension}" are not accepted; use ${list}.`,
      id: `Berkas jenis ".${extension}" tidak diterima; gunakan ${list}.`,
    };
  },
  MIME: ({ extension, expectedMimeType, declaredMimeType }) => ({
    en: `A .${extension} file must be sent as ${expectedMimeType}, not ${declaredMimeType}.`,
    id: `Berkas .${extension} harus dikirim sebagai ${expectedMimeType}, bukan ${declaredMimeType}.`,
  }),
};

/**
 * The fields sit at the top of UploadEvidenceInput (`input.fileName` …), and a name keeps its
 * folder parts as underscores, so "Laporan/2025.pdf" stays recognisable in the unit's library.
 */
export function evidenceUploadPolicy(maxBytes: number): UploadPolicy {
  return { types: EVIDENCE_TYPES, maxBytes, field: 'input', directories: 'underscore', messages: EVIDENCE_MESSAGES };
}

/** Size limit, extension and MIME allow-list, content that really is that type; SHA-256 of the bytes. A refusal is BAD_USER_INPUT. */
export function checkEvidenceFile(fileName: string, mimeType: string, contentBase64: string, maxBytes: number): CheckedUpload {
  try {
    return checkUpload({ fileName, mimeType, contentBase64 }, evidenceUploadPolicy(maxBytes));
  } catch (error) {
    if (error instanceof FileRejectedError) throw badUserInput(error.field, error.messages.en, error.messages.id);
    throw error;
  }
}
