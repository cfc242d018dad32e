// What the portal's web server and the example plugin's server both need to serve built files:
// content types, cache rules for hashed and unhashed names, and a path that cannot climb out.
import path from 'node:path';

/** @type {Record<string, string>} */
export const CONTENT_TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.txt': 'text/plain; charset=utf-8',
};

/**
 * A file with a content hash in its name is cached for good; index.html and remoteEntry.js keep
 * their names across builds (a plugin's entry hash is registered), so they are revalidated.
 * @param {string} file
 */
export function cacheControl(file) {
  const base = path.basename(file);
  if (base === 'index.html' || base === 'remoteEntry.js') return 'no-cache';
  return /\.[0-9a-f]{8,}\.(js|css|map)$/.test(base) ? 'public, max-age=31536000, immutable' : 'no-cache';
}

/**
 * Resolves a URL path inside `root`, refusing anything that climbs out of it.
 * @param {string} root
 * @param {string} urlPath
 * @returns {string | null}
 */
export function resolveInside(root, urlPath) {
  let decoded;
  try {
    decoded = decodeURIComponent(urlPath);
  } catch {
    return null;
  }
  if (decoded.includes('\0')) return null;
  const file = path.join(root, path.normalize(`/${decoded}`));
  return file === root || file.startsWith(root + path.sep) ? file : null;
}
