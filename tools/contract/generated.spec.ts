import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { GENERATED_CLIENTS } from './clients';
import { GENERATED_HEADER, generatedFileOf } from './codegen-config';

const root = path.resolve(__dirname, '../..');
const cli = path.join(root, 'node_modules/@graphql-codegen/cli/esm/bin.js');

// The same check as `npm run codegen`, without writing: a changed supergraph or operation that
// changes a remote's types fails here until the regenerated file is committed.
describe('the generated operation types', () => {
  it.each(GENERATED_CLIENTS)('of %s are committed', (app) => {
    const file = path.join(root, generatedFileOf(app));
    expect(existsSync(file)).toBe(true);
    expect(readFileSync(file, 'utf8').startsWith(GENERATED_HEADER)).toBe(true);
  });

  it('are exactly what `npm run codegen` generates from the supergraph and the operations', () => {
    const check = spawnSync(process.execPath, [cli, '--config', 'codegen.ts', '--check'], { cwd: root, encoding: 'utf8' });
    const said =
      `${check.stdout ?? ''}${check.stderr ?? ''}`.trim() ||
      `graphql-codegen did not run (${check.error?.message ?? `status ${String(check.status)}`})`;
    if (check.status !== 0) throw new Error(`${said}\nRun \`npm run codegen\` and commit the result.`);
  });
});
