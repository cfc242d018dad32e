import { postgresHook } from './global-setup';
import { SHARED_STACK_KEY, type SharedStackHandle } from './shared-stack-env';

type Hook = { default: () => Promise<void> };

/** Jest globalTeardown of the e2e project: stops the shared stack, then drops this run's databases. */
export default async function globalTeardown(): Promise<void> {
  const handle = (globalThis as Record<string, unknown>)[SHARED_STACK_KEY] as SharedStackHandle | undefined;
  try {
    await handle?.stop();
  } finally {
    const { default: postgresTeardown } = (await import(postgresHook('global-teardown'))) as Hook;
    await postgresTeardown();
  }
}
