import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginInlineTraceDisabled } from '@apollo/server/plugin/disabled';
import { buildSubgraphSchema } from '@apollo/subgraph';
import { expressMiddleware } from '@as-integrations/express5';
import { ADVERTISED_UPLOADS, formatBytes, jsonBodyLimitFor } from '@simpul/service-kit';
import express from 'express';
import { parse } from 'graphql';
import { DEFAULT_MAX_BODY_BYTES } from '../config/gateway-config';
import { composeTestSupergraph } from '../testing/compose-test-supergraph';
import { startTestGateway, type TestGateway } from '../testing/test-gateway';

// Issue 18 §2: request bodies a service advertises pass the gateway; an over-size body, refused by a
// subgraph or by the gateway itself, is BAD_USER_INPUT with the limit, never INTERNAL_SERVER_ERROR.

const SDL = `
extend schema @link(url: "https://specs.apollo.dev/federation/v2.3", import: ["@key"])
type Query { ping: String }
type Mutation { importText(content: String!): Int! }
`;

interface Body {
  data?: { importText?: number } | null;
  errors?: { message: string; extensions?: Record<string, unknown> }[];
}

/**
 * A subgraph named `registry` whose body parser has the registry's limit and answers an over-size
 * body with express' plain 413 (as a subgraph behind a proxy, or an older one, would).
 */
async function startPlainSubgraph(limit: number): Promise<{ url: string; close: () => Promise<void> }> {
  const schema = buildSubgraphSchema({
    typeDefs: parse(SDL),
    resolvers: { Query: { ping: () => 'pong' }, Mutation: { importText: (_: unknown, args: { content: string }) => args.content.length } },
  });
  const server = new ApolloServer({ schema, plugins: [ApolloServerPluginInlineTraceDisabled()] });
  await server.start();
  const app = express();
  app.use('/graphql', express.json({ limit }), expressMiddleware(server));
  const http = await new Promise<Server>((resolve) => {
    const listening = app.listen(0, '127.0.0.1', () => resolve(listening));
  });
  const { port } = http.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/graphql`,
    close: async () => {
      await server.stop();
      await new Promise<void>((resolve) => http.close(() => resolve()));
    },
  };
}

async function post(gateway: TestGateway, content: string): Promise<{ status: number; body: Body }> {
  const response = await fetch(`${gateway.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query: 'mutation($content: String!) { importText(content: $content) }', variables: { content } }),
  });
  return { status: response.status, body: (await response.json()) as Body };
}

describe('request body limits through the gateway', () => {
  const registryLimit = jsonBodyLimitFor('registry');
  let subgraph: Awaited<ReturnType<typeof startPlainSubgraph>>;
  let gateway: TestGateway;

  beforeAll(async () => {
    subgraph = await startPlainSubgraph(registryLimit);
    gateway = await startTestGateway({
      supergraphSdl: composeTestSupergraph([{ name: 'registry', url: subgraph.url, sdl: SDL }]),
      jwtSecret: 'body-limit-spec-access-secret-0123456789',
      internalSecret: 'body-limit-spec-internal-secret-0123456789',
    });
  });

  afterAll(async () => {
    await gateway?.close();
    await subgraph?.close();
  });

  it('lets every body a service advertises through (the gateway limit is at least each service limit)', () => {
    for (const service of Object.keys(ADVERTISED_UPLOADS)) expect(DEFAULT_MAX_BODY_BYTES).toBeGreaterThanOrEqual(jsonBodyLimitFor(service));
  });

  it('carries a 123 kB import to the registry', async () => {
    const content = Buffer.alloc(123 * 1024, 'nama,deskripsi\n').toString('base64');
    const { status, body } = await post(gateway, content);
    expect(status).toBe(200);
    expect(body).toEqual({ data: { importText: content.length } });
  });

  it("turns the subgraph's 413 into BAD_USER_INPUT with the service's limit, in both languages", async () => {
    const { body } = await post(gateway, 'A'.repeat(registryLimit));
    expect(body.errors?.[0]).toMatchObject({
      message: expect.stringContaining(formatBytes(registryLimit)),
      extensions: {
        code: 'BAD_USER_INPUT',
        maxBytes: registryLimit,
        messages: {
          en: expect.stringContaining(formatBytes(registryLimit)),
          id: expect.stringContaining(formatBytes(registryLimit, 'id')),
        },
      },
    });
  });

  it('answers a body over its own limit with BAD_USER_INPUT and the limit', async () => {
    const { status, body } = await post(gateway, 'A'.repeat(DEFAULT_MAX_BODY_BYTES));
    expect(status).toBe(413);
    expect(body.errors?.[0]).toMatchObject({
      message: expect.stringContaining(formatBytes(DEFAULT_MAX_BODY_BYTES)),
      extensions: {
        code: 'BAD_USER_INPUT',
        maxBytes: DEFAULT_MAX_BODY_BYTES,
        messages: { id: expect.stringContaining(formatBytes(DEFAULT_MAX_BODY_BYTES, 'id')) },
      },
    });
  });
});
