// The SHA-256 of a plugin's remoteEntry.js, as the registry asks for it (hex, like `sha256sum`) and as
// the portal's script tag checks it (subresource integrity, "sha256-<base64>").
import { createHash } from 'node:crypto';
import fs from 'node:fs';

/**
 * @param {string} file
 * @returns {{ sha256: string, integrity: string }}
 */
export function entryDigest(file) {
  const digest = createHash('sha256').update(fs.readFileSync(file)).digest();
  return { sha256: digest.toString('hex'), integrity: `sha256-${digest.toString('base64')}` };
}
