import path from 'node:path';
import { resolveAliasesLikeJest } from './module-aliases';
import { SHARED_STACK_KEY } from './shared-stack-env';

type ProjectConfig = { moduleNameMapper?: [string, string][] };
type Hook = { default: () => Promise<void> };

const workspaceRoot = path.resolve(__dirname, '../../../..');
/** Every project's PostgreSQL hooks (computed paths: Jest loads them by file, not through a library's index). */
export const postgresHook = (name: 'global-setup' | 'global-teardown') =>
  path.join(workspaceRoot, 'libs/service-kit/src/testing', `${name}.ts`);

/**
 * Jest globalSetup of the e2e project: one PostgreSQL (as every project), then ONE stack for all
 * suites — every built subgraph migrated and seeded into one database, the gateway, and the
 * portal's web server — so suites do not each pay minutes to boot their own. Workers find it
 * through the SIMPUL_E2E_* variables (shared-stack-env.ts).
 */
export default async function globalSetup(_globalConfig: unknown, projectConfig: ProjectConfig): Promise<void> {
  resolveAliasesLikeJest(projectConfig.moduleNameMapper);
  const { default: postgresSetup } = (await import(postgresHook('global-setup'))) as Hook;
  await postgresSetup();
  try {
    // Loaded after the aliases resolve: the stack reaches @simpul/service-kit.
    const { startSharedStack } = await import('./shared-stack');
    (globalThis as Record<string, unknown>)[SHARED_STACK_KEY] = await startSharedStack();
  } catch (error) {
    // Jest runs no teardown after a failed setup: stop the PostgreSQL started above ourselves.
    const { default: postgresTeardown } = (await import(postgresHook('global-teardown'))) as Hook;
    await postgresTeardown();
    throw error;
  }
}
