import path from 'node:path';

type WebServer = { port: number; close(): Promise<void> };
type StartWebServer = (options: Record<string, unknown>) => Promise<WebServer>;

const workspaceRoot = path.resolve(__dirname, '../../../..');

/** The portal's own web server (tools/start/web-server.mjs) serving the built host and the SKM remote. */
export async function startPortal(gatewayUrl: string, extra: Record<string, unknown> = {}): Promise<WebServer & { url: string }> {
  // A computed path: the server is plain ESM JavaScript outside this TypeScript project.
  const modulePath = path.join(workspaceRoot, 'tools/start/web-server.mjs');
  const { startWebServer } = (await import(modulePath)) as { startWebServer: StartWebServer };
  const server = await startWebServer({
    port: 0,
    gatewayUrl,
    remotes: [{ name: 'skm', app: 'skm-web', routes: '/skm', title: { id: 'Survei Kepuasan (SKM)', en: 'Satisfaction surveys (SKM)' } }],
    ...extra,
  });
  return { ...server, url: `http://127.0.0.1:${server.port}` };
}
