import { ApolloServer } from '@apollo/server';
import { startStandaloneServer } from '@apollo/server/standalone';
import { GraphQLError } from 'graphql';
import { INTERNAL_TOKEN_HEADER, readInternalToken, readSecret } from '@simpul/service-kit';
import { freePort } from '@simpul/service-kit/testing';

/**
 * TEST DOUBLE for the registry subgraph, a separate service this app may not import: a real HTTP
 * GraphQL server answering the two shapes SKM sends (`serviceUnits(filter: { search, regionCode })`
 * ids, paged; `service(id) { id name }`), refusing requests without an internal token like every
 * subgraph. It serves three units per page, so the client's paging is exercised.
 */
const typeDefs = `#graphql
  type PageInfo { hasNextPage: Boolean! endCursor: String }
  type ServiceUnit { id: ID! }
  type ServiceUnitEdge { node: ServiceUnit! }
  type ServiceUnitConnection { pageInfo: PageInfo! edges: [ServiceUnitEdge!]! }
  input ServiceUnitFilter { search: String regionCode: String }
  type Service { id: ID! name: String! }
  type Query { serviceUnits(first: Int, after: String, filter: ServiceUnitFilter): ServiceUnitConnection! service(id: ID!): Service }
`;

export interface FakeUnit {
  id: string;
  name: string;
  regionCode: string;
}

const PAGE = 3;

export async function startFakeRegistry(
  units: readonly FakeUnit[],
  services: ReadonlyMap<string, string>,
): Promise<{ url: string; asked: { search?: string; regionCode?: string }[]; close(): Promise<void> }> {
  const asked: { search?: string; regionCode?: string }[] = [];
  const server = new ApolloServer({
    typeDefs,
    resolvers: {
      Query: {
        serviceUnits: (_: unknown, args: { after?: string | null; filter?: { search?: string; regionCode?: string } | null }) => {
          const filter = args.filter ?? {};
          if (!args.after) asked.push(filter);
          const matching = units.filter(
            (unit) =>
              (!filter.search || unit.name.toLowerCase().includes(filter.search.toLowerCase())) &&
              (!filter.regionCode || unit.regionCode === filter.regionCode || unit.regionCode.startsWith(`${filter.regionCode}.`)),
          );
          const start = args.after ? Number(args.after) : 0;
          const page = matching.slice(start, start + PAGE);
          const more = start + PAGE < matching.length;
          return {
            pageInfo: { hasNextPage: more, endCursor: more ? String(start + PAGE) : null },
            edges: page.map((unit) => ({ node: { id: unit.id } })),
          };
        },
        service: (_: unknown, { id }: { id: string }) => (services.has(id) ? { id, name: services.get(id) } : null),
      },
    },
  });
  const secret = readSecret('INTERNAL_SECRET');
  const port = await freePort();
  const { url } = await startStandaloneServer(server, {
    listen: { port, host: '127.0.0.1' },
    context: async ({ req }) => {
      const header = req.headers[INTERNAL_TOKEN_HEADER];
      if (!readInternalToken(Array.isArray(header) ? header[0] : header, secret).ok) {
        throw new GraphQLError('Requests must come through the Simpul gateway', {
          extensions: { code: 'UNAUTHENTICATED', http: { status: 401 } },
        });
      }
      return {};
    },
  });
  return { url, asked, close: () => server.stop() };
}
