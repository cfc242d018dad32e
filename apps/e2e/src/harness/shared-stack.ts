import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { freePort } from '@simpul/service-kit/testing';
import { registerDemoPlugin, startStack } from '../stack';
import { SHARED_STACK_ENV, type SharedStackHandle } from './shared-stack-env';

// The shapes of tools/start/web-server.mjs and apps.mjs (another project: not imported, even for types).
type Remote = { name: string; app: string; routes: string; title: { id: string; en: string } };
type WebServer = { port: number; close(): Promise<void> };
type StartWebServer = (options: Record<string, unknown>) => Promise<WebServer>;
type StartPluginServer = (options: { root: string; port: number; allowedOrigins: readonly string[] }) => Promise<WebServer>;

const workspaceRoot = path.resolve(__dirname, '../../../..');
// A native import: the web server is plain ESM, and Jest's transform would rewrite `import()` to
// `require`, which cannot load it. Only a function built at run time keeps the import native.
// eslint-disable-next-line @typescript-eslint/no-implied-eval -- deliberate, see above; the specifier is a path built here
const nativeImport = new Function('specifier', 'return import(specifier)') as <T>(specifier: string) => Promise<T>;

/**
 * The example agency plugin as `npm start` serves it (tools/start/plugin-server.mjs, its own origin):
 * built by the SDK's helper for a free port into a folder of the run's own, served to the portal's
 * origins, and registered and approved for SAMSAT Kalimantan Selatan with the built entry's SHA-256.
 */
async function serveExamplePlugin(databaseUrl: string, portalPort: number) {
  const port = await freePort();
  const entryUrl = `http://127.0.0.1:${port}/remoteEntry.js`;
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'simpul-e2e-plugin-'));
  const built = spawnSync(process.execPath, [path.join(__dirname, 'build-example-plugin.mjs'), `http://127.0.0.1:${port}/`, root], {
    cwd: workspaceRoot,
    encoding: 'utf8',
  });
  if (built.status !== 0) throw new Error(`Building the example plugin failed: ${built.stderr || built.stdout}`);
  const { sha256 } = JSON.parse(built.stdout.trim().split('\n').pop() ?? '{}') as { sha256: string };
  const { startPluginServer, portalOrigins } = await nativeImport<{
    startPluginServer: StartPluginServer;
    portalOrigins: (port: number) => string[];
  }>(path.join(workspaceRoot, 'tools/start/plugin-server.mjs'));
  const server = await startPluginServer({ root, port, allowedOrigins: portalOrigins(portalPort) });
  registerDemoPlugin(databaseUrl, entryUrl, sha256);
  return {
    entryUrl,
    sha256,
    async close() {
      await server.close();
      fs.rmSync(root, { recursive: true, force: true });
    },
  };
}

/**
 * Boots the stack (subgraphs, gateway) and the portal's web server (tools/start/web-server.mjs with
 * every remote, as `npm start` serves them) and the example agency plugin in the Jest parent process,
 * and tells the workers where.
 */
export async function startSharedStack(): Promise<SharedStackHandle> {
  const stack = await startStack();
  let portal: WebServer;
  let plugin: Awaited<ReturnType<typeof serveExamplePlugin>>;
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
  try {
    plugin = await serveExamplePlugin(stack.database.url, portal.port);
  } catch (error) {
    await portal.close();
    await stack.stop();
    throw error;
  }
  process.env[SHARED_STACK_ENV.gatewayUrl] = stack.gatewayUrl;
  process.env[SHARED_STACK_ENV.registryUrl] = stack.registryUrl;
  process.env[SHARED_STACK_ENV.portalUrl] = `http://127.0.0.1:${portal.port}`;
  process.env[SHARED_STACK_ENV.databaseUrl] = stack.database.url;
  process.env[SHARED_STACK_ENV.pluginEntryUrl] = plugin.entryUrl;
  process.env[SHARED_STACK_ENV.pluginSha256] = plugin.sha256;
  return {
    async stop() {
      try {
        await plugin.close();
        await portal.close();
      } finally {
        await stack.stop();
      }
    },
  };
}
