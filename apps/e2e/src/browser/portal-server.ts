import path from 'node:path';

type Remote = { name: string; app: string; routes: string; title: { id: string; en: string } };
type WebServer = { port: number; close(): Promise<void> };
type StartWebServer = (options: Record<string, unknown>) => Promise<WebServer>;

const workspaceRoot = path.resolve(__dirname, '../../../..');

/**
 * The portal's own web server (tools/start/web-server.mjs) serving the built host and remotes, as
 * `npm start` does: every remote of tools/start/apps.mjs unless `remotes` names some.
 */
export async function startPortal(gatewayUrl: string, extra: Record<string, unknown> = {}): Promise<WebServer & { url: string }> {
  // Computed paths: these are plain ESM JavaScript outside this TypeScript project.
  const { startWebServer } = (await import(path.join(workspaceRoot, 'tools/start/web-server.mjs'))) as { startWebServer: StartWebServer };
  const { remotes } = (await import(path.join(workspaceRoot, 'tools/start/apps.mjs'))) as { remotes: Remote[] };
  const server = await startWebServer({ port: 0, gatewayUrl, remotes, ...extra });
  return { ...server, url: `http://127.0.0.1:${server.port}` };
}
