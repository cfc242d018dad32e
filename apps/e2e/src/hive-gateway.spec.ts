import http from 'node:http';
import path from 'node:path';
import { readSecret } from '@simpul/service-kit';
import { freePort } from '@simpul/service-kit/testing';
import { graphql, signInToken, useSharedStack, type SharedStack } from './stack';

// The supergraph is not one vendor's: docker/hive-gateway's config on Hive Gateway's engine
// (@graphql-hive/gateway-runtime, what the ghcr.io/graphql-hive/gateway image serves), in front of the
// shared stack's subgraphs, answers cross-subgraph queries exactly as apps/gateway does.
const workspaceRoot = path.resolve(__dirname, '../../..');
type HiveConfig = typeof import('../../../docker/hive-gateway/gateway.config.mjs');

let stack: SharedStack;
let server: http.Server;
let dispose: () => unknown;
let hiveUrl: string;

beforeAll(async () => {
  stack = useSharedStack();
  // The config reads what apps/gateway reads: each <NAME>_URL, as the gateway's /health lists them.
  const health = (await (await fetch(stack.gatewayHealthUrl)).json()) as { subgraphs: Record<string, { url: string }> };
  for (const [name, { url }] of Object.entries(health.subgraphs)) process.env[`${name.toUpperCase()}_URL`] = url;
  process.env.INTERNAL_SECRET = readSecret('INTERNAL_SECRET');
  process.env.JWT_SECRET = readSecret('JWT_SECRET');
  process.env.SUPERGRAPH_PATH = path.join(workspaceRoot, 'apps/gateway/supergraph.graphql');
  const { gatewayConfig } = (await import(path.join(workspaceRoot, 'docker/hive-gateway/gateway.config.mjs'))) as HiveConfig;
  const { createGatewayRuntime } = await import('@graphql-hive/gateway-runtime');
  const runtime = createGatewayRuntime({ ...gatewayConfig, logging: false });
  dispose = () => runtime.dispose();
  server = http.createServer((req, res) => void runtime(req, res));
  const port = await freePort();
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  hiveUrl = `http://127.0.0.1:${port}/graphql`;
}, 120_000);

afterAll(async () => {
  await new Promise((resolve) => server?.close(resolve));
  await dispose?.();
});

describe('Hive Gateway on the same supergraph', () => {
  it('answers the public the malls (MPP) with their regions and tenant agencies (registry) exactly as the gateway does', async () => {
    const query =
      '{ malls(first: 20) { edges { node { name status regency { name } tenancies(first: 30) { edges { node { agency { name } } } } } } } }';
    const ours = await graphql(stack.gatewayUrl, query);
    expect(ours.errors).toBeUndefined();
    expect(await graphql(hiveUrl, query)).toEqual(ours);
  });

  it("answers a desk its unit (registry) with its IPP (evaluation) and IKM (SKM) exactly as the gateway does, from the desk's own token", async () => {
    const token = await signInToken(stack.gatewayUrl, 'desk.samsat-kalsel@simpul.test');
    const query = '{ me { serviceUnit { name ippResults { year index category { code label } rank } latestIkm { value } } } }';
    const ours = await graphql<{ me: { serviceUnit: { name: string } } }>(stack.gatewayUrl, query, {}, token);
    expect(ours.data?.me.serviceUnit.name).toBe('SAMSAT Kalimantan Selatan');
    expect(await graphql(hiveUrl, query, {}, token)).toEqual(ours);
  });

  it('gives a forged token no internal header, so the subgraph refuses it with UNAUTHENTICATED', async () => {
    const token = await signInToken(stack.gatewayUrl, 'desk.samsat-kalsel@simpul.test');
    const forged = `${token.slice(0, -4)}AAAA`;
    const answer = await graphql<{ me: null }>(hiveUrl, '{ me { email } }', {}, forged);
    expect(answer.data?.me).toBeNull();
    expect(answer.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });
});
