import { ApolloServer } from '@apollo/server';
import { startStandaloneServer } from '@apollo/server/standalone';
import { GraphQLError } from 'graphql';
import type { Caller } from '@simpul/contracts';
import { INTERNAL_TOKEN_HEADER, readInternalToken, readSecret, stableId } from '@simpul/service-kit';
import { freePort } from '@simpul/service-kit/testing';

/**
 * TEST DOUBLE for the MPP subgraph, a separate service this app may not import. It is a real HTTP
 * GraphQL server answering the query shapes identity and plugins send (`mall(id)`, `tenancies(filter:
 * { mallId, agencyId })` with the desks assigned) from the MPP service's demo malls and tenancies, with the MPP service's visibility
 * (an operator sees its own mall's tenancies) and, like every subgraph, it refuses requests without
 * a valid internal token. Every identity rule stays tested against real PostgreSQL here.
 */

const typeDefs = `#graphql
  type Agency { id: ID! }
  type Mall { id: ID! }
  type Desk { id: ID! }
  type DeskAssignment { desk: Desk! }
  type Tenancy { id: ID! step: String! agency: Agency! deskAssignments: [DeskAssignment!]! }
  type TenancyEdge { cursor: String! node: Tenancy! }
  type PageInfo { hasNextPage: Boolean! endCursor: String }
  type TenancyConnection { edges: [TenancyEdge!]! pageInfo: PageInfo! totalCount: Int! }
  input TenancyFilter { mallId: ID agencyId: ID }
  type Query { mall(id: ID!): Mall tenancies(filter: TenancyFilter, first: Int, after: String): TenancyConnection! }
`;

export const BANJARMASIN_MALL = stableId('mall', 'mpp-kota-banjarmasin');
export const PALANGKA_RAYA_MALL = stableId('mall', 'mpp-kota-palangka-raya');
const agency = (key: string) => stableId('agency', key);
/** The MPP service's demo desk ids (apps/mpp-service/src/seed/demo-malls.ts `deskId`). */
export const demoDesk = (mallKey: string, number: number) => stableId('desk', `${mallKey}:${number}`);

/** The MPP demo tenancies (apps/mpp-service/src/seed/demo-malls.ts): a unit is a tenant when its agency is. */
const TENANCIES: { mallId: string; agencyId: string; step: string; desks?: string[] }[] = [
  ...['pemkot-63.71', 'ditjen-imigrasi', 'bpjs-kesehatan'].map((key) => ({
    mallId: BANJARMASIN_MALL,
    agencyId: agency(key),
    step: 'LIVE',
  })),
  // SAMSAT Kalimantan Selatan's agency, at desks 3 and 4.
  {
    mallId: BANJARMASIN_MALL,
    agencyId: agency('pemprov-63'),
    step: 'LIVE',
    desks: [demoDesk('mpp-kota-banjarmasin', 3), demoDesk('mpp-kota-banjarmasin', 4)],
  },
  { mallId: BANJARMASIN_MALL, agencyId: agency('bpjs-ketenagakerjaan'), step: 'DESK_ASSIGNED' },
  { mallId: BANJARMASIN_MALL, agencyId: agency('bank-kalsel'), step: 'AGREEMENT_SIGNED' },
  { mallId: BANJARMASIN_MALL, agencyId: agency('pdam-bandarmasih'), step: 'LEFT' },
  { mallId: PALANGKA_RAYA_MALL, agencyId: agency('pemprov-62'), step: 'DESK_ASSIGNED' },
];

export interface FakeMpp {
  url: string;
  /** Requests answered, to check how often identity asks. */
  requests: number;
  close(): Promise<void>;
}

export async function startFakeMpp(): Promise<FakeMpp> {
  const handle = { requests: 0 };
  const server = new ApolloServer<{ caller: Caller }>({
    typeDefs,
    resolvers: {
      Query: {
        mall: (_: unknown, { id }: { id: string }) => ([BANJARMASIN_MALL, PALANGKA_RAYA_MALL].includes(id) ? { id } : null),
        tenancies: (
          _: unknown,
          { filter, first = 20, after }: { filter?: { mallId?: string; agencyId?: string }; first?: number; after?: string | null },
          { caller }: { caller: Caller },
        ) => {
          const visible = TENANCIES.filter(
            (tenancy) =>
              caller?.role === 'NATIONAL_ADMIN' ||
              (caller?.role === 'MPP_OPERATOR' && caller.mallId === tenancy.mallId) ||
              tenancy.step === 'LIVE',
          )
            .filter((tenancy) => !filter?.mallId || tenancy.mallId === filter.mallId)
            .filter((tenancy) => !filter?.agencyId || tenancy.agencyId === filter.agencyId);
          const start = after ? Number(after) : 0;
          const page = visible.slice(start, start + first);
          return {
            totalCount: visible.length,
            edges: page.map((tenancy, index) => ({
              cursor: String(start + index + 1),
              node: {
                id: `${tenancy.mallId}:${tenancy.agencyId}`,
                step: tenancy.step,
                agency: { id: tenancy.agencyId },
                deskAssignments: (tenancy.desks ?? []).map((id) => ({ desk: { id } })),
              },
            })),
            pageInfo: { hasNextPage: start + first < visible.length, endCursor: page.length ? String(start + page.length) : null },
          };
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
      const check = readInternalToken(Array.isArray(header) ? header[0] : header, secret);
      if (!check.ok)
        throw new GraphQLError('Requests must come through the Simpul gateway', {
          extensions: { code: 'UNAUTHENTICATED', http: { status: 401 } },
        });
      handle.requests += 1;
      return { caller: check.caller };
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
