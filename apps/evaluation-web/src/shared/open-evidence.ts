import { toClientErrors, type GraphQLClient, type Language } from '@simpul/web-kit';
import { EVIDENCE_DOWNLOAD_LINK } from '../lokus/work.operations';

/**
 * Types the browser shows inline in a new tab: PDF and raster images, as the evaluation service
 * serves them (`Content-Disposition: inline`, sandboxed). Anything else is downloaded under its
 * own name.
 */
const INLINE_TYPES = new Set(['application/pdf', 'image/png', 'image/jpeg', 'image/gif', 'image/webp']);

export const opensInline = (mimeType: string): boolean => INLINE_TYPES.has(mimeType.toLowerCase());

export type OpenEvidenceResult = { ok: true; how: 'tab' | 'download' } | { ok: false; message: string };

/** Hands a same-origin link to the browser as a download named `fileName` (it streams the file itself). */
function download(url: string, fileName: string): void {
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  document.body.appendChild(link);
  link.click();
  link.remove();
}

/**
 * Asks the evaluation service for a short-lived signed link to a document (it decides who may read
 * it; there is no public path) and follows it: PDF and images in a new tab, anything else — or when
 * the browser blocked the tab — as a download named after the document. The browser fetches the
 * bytes from the link itself, streamed; the page holds none of them. A refusal or a network failure
 * comes back as its message in `language`.
 */
export async function openEvidence(client: GraphQLClient, documentId: string, language: Language): Promise<OpenEvidenceResult> {
  let link;
  try {
    link = (await client.request(EVIDENCE_DOWNLOAD_LINK, { documentId })).evidenceDownloadLink;
  } catch (error) {
    return {
      ok: false,
      message: toClientErrors(error, language)
        .map((e) => e.message)
        .join(' '),
    };
  }
  if (opensInline(link.document.mimeType)) {
    const tab = window.open(link.url, '_blank');
    if (tab) {
      // The opened document has no business with this page.
      tab.opener = null;
      return { ok: true, how: 'tab' };
    }
  }
  download(link.url, link.document.fileName);
  return { ok: true, how: 'download' };
}
