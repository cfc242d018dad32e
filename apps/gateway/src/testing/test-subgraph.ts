import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginInlineTraceDisabled } from '@apollo/server/plugin/disabled';
import { buildSubgraphSchema } from '@apollo/subgraph';
import { expressMiddleware } from '@as-integrations/express5';
import type { Caller } from '@simpul/contracts';
import { INTERNAL_TOKEN_HEADER, readInternalToken } from '@simpul/service-kit';
import express from 'express';
import { GraphQLError, parse } from 'graphql';
import { installTestRegistryInternal, type TestRegistryInternal } from './test-registry-internal';

/**
 * A small real Federation 2 subgraph for the gateway tests. Like the real services it refuses any
 * call without a valid internal token (HTTP 401), and it reports what it saw: the caller carried by
 * the token and the request id headers.
 */
export const TEST_SUBGRAPH_SDL = `
extend schema @link(url: "https://specs.apollo.dev/federation/v2.3", import: ["@key"])

type Query {
  "The caller the subgraph read from the gateway's internal token (null for the public)."
  whoami: Caller
  "The request id in the internal token and in x-request-id, as the subgraph received them."
  seenRequestIds: SeenRequestIds!
  items(first: Int = 20): [Item!]!
  "Always fails the way a real subgraph reports bad input."
  failing: String
  "Named as in the real supergraph, for the plugin token tests (a root field plugins may read)."
  serviceUnit(id: ID!): ServiceUnit
}

type Mutation {
  archiveServiceUnit(id: ID!): ServiceUnit
}

type ServiceUnit {
  id: ID!
  name: String!
  "The user id and role the subgraph served the unit to (a plugin's request still reaches it as its person's)."
  readBy: String
}

type Caller {
  userId: ID!
  email: String!
  role: String!
  serviceUnitId: ID
  mallId: ID
}

type SeenRequestIds {
  token: String!
  header: String
  "The client address the gateway passed in X-Forwarded-For."
  clientAddress: String
}

type Item @key(fields: "id") {
  id: ID!
  name: String!
  parent: Item
  children(first: Int = 20): [Item!]!
}
`;

interface SubgraphContext {
  caller: Caller;
  tokenRequestId: string;
  headerRequestId: string | undefined;
  clientAddress: string | undefined;
}

interface ItemValue {
  id: string;
  name: string;
}

const readerOf = (caller: Caller): string => (caller ? `${caller.userId} ${caller.role}` : 'public');
const item = (id: string): ItemValue => ({ id, name: `Item ${id}` });
const items = (prefix: string, count: number): ItemValue[] =>
  Array.from({ length: Math.min(count, 3) }, (_, i) => item(`${prefix}${i + 1}`));

export interface TestSubgraph {
  url: string;
  /** How many GraphQL requests reached the subgraph (accepted or refused). */
  requests: () => number;
  /** Its registry-like internal endpoints (sessions, token state). */
  internal: TestRegistryInternal;
  close: () => Promise<void>;
}

export async function startTestSubgraph(internalSecret: string): Promise<TestSubgraph> {
  const schema = buildSubgraphSchema({
    typeDefs: parse(TEST_SUBGRAPH_SDL),
    resolvers: {
      Query: {
        whoami: (_: unknown, __: unknown, context: unknown) => (context as SubgraphContext).caller,
        seenRequestIds: (_: unknown, __: unknown, context: unknown) => {
          const { tokenRequestId, headerRequestId, clientAddress } = context as SubgraphContext;
          return { token: tokenRequestId, header: headerRequestId, clientAddress };
        },
        items: (_: unknown, args: { first: number }) => items('i', args.first),
        serviceUnit: (_: unknown, args: { id: string }, context: unknown) => ({
          id: args.id,
          name: `Unit ${args.id}`,
          readBy: readerOf((context as SubgraphContext).caller),
        }),
        failing: () => {
          throw new GraphQLError('Name must not be empty.', {
            extensions: {
              code: 'BAD_USER_INPUT',
              field: 'input.name',
              messages: { id: 'Nama wajib diisi.', en: 'Name must not be empty.' },
            },
          });
        },
      },
      Mutation: {
        archiveServiceUnit: (_: unknown, args: { id: string }) => ({ id: args.id, name: `Unit ${args.id}`, readBy: null }),
      },
      Item: {
        __resolveReference: (reference: { id: string }) => item(reference.id),
        parent: (value: ItemValue) => item(`${value.id}-parent`),
        children: (value: ItemValue, args: { first: number }) => items(`${value.id}-`, args.first),
      },
    },
  });
  const server = new ApolloServer<SubgraphContext>({ schema, plugins: [ApolloServerPluginInlineTraceDisabled()] });
  await server.start();
  let requests = 0;
  const app = express();
  app.get('/health', (_req, res) => {
    res.json({ status: 'ok' });
  });
  const internal = installTestRegistryInternal(app, internalSecret);
  app.use(
    '/graphql',
    express.json(),
    expressMiddleware(server, {
      context: async ({ req }) => {
        requests += 1;
        const header = req.headers[INTERNAL_TOKEN_HEADER];
        const check = readInternalToken(typeof header === 'string' ? header : undefined, internalSecret);
        if (!check.ok) {
          throw new GraphQLError('Calls must come through the gateway.', {
            extensions: { code: 'UNAUTHENTICATED', http: { status: 401 } },
          });
        }
        const requestId = req.headers['x-request-id'];
        const forwarded = req.headers['x-forwarded-for'];
        return {
          caller: check.caller,
          tokenRequestId: check.requestId,
          headerRequestId: typeof requestId === 'string' ? requestId : undefined,
          clientAddress: typeof forwarded === 'string' ? forwarded : undefined,
        };
      },
    }),
  );
  const http = await new Promise<Server>((resolve) => {
    const listening = app.listen(0, '127.0.0.1', () => resolve(listening));
  });
  const { port } = http.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/graphql`,
    requests: () => requests,
    internal,
    close: async () => {
      await server.stop();
      await new Promise<void>((resolve) => http.close(() => resolve()));
    },
  };
}

/** A port nothing listens on (taken and released), for a subgraph that is down. */
export async function closedPort(): Promise<number> {
  const server = express().listen(0, '127.0.0.1');
  await new Promise((resolve) => server.once('listening', resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}
