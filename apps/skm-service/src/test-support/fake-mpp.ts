import { ApolloServer } from '@apollo/server';
import { startStandaloneServer } from '@apollo/server/standalone';
import { GraphQLError } from 'graphql';
import { INTERNAL_TOKEN_HEADER, readInternalToken, readSecret } from '@simpul/service-kit';
import { freePort } from '@simpul/service-kit/testing';
import { BANJARMASIN_MALL_ID, DEMO_DESKS, DEMO_UNITS, deskId, serviceId, unitId } from '../seed/demo-keys';

/**
 * TEST DOUBLE for the MPP subgraph, a separate service this app may not import. A real HTTP GraphQL
 * server answering the one query shape the SKM service sends (`mall(id) { desks tenancies … }`) from
 * the MPP demo data the SKM seed already names (MPP Kota Banjarmasin, desks 1–8 and their tenants'
 * units); like every subgraph it refuses requests without a valid internal token. Every SKM rule
 * stays tested against real PostgreSQL; only the MPP's answers come from here.
 */
const typeDefs = `#graphql
  type PageInfo { hasNextPage: Boolean! endCursor: String }
  type ServiceUnit { id: ID! }
  type Service { id: ID! }
  type TenancyService { status: String! service: Service! serviceUnit: ServiceUnit! }
  type TenancyServiceEdge { node: TenancyService! }
  type TenancyServiceConnection { edges: [TenancyServiceEdge!]! }
  type Tenancy { step: String! services(first: Int): TenancyServiceConnection! }
  type TenancyEdge { node: Tenancy! }
  type TenancyConnection { pageInfo: PageInfo! edges: [TenancyEdge!]! }
  type DeskAssignment { id: ID! tenancy: Tenancy! }
  type Desk { id: ID! number: Int! label: String assignments: [DeskAssignment!]! }
  type Mall { id: ID! desks: [Desk!]! tenancies(first: Int, after: String): TenancyConnection! }
  type Query { mall(id: ID!): Mall }
`;

/** Demo desks 1–8 of Banjarmasin (5 and 6 have no survey), tenants: the units serving at the surveyed desks. */
export const FAKE_MALL_DESKS = [1, 2, 3, 4, 5, 6, 7, 8].map(deskId);

/** Desk 6 has no tenant on any weekday (no survey is owed there); every other desk serves someone. */
export const FAKE_IDLE_DESK = 6;

/** The LIVE services at a desk: its demo unit's services (desk 5, the bank, offers none the registry knows). */
export function fakeDeskServices(number: number): { status: string; service: { id: string }; serviceUnit: { id: string } }[] {
  const desk = DEMO_DESKS.find((d) => d.number === number);
  if (!desk) return [];
  const names = DEMO_UNITS.find((u) => u.key === desk.unitKey)?.services ?? [];
  return names.map((name) => ({
    status: 'LIVE',
    service: { id: serviceId(desk.unitKey, name) },
    serviceUnit: { id: unitId(desk.unitKey) },
  }));
}

export async function startFakeMpp(): Promise<{ url: string; close(): Promise<void> }> {
  const tenantUnits = [...new Set(DEMO_DESKS.map((desk) => unitId(desk.unitKey)))];
  const server = new ApolloServer<{ ok: boolean }>({
    typeDefs,
    resolvers: {
      Query: {
        mall: (_: unknown, { id }: { id: string }) =>
          id !== BANJARMASIN_MALL_ID
            ? null
            : {
                id,
                desks: FAKE_MALL_DESKS.map((desk, index) => ({
                  id: desk,
                  number: index + 1,
                  label: index + 1 === 5 ? 'Gerai Bank Kalsel' : null,
                  assignments:
                    index + 1 === FAKE_IDLE_DESK
                      ? []
                      : [
                          {
                            id: `assignment-${index + 1}`,
                            tenancy: {
                              step: 'LIVE',
                              services: { edges: fakeDeskServices(index + 1).map((node) => ({ node })) },
                            },
                          },
                        ],
                })),
                tenancies: {
                  pageInfo: { hasNextPage: false, endCursor: null },
                  edges: tenantUnits.map((unit) => ({
                    node: { step: 'LIVE', services: { edges: [{ node: { serviceUnit: { id: unit } } }] } },
                  })),
                },
              },
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
      return { ok: true };
    },
  });
  return { url, close: () => server.stop() };
}
