import { spawnSync } from 'node:child_process';
import path from 'node:path';

// The boundaries are only real if lint fails on them: these cases lint made-up source inside a
// project and expect the error that `npm test` would stop on. Type-aware lint finds a file through its
// project's tsconfig, which only knows files on disk, so the made-up source stands in for an existing
// file of the project (ESLint lints the text it is given; the file itself is not read or changed).
const workspaceRoot = path.resolve(__dirname, '../..');

// ESLint runs as its own process (as `npm test` runs it): its flat config is an ES module, which
// Jest's module sandbox cannot import.
function ruleIdsFor(file: string, source: string): string[] {
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
  it('refuse a service importing another service', () => {
    expect(ruleIdsFor('apps/gateway/src/main.ts', "import '../../registry-service/src/main';\n")).toContain(
      '@nx/enforce-module-boundaries',
    );
  });

  it('refuse browser code importing a node-only library', () => {
    expect(
      ruleIdsFor('libs/contracts/src/index.ts', "import { stableId } from '@simpul/service-kit';\nexport const id = stableId;\n"),
    ).toContain('@nx/enforce-module-boundaries');
  });

  it("refuse browser code importing Node's own modules", () => {
    expect(
      ruleIdsFor('libs/contracts/src/index.ts', "import { readFileSync } from 'node:fs';\nexport const read = readFileSync;\n"),
    ).toContain('no-restricted-imports');
  });

  it('refuse an agency plugin importing a library the portal does not share with plugins', () => {
    expect(
      ruleIdsFor(
        'examples/samsat-tax-plugin/src/plugin.tsx',
        "import { isRole } from '@simpul/contracts';\nexport const check = isRole;\n",
      ),
    ).toContain('@nx/enforce-module-boundaries');
  });

  it('allow an agency plugin the SDK and the shared libraries', () => {
    expect(
      ruleIdsFor(
        'examples/samsat-tax-plugin/src/plugin.tsx',
        "import { definePlugin } from '@simpul/plugin-sdk';\nimport { computeIpp } from '@simpul/scoring';\nimport { rankCohort } from '@simpul/reporting';\nimport { GradeBadge } from '@simpul/ui';\nimport { formatNumber } from '@simpul/web-kit';\nexport const used = [definePlugin, computeIpp, rankCohort, GradeBadge, formatNumber];\n",
      ),
    ).toEqual([]);
  });

  it('allow a node library to use an isomorphic one', () => {
    expect(
      ruleIdsFor('libs/service-kit/src/index.ts', "import { isRole } from '@simpul/contracts';\nexport const check = isRole;\n"),
    ).toEqual([]);
  });
});
