// The example agency plugin's own web server (`npm start`, port PLUGIN_PORT, 4300): the built
// dist/examples/samsat-tax-plugin served from an origin that is not the portal's, as an agency would
// serve its plugin. The portal loads remoteEntry.js with a script tag carrying `integrity` and
// `crossorigin="anonymous"`, which the browser allows only with CORS, so every file answers the
// portal's origin(s) with Access-Control-Allow-Origin. No credentials, no directory listings.
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { pipeline } from 'node:stream';

/** @typedef {import('node:http').OutgoingHttpHeaders} Headers */
/** @typedef {{ close(): Promise<void>, port: number }} PluginServer */

/** @type {Record<string, string>} */
const CONTENT_TYPES = {
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
};

/**
 * The portal origins that may load the plugin: the portal's port on the names a browser on this
 * machine uses for it.
 * @param {number} portalPort
 */
export function portalOrigins(portalPort) {
  return [`http://localhost:${portalPort}`, `http://127.0.0.1:${portalPort}`];
}

/**
 * CORS headers for a request from `origin`: that origin echoed when it is allowed (`Vary: Origin`,
 * since the answer depends on it); nothing for others, so their script tag fails its CORS check.
 * @param {string | undefined} origin
 * @param {readonly string[] | '*'} allowedOrigins
 * @returns {Headers}
 */
export function corsHeaders(origin, allowedOrigins) {
  if (allowedOrigins === '*') return { 'access-control-allow-origin': '*' };
  /** @type {Headers} */
  const headers = { vary: 'Origin' };
  if (origin && allowedOrigins.includes(origin)) headers['access-control-allow-origin'] = origin;
  return headers;
}

/**
 * remoteEntry.js keeps its name across builds (its hash is registered), so it is revalidated every
 * time; every other file has a content hash in its name and can be cached for good.
 * @param {string} file
 */
function cacheControl(file) {
  return /\.[0-9a-f]{8,}\.(js|css|map)$/.test(path.basename(file)) ? 'public, max-age=31536000, immutable' : 'no-cache';
}

/**
 * @param {string} root
 * @param {string} urlPath
 * @returns {string | null}
 */
function resolveInside(root, urlPath) {
  let decoded;
  try {
    decoded = decodeURIComponent(urlPath);
  } catch {
    return null;
  }
  if (decoded.includes('\0')) return null;
  const file = path.join(root, path.normalize(`/${decoded}`));
  return file.startsWith(root + path.sep) ? file : null;
}

/**
 * @param {{ root: string, port: number, host?: string, allowedOrigins: readonly string[] | '*' }} options
 * @returns {Promise<PluginServer>}
 */
export async function startPluginServer({ root, port, host = '127.0.0.1', allowedOrigins }) {
  const absoluteRoot = path.resolve(root);
  const server = http.createServer((req, res) => {
    const cors = corsHeaders(req.headers.origin, allowedOrigins);
    /** @type {Headers} */
    const common = {
      ...cors,
      'x-content-type-options': 'nosniff',
      // The plugin is meant to be embedded by another origin's page.
      'cross-origin-resource-policy': 'cross-origin',
    };
    /** @param {number} status @param {string} text */
    const sendText = (status, text) => {
      res.writeHead(status, { ...common, 'content-type': 'text/plain; charset=utf-8', 'cache-control': 'no-cache' });
      res.end(text);
    };
    if (req.method === 'OPTIONS') {
      res.writeHead(204, { ...common, 'access-control-allow-methods': 'GET, HEAD', 'access-control-max-age': '600' });
      return res.end();
    }
    if (req.method !== 'GET' && req.method !== 'HEAD') return sendText(405, 'Method not allowed');
    const file = resolveInside(absoluteRoot, new URL(req.url ?? '/', 'http://plugin').pathname);
    const type = file && CONTENT_TYPES[path.extname(file)];
    if (!file || !type) return sendText(404, 'Not found');
    fs.stat(file, (error, stat) => {
      if (error || !stat.isFile()) return sendText(404, 'Not found');
      const etag = `W/"${stat.size.toString(16)}-${stat.mtimeMs.toString(16)}"`;
      /** @type {Headers} */
      const headers = { ...common, 'content-type': type, 'cache-control': cacheControl(file), etag };
      if (req.headers['if-none-match'] === etag) {
        res.writeHead(304, headers);
        return res.end();
      }
      res.writeHead(200, { ...headers, 'content-length': stat.size });
      if (req.method === 'HEAD') return res.end();
      pipeline(fs.createReadStream(file), res, () => {});
    });
  });
  await new Promise(
    /** @param {(value?: void) => void} resolve @param {(error: Error) => void} reject */ (resolve, reject) => {
      server.once('error', reject);
      server.listen(port, host, () => resolve());
    },
  );
  const address = server.address();
  return {
    port: typeof address === 'object' && address ? address.port : port,
    close: () =>
      new Promise((resolve, reject) => {
        server.close((error) => (error ? reject(error) : resolve()));
        server.closeAllConnections();
      }),
  };
}
