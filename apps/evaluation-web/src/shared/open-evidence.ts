import { base64ToBlob, saveBlob, toClientErrors, type GraphQLClient, type Language } from '@simpul/web-kit';
import { EVIDENCE_CONTENT } from '../lokus/work.operations';

/**
 * Types the browser shows inline in a new tab. Only PDF and raster images: an SVG or HTML file on a
 * blob: URL of this origin could run script, so anything else is downloaded under its own name.
 */
const INLINE_TYPES = new Set(['application/pdf', 'image/png', 'image/jpeg', 'image/gif', 'image/webp']);

export const opensInline = (mimeType: string): boolean => INLINE_TYPES.has(mimeType.toLowerCase());

/** How long an opened tab keeps its blob: URL; the tab has loaded it long before. */
const REVOKE_AFTER_MS = 60_000;

export type OpenEvidenceResult = { ok: true; how: 'tab' | 'download' } | { ok: false; message: string };

/**
 * Fetches a document's content through the evaluation service (which decides who may read it; there is
 * no public path) and opens it: PDF and images in a new tab, anything else — or when the browser
 * blocked the tab — as a download named after the document. A refusal or a network failure comes back
 * as its message in `language`.
 */
export async function openEvidence(client: GraphQLClient, documentId: string, language: Language): Promise<OpenEvidenceResult> {
  let file;
  try {
    file = (await client.request(EVIDENCE_CONTENT, { documentId })).evidenceDocumentContent;
  } catch (error) {
    return {
      ok: false,
      message: toClientErrors(error, language)
        .map((e) => e.message)
        .join(' '),
    };
  }
  const blob = base64ToBlob(file.contentBase64, file.document.mimeType);
  if (opensInline(file.document.mimeType)) {
    const url = URL.createObjectURL(blob);
    const tab = window.open(url, '_blank');
    if (tab) {
      // The opened document has no business with this page.
      tab.opener = null;
      setTimeout(() => URL.revokeObjectURL(url), REVOKE_AFTER_MS);
      return { ok: true, how: 'tab' };
    }
    URL.revokeObjectURL(url);
  }
  saveBlob(blob, file.document.fileName);
  return { ok: true, how: 'download' };
}
