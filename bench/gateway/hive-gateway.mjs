// Hive Gateway's engine (@graphql-hive/gateway-runtime) with docker/hive-gateway's config on the
// supergraph apps/gateway serves, in a process of its own so the units-page bench can read its CPU
// beside the gateway's. Reads PORT, INTERNAL_SECRET, JWT_SECRET and each <NAME>_URL.
import http from 'node:http';
import path from 'node:path';
import { createGatewayRuntime } from '@graphql-hive/gateway-runtime';
import { gatewayConfig } from '../../docker/hive-gateway/gateway.config.mjs';

const supergraph = path.resolve(import.meta.dirname, '../../apps/gateway/supergraph.graphql');
const runtime = createGatewayRuntime({ ...gatewayConfig, supergraph, logging: false });
const server = http.createServer((request, response) => {
  // startApp waits for /health.
  if (request.url === '/health') return void response.end('ok');
  void runtime(request, response);
});
server.listen(Number(process.env.PORT), process.env.HOST ?? '127.0.0.1');
process.on('SIGTERM', () => server.close(() => void Promise.resolve(runtime.dispose()).then(() => process.exit(0))));
