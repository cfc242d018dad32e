// The portal's web server: the built host at `/` (SPA fallback to index.html), each remote's build
// under /remotes/<app>/, /remotes/manifest.json generated from the remotes it is given,
// /graphql and the session routes /auth/* (sign-in, refresh, sign-out: their httpOnly cookie is the portal's
// own) proxied, streaming, to the gateway, files behind signed links (GET /files/*, e.g. evidence opened in a
// new tab) streamed from the gateway without the browser's credentials, and the SKM public submission path
// (POST /skm-api/public/responses, and queue systems' POST /skm-api/queue/tickets-served) proxied to the SKM service, so QR forms and kiosks use one origin. The open-data
// catalogue and downloads (/data/catalog.json, /data/<id>.csv|json|xlsx) stream from the gateway the same way as files;
// /data itself is the portal's page. Hashed assets are cached for a year; index.html,
// remoteEntry.js and the manifest are revalidated every time so a new deployment shows at once. The app shell
// carries a Content-Security-Policy allowing scripts only from the portal and approved agency plugins
// (content-security-policy.mjs). Text goes compressed when the browser accepts it: built files as the
// .br/.gz the build wrote beside them, the manifest and proxied answers as they stream
// (content-encoding.mjs); session answers (/auth/*) as they are.
import { createHmac, randomUUID } from 'node:crypto';
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { pipeline } from 'node:stream';
import { pipeToResponse } from './pipe-to-response.mjs';
import { approvedPluginOrigins, contentSecurityPolicy } from './content-security-policy.mjs';
import {
  acceptedEncodings,
  createEncoder,
  encodedEtag,
  isCompressible,
  matchesEtag,
  MIN_COMPRESS_BYTES,
  writeHeadCompressing,
} from './content-encoding.mjs';
import { frontDoorPage, withSignedInMarker } from './front-door-page.mjs';
import { skmFormPage } from './skm-form-page.mjs';
import { cacheControl, CONTENT_TYPES, precompressedVariant, resolveInside } from './static-files.mjs';
import { clientAddress, fromTrustedProxy, parseTrustProxy } from './trust-proxy.mjs';

/** @typedef {import('node:http').IncomingMessage} Request */
/** @typedef {import('node:http').ServerResponse} Response */
/** @typedef {import('node:http').OutgoingHttpHeaders} Headers */
/** @typedef {{ en: string, id: string }} Message */
/** @typedef {{ name: string, app: string, routes: string, title: Message }} Remote */
/** @typedef {import('./trust-proxy.mjs').Trust} Trust */
/** @typedef {{ close(): Promise<void>, port: number }} WebServer */

const workspaceRoot = path.resolve(import.meta.dirname, '../..');

// Headers that describe one hop, not the message (RFC 9110 §7.6.1): never forwarded.
const HOP_BY_HOP = new Set([
  'connection',
  'keep-alive',
  'proxy-authenticate',
  'proxy-authorization',
  'te',
  'trailer',
  'transfer-encoding',
  'upgrade',
  'host',
]);

// same-origin is stricter than strict-origin-when-cross-origin: no address of the portal, not even
// its origin, goes to another site (an agency plugin's origin included), and nothing needs it there.
const SECURITY_HEADERS = {
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'same-origin',
  'x-frame-options': 'DENY',
};

/**
 * A built file, as its precompressed variant when the browser accepts one (brotli before gzip, by
 * q-value), compressed as it is sent when text has no variant, else as it is. Each coding has its
 * own ETag, so a 304 never confirms a body of another coding.
 * @param {Request} req
 * @param {Response} res
 * @param {string} file
 * @param {Headers} [extraHeaders]
 */
function sendFile(req, res, file, extraHeaders = {}) {
  fs.stat(file, (error, stat) => {
    if (error || !stat.isFile()) return sendText(res, 404, 'Not found');
    const contentType = CONTENT_TYPES[path.extname(file)] ?? 'application/octet-stream';
    const encodings = isCompressible(contentType) ? acceptedEncodings(req.headers['accept-encoding']) : [];
    void precompressedVariant(file, encodings).then((variant) => {
      const identityEtag = `W/"${stat.size.toString(16)}-${stat.mtimeMs.toString(16)}"`;
      // Compressed per request only when the build left no variant and it is worth it; not for HEAD (no body).
      const onTheFly = !variant && encodings.length > 0 && stat.size >= MIN_COMPRESS_BYTES && req.method !== 'HEAD';
      const encoding = variant?.encoding ?? (onTheFly ? encodings[0] : undefined);
      const etag = encoding ? encodedEtag(identityEtag, encoding) : identityEtag;
      /** @type {Headers} */
      const headers = {
        ...SECURITY_HEADERS,
        'content-type': contentType,
        'cache-control': cacheControl(file),
        etag,
        'last-modified': stat.mtime.toUTCString(),
        ...(isCompressible(contentType) ? { vary: 'Accept-Encoding' } : {}),
        ...extraHeaders,
      };
      if (path.basename(file) === 'remoteEntry.js') headers['access-control-allow-origin'] = '*';
      if (matchesEtag(req.headers['if-none-match'], etag)) {
        res.writeHead(304, headers);
        return res.end();
      }
      if (encoding) headers['content-encoding'] = encoding;
      if (!onTheFly) headers['content-length'] = variant?.size ?? stat.size;
      res.writeHead(200, headers);
      if (req.method === 'HEAD') return res.end();
      const body = fs.createReadStream(variant?.file ?? file);
      if (onTheFly && encoding) pipeToResponse(body, createEncoder(encoding, stat.size), res);
      else pipeToResponse(body, res);
    });
  });
}

/**
 * @param {Response} res
 * @param {number} status
 * @param {string} text
 */
function sendText(res, status, text) {
  res.writeHead(status, { ...SECURITY_HEADERS, 'content-type': 'text/plain; charset=utf-8', 'cache-control': 'no-cache' });
  res.end(text);
}

/** The open-data catalogue and downloads the gateway serves (/data/catalog.json, /data/<id>.csv|json|xlsx). */
export const OPEN_DATA_PATH = /^\/data\/(catalog\.json|[a-z0-9-]+\.(csv|json|xlsx))$/;

/** The SKM service's REST path for public answers, as the portal serves it. */
export const SKM_PUBLIC_RESPONSES = '/skm-api/public/responses';
/** Where a mall's queue system reports a served ticket (its own key in X-Simpul-Queue-Key; docs/queue-survey-invitations.md). */
export const SKM_QUEUE_TICKETS = '/skm-api/queue/tickets-served';
// The development default of libs/service-kit (auth/secrets.ts); production must set INTERNAL_SECRET.
const DEV_INTERNAL_SECRET = 'simpul-dev-internal-secret-change-me';
// What a browser must never pass through to the SKM service: it gets the public caller, minted here.
const NOT_FORWARDED_TO_SKM = new Set(['x-simpul-internal', 'authorization', 'cookie', 'x-forwarded-for', 'forwarded']);

/**
 * The internal token every subgraph route requires, for the public caller (`caller: null`), valid
 * for one hop (60 s). Same compact HS256 token as issueInternalToken in libs/service-kit
 * (auth/signed-token.ts); this script runs on plain Node and cannot import the TypeScript library.
 * @param {string} secret
 * @param {number} [now]
 */
export function publicInternalToken(secret, now = Date.now()) {
  const encode = (/** @type {object} */ value) => Buffer.from(JSON.stringify(value)).toString('base64url');
  const header = encode({ alg: 'HS256', typ: 'JWT' });
  const iat = Math.floor(now / 1000);
  const payload = encode({ kind: 'internal', caller: null, requestId: randomUUID(), iat, exp: iat + 60 });
  return `${header}.${payload}.${createHmac('sha256', secret).update(`${header}.${payload}`).digest('base64url')}`;
}

/**
 * The client a request comes from, for the gateway's and the SKM service's rate limits: the socket,
 * unless it is a proxy TRUST_PROXY trusts (trust-proxy.mjs). From anyone else a browser could name
 * any address in X-Forwarded-For and escape its limit, so the socket decides.
 * @param {Pick<Request, 'socket' | 'headers'>} req
 * @param {Trust} [trust] default: TRUST_PROXY (loopback)
 */
export function clientAddressOf(req, trust = parseTrustProxy(process.env.TRUST_PROXY)) {
  return clientAddress(/** @type {Request} */ (req), trust);
}

/**
 * @param {Request} req
 * @param {Response} res
 * @param {URL} target
 * @param {string | undefined} secret
 * @param {Trust} trust
 */
function proxySkm(req, res, target, secret, trust) {
  if (req.method !== 'POST') return sendText(res, 405, 'Method not allowed');
  if (!secret) return sendText(res, 503, 'INTERNAL_SECRET is not set');
  /** @type {Headers} */
  const headers = { 'x-forwarded-for': clientAddressOf(req, trust), 'x-simpul-internal': publicInternalToken(secret) };
  for (const [name, value] of Object.entries(req.headers))
    if (!HOP_BY_HOP.has(name) && !NOT_FORWARDED_TO_SKM.has(name)) headers[name] = value;
  return proxy(req, res, target, trust, {
    headers,
    unreachable: { en: 'The survey service is not reachable.', id: 'Layanan survei tidak dapat dihubungi.' },
  });
}

// A file link carries its own signed token; the page's credentials have no business going with it.
const NOT_FORWARDED_WITH_FILES = new Set(['cookie', 'authorization', 'x-simpul-internal']);

/**
 * GET (or HEAD) /files/*: a file the owning service serves behind a short-lived signed link, e.g.
 * /files/evidence/<id>/<file name>?token=… opened in a new tab, streamed from the gateway.
 * @param {Request} req
 * @param {Response} res
 * @param {URL} target
 * @param {Trust} trust
 */
function proxyFiles(req, res, target, trust) {
  if (req.method !== 'GET' && req.method !== 'HEAD') return sendText(res, 405, 'Method not allowed');
  /** @type {Headers} */
  const headers = {};
  for (const [name, value] of Object.entries(req.headers))
    if (!HOP_BY_HOP.has(name) && !NOT_FORWARDED_WITH_FILES.has(name)) headers[name] = value;
  return proxy(req, res, target, trust, { headers });
}

/**
 * @param {Request} req
 * @param {Response} res
 * @param {URL} target
 * @param {Trust} trust
 * @param {{ headers?: Headers, unreachable?: Message, compress?: boolean, setCookie?: (value: string | string[] | undefined) => string[] | undefined }} [options]
 */
function proxy(
  req,
  res,
  target,
  trust,
  {
    headers: given,
    unreachable = { en: 'The gateway is not reachable.', id: 'Gateway tidak dapat dihubungi.' },
    compress = true,
    setCookie,
  } = {},
) {
  /** @type {Headers} */
  const headers = given ?? {};
  if (!given) for (const [name, value] of Object.entries(req.headers)) if (!HOP_BY_HOP.has(name)) headers[name] = value;
  // One address, the client's as far as trusted hops vouch: the gateway trusts the portal and takes it as is.
  headers['x-forwarded-for'] = clientAddressOf(req, trust);
  headers['x-forwarded-host'] = req.headers.host ?? '';
  // Behind a trusted TLS terminator the browser came over https: the gateway marks the session
  // cookie Secure from this. Anyone else reached this plain-http server directly.
  const proto = String(req.headers['x-forwarded-proto'] ?? '')
    .split(',')[0]
    .trim();
  headers['x-forwarded-proto'] = fromTrustedProxy(req, trust) && (proto === 'https' || proto === 'http') ? proto : 'http';
  const search = new URL(req.url ?? '/', 'http://portal').search;
  const upstream = http.request(
    {
      protocol: target.protocol,
      hostname: target.hostname,
      port: target.port,
      path: target.pathname + search,
      method: req.method,
      headers,
    },
    (upstreamRes) => {
      // The browser may have gone (an aborted fetch) before the gateway answered.
      if (res.destroyed) return upstreamRes.destroy();
      /** @type {Headers} */
      const out = {};
      for (const [name, value] of Object.entries(upstreamRes.headers)) if (!HOP_BY_HOP.has(name)) out[name] = value;
      if (setCookie && out['set-cookie']) out['set-cookie'] = setCookie(upstreamRes.headers['set-cookie']);
      const status = upstreamRes.statusCode ?? 502;
      if (!compress) res.writeHead(status, out);
      pipeToResponse(upstreamRes, compress ? writeHeadCompressing(req, res, status, out) : res);
    },
  );
  // A client that disconnects early cancels the upstream request instead of leaving it running.
  res.on('close', () => {
    if (!res.writableFinished) upstream.destroy();
  });
  upstream.on('error', () => {
    if (res.destroyed) return;
    if (res.headersSent) return res.destroy();
    res.writeHead(502, { ...SECURITY_HEADERS, 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store' });
    res.end(
      JSON.stringify({
        errors: [{ message: unreachable.en, extensions: { code: 'INTERNAL_SERVER_ERROR', messages: unreachable } }],
      }),
    );
  });
  pipeline(req, upstream, () => {});
}

/**
 * An HTML page (the app shell) with the Content-Security-Policy: scripts and connections from the
 * portal and the approved plugin origins only.
 * @param {Request} req
 * @param {Response} res
 * @param {string} file
 * @param {() => Promise<string[]>} pluginOrigins
 * @param {Headers} [extraHeaders]
 */
function sendHtml(req, res, file, pluginOrigins, extraHeaders = {}) {
  void pluginOrigins().then((origins) =>
    sendFile(req, res, file, { 'content-security-policy': contentSecurityPolicy(origins), ...extraHeaders }),
  );
}

/**
 * `skmUrl`: the SKM subgraph (its /graphql URL; the REST path sits beside it), default SKM_URL or
 * http://127.0.0.1:SKM_PORT (4105). `internalSecret`: default INTERNAL_SECRET, or the development
 * default unless NODE_ENV=production (then the SKM path answers 503 until it is set).
 * `pluginOriginsTtlMs`: how long the approved plugin origins for the CSP are kept (30 s).
 * `trustProxy`: whose X-Forwarded-For is believed, as the gateway's TRUST_PROXY (default: TRUST_PROXY, or loopback).
 * @param {{ port: number, host?: string, gatewayUrl: string, skmUrl?: string, internalSecret?: string, remotes: Remote[], distRoot?: string, pluginOriginsTtlMs?: number, trustProxy?: string }} options
 * @returns {Promise<WebServer>}
 */
export function startWebServer({
  port,
  host = '127.0.0.1',
  gatewayUrl,
  remotes,
  distRoot = path.join(workspaceRoot, 'dist', 'apps'),
  skmUrl = process.env.SKM_URL ?? `http://127.0.0.1:${process.env.SKM_PORT ?? 4105}/graphql`,
  internalSecret = process.env.INTERNAL_SECRET ?? (process.env.NODE_ENV === 'production' ? undefined : DEV_INTERNAL_SECRET),
  pluginOriginsTtlMs,
  trustProxy = process.env.TRUST_PROXY,
}) {
  /** @type {Trust} */
  let trust;
  try {
    trust = parseTrustProxy(trustProxy);
  } catch (error) {
    return Promise.reject(error instanceof Error ? error : new Error(String(error)));
  }
  const portalRoot = path.join(distRoot, 'portal');
  const remoteRoots = new Map(remotes.map((remote) => [remote.app, path.join(distRoot, remote.app)]));
  const remoteRoutes = new Map(remotes.map((remote) => [remote.app, remote.routes]));
  const manifest = JSON.stringify({
    remotes: remotes.map(({ name, app, routes, title }) => ({ name, entry: `/remotes/${app}/remoteEntry.js`, routes, title })),
  });
  /**
   * A page of a remote names that remote's entry in a `Link: rel=preload` header, so the browser fetches
   * it beside the portal's own scripts instead of after them and the manifest (on a slow phone link
   * that is two round trips less before the page's first screen).
   * @param {string} pathname
   * @returns {Headers}
   */
  const remoteEntryPreload = (pathname) => {
    const remote = remotes.find(({ routes }) => pathname === routes || pathname.startsWith(`${routes}/`));
    return remote ? { link: `</remotes/${remote.app}/remoteEntry.js>; rel=preload; as=script` } : {};
  };
  const target = new URL(gatewayUrl);
  const skmTarget = new URL('/public/responses', skmUrl);
  const skmQueueTarget = new URL('/queue/tickets-served', skmUrl);
  const pluginOrigins = approvedPluginOrigins({ gatewayUrl, ttlMs: pluginOriginsTtlMs });

  const server = http.createServer((req, res) => {
    const { pathname } = new URL(req.url ?? '/', 'http://portal');
    if (pathname === '/graphql') return proxy(req, res, target, trust);
    // Session answers carry a token and are small: never compressed, so their length tells nothing about it.
    // The session cookie's marker on Path=/ rides along, so `/` knows who is signed in (front-door-page.mjs).
    if (pathname.startsWith('/auth/'))
      return proxy(req, res, new URL(pathname, target), trust, { compress: false, setCookie: withSignedInMarker });
    if (pathname.startsWith('/files/')) return proxyFiles(req, res, new URL(pathname, target), trust);
    // Open data: the catalogue and the downloads come from the gateway; /data itself is the portal's page.
    if (OPEN_DATA_PATH.test(pathname)) return proxyFiles(req, res, new URL(pathname, target), trust);
    if (pathname === SKM_PUBLIC_RESPONSES) return proxySkm(req, res, skmTarget, internalSecret, trust);
    if (pathname === SKM_QUEUE_TICKETS) return proxySkm(req, res, skmQueueTarget, internalSecret, trust);
    if (req.method !== 'GET' && req.method !== 'HEAD') return sendText(res, 405, 'Method not allowed');
    if (pathname === '/remotes/manifest.json') {
      const headers = { ...SECURITY_HEADERS, 'content-type': CONTENT_TYPES['.json'], 'cache-control': 'no-cache' };
      return writeHeadCompressing(req, res, 200, { ...headers, 'content-length': Buffer.byteLength(manifest) }).end(
        req.method === 'HEAD' ? undefined : manifest,
      );
    }
    const remoteMatch = /^\/remotes\/([^/]+)(\/.*)$/.exec(pathname);
    if (remoteMatch) {
      const root = remoteRoots.get(remoteMatch[1]);
      const file = root && resolveInside(root, remoteMatch[2]);
      // A remote's service worker (*.sw.js, e.g. the SKM kiosk's) may control that remote's routes only.
      const worker = remoteMatch[2].endsWith('.sw.js') ? { 'service-worker-allowed': `${remoteRoutes.get(remoteMatch[1])}/` } : {};
      return file ? sendFile(req, res, file, worker) : sendText(res, 404, 'Not found');
    }
    // A QR code's or one-time link's form is a small page of its own, not the portal (skm-form-page.mjs).
    const formPage = skmFormPage(distRoot, req.url ?? '/');
    if (formPage) return sendHtml(req, res, formPage, pluginOrigins);
    // `/` answers by the session marker: the front door's own page signed out, the portal signed in.
    if (pathname === '/') {
      const frontDoor = frontDoorPage(distRoot, req.url ?? '/', req.headers.cookie);
      return sendHtml(req, res, frontDoor ?? path.join(portalRoot, 'index.html'), pluginOrigins, { vary: 'Accept-Encoding, Cookie' });
    }
    const file = resolveInside(portalRoot, pathname);
    if (!file) return sendText(res, 400, 'Bad request');
    // A path with a file extension is an asset: a missing one is a 404, not the app shell.
    if (path.extname(pathname) === '.html') return sendHtml(req, res, file, pluginOrigins);
    if (path.extname(pathname)) return sendFile(req, res, file);
    return sendHtml(req, res, path.join(portalRoot, 'index.html'), pluginOrigins, remoteEntryPreload(pathname));
  });

  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      server.off('error', reject);
      const address = server.address();
      resolve({
        port: typeof address === 'object' && address ? address.port : port,
        close: () =>
          new Promise(
            /** @param {(value?: void) => void} done */ (done) => {
              server.close(() => done());
              server.closeAllConnections?.();
            },
          ),
      });
    });
  });
}
