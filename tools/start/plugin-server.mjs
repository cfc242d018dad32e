// The example agency plugin's own web server (`npm start`, port PLUGIN_PORT, 4300): the built
// dist/examples/samsat-tax-plugin served from an origin that is not the portal's, as an agency would
// serve its plugin. The portal loads remoteEntry.js with a script tag carrying `integrity` and
// `crossorigin="anonymous"`, which the browser allows only with CORS, so every file answers the
// portal's origin(s) with Access-Control-Allow-Origin. No credentials, no directory listings.
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { pipeToResponse } from './pipe-to-response.mjs';
import { cacheControl, CONTENT_TYPES, resolveInside } from './static-files.mjs';

/** @typedef {import('node:http').OutgoingHttpHeaders} Headers */
/** @typedef {{ close(): Promise<void>, port: number }} PluginServer */

/** What a built plugin ships; anything else in its folder (notes, HTML) is not served. */
const PLUGIN_FILE_TYPES = new Set(['.js', '.mjs', '.css', '.json', '.map', '.svg', '.png', '.woff2']);

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
    const type = file && PLUGIN_FILE_TYPES.has(path.extname(file)) ? CONTENT_TYPES[path.extname(file)] : undefined;
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
      pipeToResponse(fs.createReadStream(file), res);
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
