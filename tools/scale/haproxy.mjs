// HAProxy from Debian's packages: installed with apt-get when the `haproxy` command is missing (as
// root, or say what to run), then run in the foreground on a generated configuration.
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { StartError } from '../start/start-error.mjs';

/** @param {(line: string) => void} log */
export function ensureHaproxy(log) {
  if (spawnSync('haproxy', ['-v'], { encoding: 'utf8' }).status === 0) return;
  if (process.getuid?.() !== 0) {
    throw new StartError('HAProxy is not installed: run `sudo apt-get install -y haproxy`, then `npm run scale` again.');
  }
  log('HAProxy is missing: installing it with `apt-get install -y haproxy` (Debian package)…');
  const install = spawnSync('apt-get', ['install', '-y', 'haproxy'], {
    env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
    encoding: 'utf8',
  });
  if (install.status !== 0)
    throw new StartError(`apt-get install haproxy failed: ${(install.stderr || install.stdout).trim().split('\n').pop()}`);
}

/**
 * A supervisor unit running HAProxy on `config`, written to `folder`; the configuration is checked first.
 * @param {string} config
 * @param {string} folder
 * @returns {import('../start/supervisor.mjs').Unit}
 */
export function haproxyUnit(config, folder) {
  const file = path.join(folder, 'haproxy.cfg');
  fs.writeFileSync(file, config);
  const check = spawnSync('haproxy', ['-c', '-q', '-f', file], { encoding: 'utf8' });
  if (check.status !== 0) throw new StartError(`HAProxy refuses ${file}: ${(check.stderr || check.stdout).trim()}`);
  const logFile = path.join(folder, 'haproxy.log');
  return {
    name: 'haproxy',
    start: () => {
      const out = fs.openSync(logFile, 'a');
      // -db: stay in the foreground, so the supervisor sees it exit.
      return spawn('haproxy', ['-db', '-f', file], { stdio: ['ignore', out, out] });
    },
  };
}
