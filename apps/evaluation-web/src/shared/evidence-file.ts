import { UPLOAD_MAX_BYTES, UPLOAD_TYPES } from '@simpul/web-kit';

/**
 * What the evaluation service takes as evidence (its evidence-policy.ts): the documents every upload
 * takes (web-kit's UPLOAD_TYPES: PDF, PNG, JPEG) and also Word and Excel files, which web-kit's
 * checkUploadFile and @simpul/ui's UploadField refuse; hence this one check of the remote's own.
 * Reading the file (toUpload) is web-kit's; opening a stored one is a signed link (open-evidence.ts).
 */
const EVIDENCE_FILE_TYPES = [
  ...UPLOAD_TYPES,
  { extensions: ['docx'], mimeType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document' },
  { extensions: ['xlsx'], mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' },
] as const;

/** The service's default EVIDENCE_MAX_BYTES, the same 10 MB as every upload; checked here first so nothing large is sent in vain. */
export const EVIDENCE_MAX_BYTES = UPLOAD_MAX_BYTES;
export const EVIDENCE_ACCEPT = EVIDENCE_FILE_TYPES.flatMap((type) => [...type.extensions.map((ext) => `.${ext}`), type.mimeType]).join(',');
const EVIDENCE_MIME_TYPES: readonly string[] = EVIDENCE_FILE_TYPES.map((type) => type.mimeType);

export type EvidenceFileProblem = 'tooLarge' | 'badType' | 'empty';

/** The problem with a chosen file (a key under `evidence.` in the catalogue), or null when it may be sent. */
export function checkEvidenceFile(file: { size: number; type: string }): EvidenceFileProblem | null {
  if (file.size === 0) return 'empty';
  if (file.size > EVIDENCE_MAX_BYTES) return 'tooLarge';
  if (!EVIDENCE_MIME_TYPES.includes(file.type)) return 'badType';
  return null;
}
