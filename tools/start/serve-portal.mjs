// The portal on its own (used by docker/portal.Dockerfile): static host and remotes, /graphql
// proxied to GATEWAY_URL.
import { startWebServer } from './web-server.mjs';
import { portal, remotes } from './apps.mjs';

const port = Number(process.env.PORTAL_PORT ?? portal.port);
const host = process.env.HOST ?? '127.0.0.1';
const gatewayUrl = process.env.GATEWAY_URL ?? 'http://127.0.0.1:4000/graphql';
const server = await startWebServer({ port, host, gatewayUrl, remotes });
console.log(`Portal on http://${host}:${port}/ (GraphQL proxied to ${gatewayUrl})`);
// A signal handler's return value is ignored: the close runs on, and the process exits when it is done.
const stop = () => void server.close().then(() => process.exit(0));
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
