import path from 'node:path';
import { startStack } from '../stack';
import { SHARED_STACK_ENV, type SharedStackHandle } from './shared-stack-env';

// The shapes of tools/start/web-server.mjs and apps.mjs (another project: not imported, even for types).
type Remote = { name: string; app: string; routes: string; title: { id: string; en: string } };
type WebServer = { port: number; close(): Promise<void> };
type StartWebServer = (options: Record<string, unknown>) => Promise<WebServer>;

const workspaceRoot = path.resolve(__dirname, '../../../..');
// A native import: the web server is plain ESM, and Jest's transform would rewrite `import()` to
// `require`, which cannot load it. Only a function built at run time keeps the import native.
// eslint-disable-next-line @typescript-eslint/no-implied-eval -- deliberate, see above; the specifier is a path built here
const nativeImport = new Function('specifier', 'return import(specifier)') as <T>(specifier: string) => Promise<T>;

/**
 * Boots the stack (subgraphs, gateway) and the portal's web server (tools/start/web-server.mjs with
 * every remote, as `npm start` serves them) in the Jest parent process, and tells the workers where.
 */
export async function startSharedStack(): Promise<SharedStackHandle> {
  const stack = await startStack();
  let portal: WebServer;
  try {
    const { startWebServer } = await nativeImport<{ startWebServer: StartWebServer }>(
      path.join(workspaceRoot, 'tools/start/web-server.mjs'),
    );
    const { remotes } = await nativeImport<{ remotes: Remote[] }>(path.join(workspaceRoot, 'tools/start/apps.mjs'));
    portal = await startWebServer({ port: 0, gatewayUrl: stack.gatewayUrl, skmUrl: stack.skmUrl, remotes });
  } catch (error) {
    await stack.stop();
    throw error;
  }
  process.env[SHARED_STACK_ENV.gatewayUrl] = stack.gatewayUrl;
  process.env[SHARED_STACK_ENV.registryUrl] = stack.registryUrl;
  process.env[SHARED_STACK_ENV.portalUrl] = `http://127.0.0.1:${portal.port}`;
  process.env[SHARED_STACK_ENV.databaseUrl] = stack.database.url;
  return {
    async stop() {
      try {
        await portal.close();
      } finally {
        await stack.stop();
      }
    },
  };
}
