/**
 * Types a browser shows in its own tab: PDF and raster images. Anything else — above all SVG or
 * HTML, which could run script on the portal's origin — is sent as an attachment, downloaded under
 * its own name.
 */
const INLINE_TYPES = new Set(['application/pdf', 'image/png', 'image/jpeg', 'image/webp', 'image/gif']);

export const opensInline = (mimeType: string): boolean => INLINE_TYPES.has(mimeType.toLowerCase());

/** The name in the plain `filename=` parameter: ASCII only, without quotes, backslashes or control characters. */
function asciiFileName(fileName: string): string {
  const plain = fileName
    .normalize('NFKD')
    .replace(/[^\x20-\x7e]/g, '')
    .replace(/["\\]/g, '_')
    .trim();
  return plain === '' || plain.startsWith('.') ? `bukti${plain}` : plain;
}

/** RFC 8187 value of `filename*`: UTF-8, percent-encoded beyond the attribute characters. */
function extendedFileName(fileName: string): string {
  return encodeURIComponent(fileName).replace(/['()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
}

/** `inline; filename="bukti-sp.pdf"; filename*=UTF-8''bukti-sp.pdf` (attachment for any type not shown inline). */
export function contentDisposition(fileName: string, mimeType: string): string {
  const kind = opensInline(mimeType) ? 'inline' : 'attachment';
  return `${kind}; filename="${asciiFileName(fileName)}"; filename*=UTF-8''${extendedFileName(fileName)}`;
}

/**
 * The headers of a document's bytes. The browser must not guess another type (nosniff), nor keep a
 * copy (private, no-store); `sandbox` gives the opened document a unique origin without script, so
 * even a file that slipped past the upload check cannot act as the portal (Chromium's PDF viewer
 * still renders under it, apps/e2e/src/browser/evidence-link.spec.ts; see the README for Safari). No Referer leaves the document: its URL
 * carries the link's token.
 */
export function fileHeaders(document: { fileName: string; mimeType: string }, sizeBytes: number): Record<string, string> {
  return {
    'content-type': document.mimeType,
    'content-length': String(sizeBytes),
    'content-disposition': contentDisposition(document.fileName, document.mimeType),
    'x-content-type-options': 'nosniff',
    'cache-control': 'private, no-store',
    'content-security-policy': 'sandbox',
    'referrer-policy': 'no-referrer',
  };
}
