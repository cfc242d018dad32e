import { createServer } from 'node:net';
import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { MissingSecretError } from '@simpul/service-kit';
import { configureGatewayApp } from './app/configure-app';
import { GatewayModule } from './app/gateway.module';
import { ConfigError } from './config/config-error';
import { loadGatewayConfig, type GatewayConfig } from './config/gateway-config';

function fail(sentence: string): never {
  console.error(sentence);
  process.exit(1);
}

function readPort(raw: string | undefined): number {
  const port = Number(raw || 4000);
  if (!Number.isInteger(port) || port < 1 || port > 65535) fail(`PORT must be a port number between 1 and 65535, got "${raw}".`);
  return port;
}

const LISTEN_ERRORS: Record<string, (port: number, host: string) => string> = {
  EADDRINUSE: (port, host) => `Port ${port} on ${host} is already in use; stop the process using it or set PORT.`,
  EACCES: (port, host) => `Not allowed to listen on port ${port} on ${host}; choose another PORT.`,
  EADDRNOTAVAIL: (_port, host) => `Cannot listen on host ${host}; check HOST.`,
  ENOTFOUND: (_port, host) => `Cannot listen on host ${host}; check HOST.`,
};

function listenFailure(error: unknown, port: number, host: string): string | undefined {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  return code ? LISTEN_ERRORS[code]?.(port, host) : undefined;
}

/** Tries the port first, so a busy port is one sentence instead of Nest's logged stack. */
function probePort(port: number, host: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(port, host, () => probe.close(() => resolve()));
  });
}

async function main(): Promise<void> {
  let config: GatewayConfig;
  try {
    config = loadGatewayConfig();
  } catch (error) {
    if (error instanceof ConfigError || error instanceof MissingSecretError) fail(error.message);
    throw error;
  }
  const port = readPort(process.env.PORT);
  const host = process.env.HOST || '127.0.0.1';

  try {
    await probePort(port, host);
  } catch (error) {
    fail(listenFailure(error, port, host) ?? `Cannot listen on ${host}:${port}: ${(error as Error).message}`);
  }

  // Nest's own info lines would break the one-JSON-line-per-request log on stdout.
  const app = await NestFactory.create<NestExpressApplication>(GatewayModule.forRoot(config), { logger: ['error', 'warn'] });
  configureGatewayApp(app, config);
  app.enableShutdownHooks();
  try {
    await app.listen(port, host);
  } catch (error) {
    // Lost a race for the port after the probe.
    const sentence = listenFailure(error, port, host);
    if (sentence) fail(sentence);
    throw error;
  }
  config.log({
    level: 'info',
    msg: 'gateway listening',
    url: `http://${host}:${port}/graphql`,
    subgraphs: Object.fromEntries(config.subgraphs.map((subgraph) => [subgraph.name, subgraph.url])),
  });
}

main().catch((error: unknown) => fail(`The gateway could not start: ${error instanceof Error ? error.message : String(error)}`));
