import type { OutgoingHttpHeaders } from 'node:http';
import { constants, createBrotliCompress, createGzip, type Gzip, type BrotliCompress } from 'node:zlib';
import type { RequestHandler, Response } from 'express';

// Express middleware compressing text answers (large GraphQL results, open-data downloads) for a
// client that asks. The portal's web server does the same in plain Node (tools/start/content-encoding.mjs:
// its image ships no node_modules, so it cannot import this); keep the two rules alike.

export type ContentCoding = 'br' | 'gzip';

export interface CompressionOptions {
  /** A body known to be smaller is sent as it is: it fits a packet or two either way. Default 1024. */
  thresholdBytes?: number;
  /** Brotli quality for per-request compression: 4 is about gzip 6's speed, and smaller. */
  brotliQuality?: number;
  gzipLevel?: number;
}

/**
 * The coding to answer with (RFC 9110 §12.5.3): the acceptable one (q > 0) with the highest q,
 * brotli on a tie; `identity` when the client names neither, sends no header, or refuses both.
 */
export function preferredEncoding(header: string | string[] | undefined): ContentCoding | 'identity' {
  if (!header) return 'identity';
  const q = new Map<string, number>();
  for (const part of String(header).toLowerCase().split(',')) {
    const [name, ...params] = part.split(';').map((piece) => piece.trim());
    if (!name) continue;
    const weight = params.find((param) => /^q\s*=/.test(param));
    const value = weight ? Number(weight.replace(/^q\s*=\s*/, '')) : 1;
    q.set(name === 'x-gzip' ? 'gzip' : name, Number.isFinite(value) ? value : 0);
  }
  let best: ContentCoding | 'identity' = 'identity';
  let bestQ = 0;
  for (const coding of ['br', 'gzip'] as const) {
    const weight = q.get(coding) ?? q.get('*') ?? 0;
    if (weight > bestQ) [best, bestQ] = [coding, weight];
  }
  return best;
}

// Text compresses; PDFs, images and XLSX (a zip) already are. Event streams and multipart
// (incremental delivery) must reach the client part by part, so they pass as they are.
const COMPRESSIBLE = /^(text\/(?!event-stream)|application\/([a-z0-9.+-]*\+)?(json|xml|javascript)\b|image\/svg\+xml)/;

export function isCompressible(contentType: unknown): boolean {
  return typeof contentType === 'string' && COMPRESSIBLE.test(contentType.trim().toLowerCase());
}

/** `Vary` with Accept-Encoding added once, so a cache never gives a compressed body to a client that asked for none. */
export function varyOnAcceptEncoding(vary: number | string | readonly string[] | undefined): string {
  const names = (Array.isArray(vary) ? vary.join(',') : String(vary ?? ''))
    .split(',')
    .map((name) => name.trim())
    .filter(Boolean);
  if (names.includes('*') || names.some((name) => name.toLowerCase() === 'accept-encoding')) return names.join(', ');
  return [...names, 'Accept-Encoding'].join(', ');
}

type Encoder = Gzip | BrotliCompress;
type Callback = (error?: Error | null) => void;
type Chunk = string | Buffer | Uint8Array;

/**
 * Compresses the answer when the client accepts brotli or gzip and the body is text of at least
 * `thresholdBytes` (or of unknown length: a stream). Not for HEAD, 1xx/204/304, a body already
 * encoded or marked `no-transform`. Sets `Vary: Accept-Encoding` on every text answer; a strong
 * ETag becomes weak (the bytes differ, the content does not). Streams stay streams: each piece
 * goes on as the encoder emits it, with backpressure, and `res.flush()` pushes out what it holds.
 */
export function compressResponses(options: CompressionOptions = {}): RequestHandler {
  const threshold = options.thresholdBytes ?? 1024;
  const create = (coding: ContentCoding, sizeHint?: number): Encoder =>
    coding === 'gzip'
      ? createGzip({ level: options.gzipLevel ?? 6 })
      : createBrotliCompress({
          params: {
            [constants.BROTLI_PARAM_QUALITY]: options.brotliQuality ?? 4,
            [constants.BROTLI_PARAM_MODE]: constants.BROTLI_MODE_TEXT,
            ...(sizeHint ? { [constants.BROTLI_PARAM_SIZE_HINT]: sizeHint } : {}),
          },
        });

  return (req, res, next) => {
    if (req.method === 'HEAD') return next();
    const coding = preferredEncoding(req.headers['accept-encoding']);
    const writeHead = res.writeHead.bind(res) as (status: number, reason?: string) => Response;
    const write = res.write.bind(res) as (chunk: Chunk, encoding?: BufferEncoding, done?: Callback) => boolean;
    const end = res.end.bind(res) as (chunk?: Chunk, encoding?: BufferEncoding, done?: () => void) => Response;
    let decided = false;
    let encoder: Encoder | undefined;

    /** Decides from the headers as they stand when the head goes out. */
    const decide = (lengthOfEnd?: number) => {
      if (decided) return;
      decided = true;
      if (!isCompressible(res.getHeader('content-type')) || res.getHeader('content-encoding')) return;
      res.setHeader('vary', varyOnAcceptEncoding(res.getHeader('vary')));
      const status = res.statusCode;
      if (coding === 'identity' || status < 200 || status === 204 || status === 304) return;
      if (/\bno-transform\b/i.test(String(res.getHeader('cache-control') ?? ''))) return;
      const header = res.getHeader('content-length');
      const length = header === undefined ? lengthOfEnd : Number(header);
      if (length !== undefined && length < threshold) return;
      res.removeHeader('content-length');
      res.setHeader('content-encoding', coding);
      const etag = res.getHeader('etag');
      if (typeof etag === 'string' && !etag.startsWith('W/')) res.setHeader('etag', `W/${etag}`);
      const stream = create(coding, length);
      stream.on('data', (piece: Buffer) => {
        if (!write(piece)) stream.pause();
      });
      stream.on('end', () => end());
      stream.on('error', (error) => res.destroy(error));
      // Whoever writes to `res` waits for its 'drain': let the encoder's count too.
      stream.on('drain', () => res.emit('drain'));
      res.on('drain', () => stream.resume());
      encoder = stream;
    };

    res.writeHead = ((status: number, ...rest: (string | OutgoingHttpHeaders | undefined)[]) => {
      const reason = typeof rest[0] === 'string' ? rest[0] : undefined;
      const headers = rest.find((arg): arg is OutgoingHttpHeaders => typeof arg === 'object' && arg !== null);
      // Raw header arrays are left alone: nothing here can read them.
      if (Array.isArray(headers)) decided = true;
      else if (headers) for (const [name, value] of Object.entries(headers)) if (value !== undefined) res.setHeader(name, value);
      res.statusCode = status;
      decide();
      return writeHead(status, reason);
    }) as Response['writeHead'];

    res.write = ((chunk: Chunk, encoding?: BufferEncoding | Callback, done?: Callback) => {
      if (!res.headersSent) res.writeHead(res.statusCode);
      const [as, callback] = typeof encoding === 'function' ? [undefined, encoding] : [encoding, done];
      return encoder ? encoder.write(chunk, as ?? 'utf8', callback) : write(chunk, as, callback);
    }) as Response['write'];

    res.end = ((chunk?: Chunk | (() => void), encoding?: BufferEncoding | (() => void), done?: () => void) => {
      const [body, as, callback] =
        typeof chunk === 'function'
          ? [undefined, undefined, chunk]
          : typeof encoding === 'function'
            ? [chunk, undefined, encoding]
            : [chunk, encoding, done];
      // A whole body given at once (express' res.send sets Content-Length itself; this covers a plain end()).
      if (!res.headersSent) decide(body === undefined ? 0 : typeof body === 'string' ? Buffer.byteLength(body, as) : body.length);
      if (!encoder) return end(body, as, callback);
      if (!res.headersSent) res.writeHead(res.statusCode);
      if (callback) res.once('finish', callback);
      if (body === undefined) encoder.end();
      else encoder.end(body, as ?? 'utf8');
      return res;
    }) as Response['end'];

    // A client that goes away stops the encoder instead of leaving it holding the rest.
    res.on('close', () => encoder?.destroy());
    (res as Response & { flush?: () => void }).flush = () => encoder?.flush();
    next();
  };
}
