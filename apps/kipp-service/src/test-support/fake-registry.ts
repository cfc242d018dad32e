import { ApolloServer } from '@apollo/server';
import { startStandaloneServer } from '@apollo/server/standalone';
import { GraphQLError } from 'graphql';
import { INTERNAL_TOKEN_HEADER, readInternalToken, readSecret } from '@simpul/service-kit';
import { freePort } from '@simpul/service-kit/testing';
import { agencyId, DEMO_UNITS, unitId, userId } from '../seed/demo-registry';

/**
 * TEST DOUBLE for the registry subgraph (a separate service this app may not import): a real HTTP
 * GraphQL server answering `serviceUnit(id)` from the registry's demo units and `user(id)` from its demo people, refusing requests
 * without a valid internal token like every subgraph. The KIPP rules stay tested against real
 * PostgreSQL; only the registry's answers come from here.
 */
const typeDefs = `#graphql
  type Agency { id: ID! type: String! }
  type Region { code: ID! provinceCode: String! }
  type ServiceUnit { id: ID! agency: Agency! region: Region! }
  type User { id: ID! displayName: String! email: String! role: String! }
  type Query { serviceUnit(id: ID!): ServiceUnit user(id: ID!): User agency(id: ID!): Agency }
`;

/** The registry's people as KIPP tests need them: the demo accounts plus two not yet appointed to anything. */
export const REGISTRY_USERS: ReadonlyArray<{ email: string; displayName: string; role: string }> = [
  { email: 'admin@simpul.test', displayName: 'Admin Nasional KemenPAN-RB', role: 'NATIONAL_ADMIN' },
  { email: 'admin.kalsel@simpul.test', displayName: 'Admin Lokal KIPP Pemprov Kalimantan Selatan', role: 'UNIT_DESK' },
  { email: 'desk.dpmptsp-kalteng@simpul.test', displayName: 'Desk DPMPTSP Kalimantan Tengah', role: 'UNIT_DESK' },
  { email: 'desk.samsat-kalsel@simpul.test', displayName: 'Desk SAMSAT Kalimantan Selatan', role: 'UNIT_DESK' },
  { email: 'evaluator@simpul.test', displayName: 'Evaluator PEKPPP', role: 'EVALUATOR' },
  { email: 'panel@simpul.test', displayName: 'Ketua Tim Panel Independen', role: 'EVALUATOR' },
  { email: 'te2@simpul.test', displayName: 'Anggota Tim Evaluasi 2', role: 'EVALUATOR' },
  { email: 'penilai.baru@simpul.test', displayName: 'Penilai Baru', role: 'EVALUATOR' },
  { email: 'operator.banjarmasin@simpul.test', displayName: 'Operator MPP Banjarmasin', role: 'MPP_OPERATOR' },
];

export interface FakeRegistry {
  url: string;
  requests: number;
  close(): Promise<void>;
}

export async function startFakeRegistry(): Promise<FakeRegistry> {
  const units = new Map(DEMO_UNITS.map((unit) => [unitId(unit.key), unit]));
  const agencies = new Map(DEMO_UNITS.map((unit) => [agencyId(unit.agencyKey), { id: agencyId(unit.agencyKey), type: unit.agencyType }]));
  const users = new Map(REGISTRY_USERS.map((user) => [userId(user.email), { id: userId(user.email), ...user }]));
  const server = new ApolloServer<{ ok: boolean }>({
    typeDefs,
    resolvers: {
      Query: {
        serviceUnit: (_: unknown, { id }: { id: string }) => {
          const unit = units.get(id);
          if (!unit) return null;
          return { id, agency: { id: agencyId(unit.agencyKey), type: unit.agencyType }, region: { code: unit.regionCode, provinceCode: unit.regionCode.slice(0, 2) } };
        },
        user: (_: unknown, { id }: { id: string }) => users.get(id) ?? null,
        agency: (_: unknown, { id }: { id: string }) => agencies.get(id) ?? null,
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
