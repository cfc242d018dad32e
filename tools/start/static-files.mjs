// What the portal's web server and the example plugin's server both need to serve built files:
// content types, cache rules for hashed and unhashed names, a path that cannot climb out, and the
// variants compressed at build time.
import fs from 'node:fs';
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

/**
 * The precompressed variant of a built file (`<file>.br`, `<file>.gz`, written by
 * tools/build/build-web.mjs) in the first of `encodings` that has one; null when none does (a build
 * without the step, a small file). Each build empties its folder first, so a variant is never older
 * than its build; modification times say nothing here (nx restores a cached build in any order).
 * @param {string} file
 * @param {readonly ('br' | 'gzip')[]} encodings best first
 * @returns {Promise<{ encoding: 'br' | 'gzip', file: string, size: number } | null>}
 */
export async function precompressedVariant(file, encodings) {
  for (const encoding of encodings) {
    const variant = `${file}${encoding === 'br' ? '.br' : '.gz'}`;
    const found = await fs.promises.stat(variant).catch(() => null);
    if (found?.isFile()) return { encoding, file: variant, size: found.size };
  }
  return null;
}
