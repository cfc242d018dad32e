import { execFileSync } from 'node:child_process';
import path from 'node:path';

const root = path.resolve(__dirname, '../..');

function git(...args: string[]): string {
  return execFileSync('git', args, { cwd: root, encoding: 'utf8' });
}

function isGitCheckout(): boolean {
  try {
    return git('rev-parse', '--is-inside-work-tree').trim() === 'true';
  } catch {
    return false;
  }
}

// `npm install` on a fresh clone must leave package-lock.json as committed: the committed lockfile
// carries every platform's optional binaries, so no newcomer starts with a dirty tree. CI (CI=true)
// runs `npm install` right before `npm test` in a fresh clone, so there the first check proves the
// install left the tree clean; on a developer's machine a dependency change in progress is normal.
describe('package-lock.json', () => {
  const check = isGitCheckout() ? it : it.skip;
  const inCi = isGitCheckout() && process.env.CI === 'true' ? it : it.skip;

  inCi('is exactly what npm install left in a fresh clone (the committed, complete lockfile)', () => {
    const changed = git('status', '--porcelain', '--', 'package-lock.json', 'package.json').trim();
    expect(changed).toBe('');
  });

  check('lists the optional native binaries of other platforms too', () => {
    const lock = JSON.parse(git('show', 'HEAD:package-lock.json')) as { packages: Record<string, unknown> };
    expect(Object.keys(lock.packages)).toEqual(
      expect.arrayContaining(['node_modules/@rspack/binding-darwin-arm64', 'node_modules/@rspack/binding-win32-x64-msvc']),
    );
  });
});
