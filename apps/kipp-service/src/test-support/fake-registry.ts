import { ApolloServer } from '@apollo/server';
import { startStandaloneServer } from '@apollo/server/standalone';
import { GraphQLError } from 'graphql';
import { INTERNAL_TOKEN_HEADER, readInternalToken, readSecret } from '@simpul/service-kit';
import { freePort } from '@simpul/service-kit/testing';
import { agencyId, DEMO_UNITS, unitId } from '../seed/demo-registry';

/**
 * TEST DOUBLE for the registry subgraph (a separate service this app may not import): a real HTTP
 * GraphQL server answering `serviceUnit(id)` from the registry's demo units, refusing requests
 * without a valid internal token like every subgraph. The KIPP rules stay tested against real
 * PostgreSQL; only the registry's answers come from here.
 */
const typeDefs = `#graphql
  type Agency { id: ID! type: String! }
  type Region { code: ID! provinceCode: String! }
  type ServiceUnit { id: ID! agency: Agency! region: Region! }
  type Query { serviceUnit(id: ID!): ServiceUnit }
`;

export interface FakeRegistry {
  url: string;
  requests: number;
  close(): Promise<void>;
}

export async function startFakeRegistry(): Promise<FakeRegistry> {
  const units = new Map(DEMO_UNITS.map((unit) => [unitId(unit.key), unit]));
  const server = new ApolloServer<{ ok: boolean }>({
    typeDefs,
    resolvers: {
      Query: {
        serviceUnit: (_: unknown, { id }: { id: string }) => {
          const unit = units.get(id);
          if (!unit) return null;
          return { id, agency: { id: agencyId(unit.agencyKey), type: unit.agencyType }, region: { code: unit.regionCode, provinceCode: unit.regionCode.slice(0, 2) } };
        },
      },
    },
  });
  const secret = readSecret('INTERNAL_SECRET');
  const port = await freePort();
  const handle = { requests: 0 };
  const { url } = await startStandaloneServer(server, {
    listen: { port, host: '127.0.0.1' },
    context: async ({ req }) => {
      const header = req.headers[INTERNAL_TOKEN_HEADER];
      if (!readInternalToken(Array.isArray(header) ? header[0] : header, secret).ok) {
        throw new GraphQLError('Requests must come through the Simpul gateway', { extensions: { code: 'UNAUTHENTICATED', http: { status: 401 } } });
      }
      handle.requests += 1;
      return { ok: true };
    },
  });
  return {
    url,
    get requests() {
      return handle.requests;
    },
    close: () => server.stop(),
  };
}
