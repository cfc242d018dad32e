// The example plugin's web server as its own process, so `npm start` can restart it when it dies:
// serves PLUGIN_ROOT on HOST:PLUGIN_PORT to the portal on PORTAL_PORT (plugin-server.mjs).
import { startPluginServer, portalOrigins } from './plugin-server.mjs';
import { examplePlugin, portal } from './apps.mjs';

const root = process.env.PLUGIN_ROOT ?? examplePlugin.dist;
const port = Number(process.env.PLUGIN_PORT ?? examplePlugin.port);
const host = process.env.HOST ?? '127.0.0.1';
const server = await startPluginServer({ root, port, host, allowedOrigins: portalOrigins(Number(process.env.PORTAL_PORT ?? portal.port)) });
console.log(`Plugin files of ${root} on http://${host}:${port}/`);
// A signal handler's return value is ignored: the close runs on, and the process exits when it is done.
const stop = () => void server.close().then(() => process.exit(0));
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
