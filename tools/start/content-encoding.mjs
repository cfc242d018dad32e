// Which content coding a browser gets (Accept-Encoding, RFC 9110 §12.5.3), which responses are
// worth compressing, and the streaming encoders for what is compressed per request. Plain Node
// (node:zlib) because the portal image ships no node_modules; the gateway's twin is
// libs/service-kit/src/http/compression.ts.
import { pipeToResponse } from './pipe-to-response.mjs';
import zlib from 'node:zlib';

/** @typedef {'br' | 'gzip'} Encoding */

/** The file suffix of each coding's precompressed variant (tools/build/build-web.mjs writes them). */
export const SUFFIX = /** @type {const} */ ({ br: '.br', gzip: '.gz' });

/** Below this a body fits a packet or two either way; compressing it costs more than it saves. */
export const MIN_COMPRESS_BYTES = 1024;

/**
 * The codings the browser accepts (q > 0), best first: highest q, brotli before gzip on a tie (it
 * is smaller). Empty when it names neither, sends no header, or refuses both: then identity.
 * @param {string | string[] | undefined} header
 * @returns {Encoding[]}
 */
export function acceptedEncodings(header) {
  if (!header) return [];
  /** @type {Map<string, number>} */
  const q = new Map();
  for (const part of String(header).toLowerCase().split(',')) {
    const [name, ...params] = part.split(';').map((piece) => piece.trim());
    if (!name) continue;
    const weight = params.find((param) => /^q\s*=/.test(param));
    const value = weight ? Number(weight.replace(/^q\s*=\s*/, '')) : 1;
    q.set(name === 'x-gzip' ? 'gzip' : name, Number.isFinite(value) ? value : 0);
  }
  /** @type {Encoding[]} */
  const ours = ['br', 'gzip'];
  const weights = ours.map((encoding) => ({ encoding, weight: q.get(encoding) ?? q.get('*') ?? 0 }));
  return weights
    .filter(({ weight }) => weight > 0)
    .sort((a, b) => b.weight - a.weight)
    .map(({ encoding }) => encoding);
}

/**
 * The coding to answer with when the body is compressed as it is sent.
 * @param {string | string[] | undefined} header
 * @returns {Encoding | 'identity'}
 */
export function preferredEncoding(header) {
  return acceptedEncodings(header)[0] ?? 'identity';
}

// Text compresses; images, fonts, PDFs, XLSX (a zip) and archives already are. Event streams and
// multipart (incremental delivery) must reach the browser part by part, so they pass as they are.
const COMPRESSIBLE = /^(text\/(?!event-stream)|application\/([a-z0-9.+-]*\+)?(json|xml|javascript)\b|image\/svg\+xml)/;

/** @param {string | number | string[] | undefined} contentType */
export function isCompressible(contentType) {
  return typeof contentType === 'string' && COMPRESSIBLE.test(contentType.trim().toLowerCase());
}

/**
 * `Vary` with Accept-Encoding added once: a cache must not give a brotli body to a browser that
 * asked for none.
 * @param {string | number | string[] | undefined} vary
 */
export function varyOnAcceptEncoding(vary) {
  const names = (Array.isArray(vary) ? vary.join(',') : String(vary ?? ''))
    .split(',')
    .map((name) => name.trim())
    .filter(Boolean);
  if (names.includes('*') || names.some((name) => name.toLowerCase() === 'accept-encoding')) return names.join(', ');
  return [...names, 'Accept-Encoding'].join(', ');
}

/**
 * The ETag of a coded variant: a different representation needs a different tag (RFC 9110 §8.8.3),
 * or a cache could answer a brotli request with a 304 for the identity body it holds.
 * @param {string} etag
 * @param {Encoding} encoding
 */
export function encodedEtag(etag, encoding) {
  return etag.replace(/"$/, `-${encoding}"`);
}

/**
 * A streaming encoder for a body compressed as it is sent: brotli at quality 4 (about gzip 6's
 * speed, smaller), gzip at level 6. The quality-11 work is for files, once, at build time.
 * @param {Encoding} encoding
 * @param {number} [sizeHint] the body's length when known
 */
export function createEncoder(encoding, sizeHint) {
  if (encoding === 'gzip') return zlib.createGzip({ level: 6 });
  return zlib.createBrotliCompress({
    params: {
      [zlib.constants.BROTLI_PARAM_QUALITY]: 4,
      [zlib.constants.BROTLI_PARAM_MODE]: zlib.constants.BROTLI_MODE_TEXT,
      ...(sizeHint ? { [zlib.constants.BROTLI_PARAM_SIZE_HINT]: sizeHint } : {}),
    },
  });
}

/**
 * Whether `If-None-Match` names this ETag (weak comparison, a list or `*`), for a 304.
 * @param {string | string[] | undefined} header
 * @param {string} etag
 */
export function matchesEtag(header, etag) {
  if (!header) return false;
  const bare = (/** @type {string} */ tag) => tag.trim().replace(/^W\//, '');
  const tags = String(header).split(',');
  return tags.some((tag) => tag.trim() === '*' || bare(tag) === bare(etag));
}

/**
 * Writes a response's head and returns where its body goes: through an encoder when the browser
 * accepts one and the body is text worth compressing, else straight to `res`. Never for HEAD (no
 * body), 204/304, a body the sender already encoded or marked no-transform, or one known to be
 * under 1 kB. A strong ETag becomes weak, as a compressing proxy's must: the bytes differ, the
 * content does not, and the sender's 304 still answers a revalidation of either.
 * @param {import('node:http').IncomingMessage} req
 * @param {import('node:http').ServerResponse} res
 * @param {number} status
 * @param {import('node:http').OutgoingHttpHeaders} headers with lower-case names
 * @returns {import('node:stream').Writable}
 */
export function writeHeadCompressing(req, res, status, headers) {
  const varies = isCompressible(headers['content-type']) && !headers['content-encoding'];
  if (!varies) {
    res.writeHead(status, headers);
    return res;
  }
  /** @type {import('node:http').OutgoingHttpHeaders} */
  const out = { ...headers, vary: varyOnAcceptEncoding(headers.vary) };
  const length = headers['content-length'] === undefined ? undefined : Number(headers['content-length']);
  const encoding = preferredEncoding(req.headers['accept-encoding']);
  const skip =
    encoding === 'identity' ||
    req.method === 'HEAD' ||
    status < 200 ||
    status === 204 ||
    status === 304 ||
    /\bno-transform\b/i.test(String(headers['cache-control'] ?? '')) ||
    (length !== undefined && length < MIN_COMPRESS_BYTES);
  if (skip) {
    res.writeHead(status, out);
    return res;
  }
  delete out['content-length'];
  out['content-encoding'] = encoding;
  if (typeof out.etag === 'string' && !out.etag.startsWith('W/')) out.etag = `W/${out.etag}`;
  res.writeHead(status, out);
  const encoder = createEncoder(encoding, length);
  pipeToResponse(encoder, res);
  return encoder;
}
