import { spawnSync } from 'node:child_process';
import path from 'node:path';

// The boundaries are only real if lint fails on them: these cases lint a made-up file placed inside a
// project and expect the error that `npm test` would stop on.
const workspaceRoot = path.resolve(__dirname, '../..');

// ESLint runs as its own process (as `npm test` runs it): its flat config is an ES module, which
// Jest's module sandbox cannot import.
async function ruleIdsFor(file: string, source: string): Promise<string[]> {
  const run = spawnSync(path.join(workspaceRoot, 'node_modules/.bin/eslint'), ['--format', 'json', '--stdin', '--stdin-filename', file], {
    cwd: workspaceRoot,
    input: source,
    encoding: 'utf8',
    env: { ...process.env, NX_DAEMON: 'false' },
  });
  const [result] = JSON.parse(run.stdout) as { messages: { ruleId: string | null; message: string }[] }[];
  return result.messages.map((message) => message.ruleId ?? message.message);
}

describe('module boundaries', () => {
  it('refuse a service importing another service', async () => {
    expect(await ruleIdsFor('apps/gateway/src/boundary-probe.ts', "import '../../registry-service/src/main';\n"))
      .toContain('@nx/enforce-module-boundaries');
  });

  it('refuse browser code importing a node-only library', async () => {
    expect(await ruleIdsFor('libs/contracts/src/boundary-probe.ts', "import { stableId } from '@simpul/service-kit';\nexport const id = stableId;\n"))
      .toContain('@nx/enforce-module-boundaries');
  });

  it("refuse browser code importing Node's own modules", async () => {
    expect(await ruleIdsFor('libs/contracts/src/boundary-probe.ts', "import { readFileSync } from 'node:fs';\nexport const read = readFileSync;\n"))
      .toContain('no-restricted-imports');
  });

  it('allow a node library to use an isomorphic one', async () => {
    expect(await ruleIdsFor('libs/service-kit/src/boundary-probe.ts', "import { isRole } from '@simpul/contracts';\nexport const check = isRole;\n"))
      .toEqual([]);
  });
});
