import { ApolloServer } from '@apollo/server';
import { startStandaloneServer } from '@apollo/server/standalone';
import { GraphQLError } from 'graphql';
import { INTERNAL_TOKEN_HEADER, readInternalToken } from '../auth/internal-token';
import { readSecret } from '../auth/secrets';
import { freePort } from './free-port';

/**
 * What the fake registry serves: a subset of the registry's SDL, field for field and type for type
 * (fake-registry.spec.ts checks it against apps/registry-service/schema.graphql, so a renamed or
 * retyped registry field turns the services' tests red instead of leaving them green).
 */
export const FAKE_REGISTRY_TYPE_DEFS = `#graphql
  enum AgencyType { KEMENTERIAN LEMBAGA PROVINSI KABUPATEN KOTA BUMN BUMD SWASTA }
  enum Role { NATIONAL_ADMIN EVALUATOR MPP_OPERATOR UNIT_DESK }
  enum StandardComponent { REQUIREMENTS PROCEDURE DURATION FEE PRODUCT COMPLAINT_HANDLING LEGAL_BASIS FACILITIES STAFF_COMPETENCE INTERNAL_SUPERVISION STAFF_COUNT SERVICE_GUARANTEE SAFETY_GUARANTEE STAFF_EVALUATION }
  type Region { code: ID! provinceCode: String! }
  type Agency { id: ID! name: String! type: AgencyType! }
  type ServiceUnit { id: ID! agency: Agency! region: Region! }
  type StandardCompleteness { missing: [StandardComponent!]! unpublished: [StandardComponent!]! deliveryReady: Boolean! }
  type Service { id: ID! name: String! serviceUnit: ServiceUnit! completeness: StandardCompleteness! }
  type User { id: ID! displayName: String! email: String! role: Role! }
  type Query { agency(id: ID!): Agency serviceUnit(id: ID!): ServiceUnit service(id: ID!): Service user(id: ID!): User }
`;

export interface FakeRegistryAgency {
  id: string;
  name: string;
  /** Only for tests that ask for it (AgencyType). */
  type?: string;
}

export interface FakeRegistryUnit {
  id: string;
  agencyId: string;
  /** Kabupaten/kota or province code, for tests that ask for it; the province is its first two digits. */
  regionCode?: string;
}

export interface FakeRegistryService {
  id: string;
  name: string;
  unitId: string;
  /** Standard components with no content / filled but not published. */
  missing: string[];
  unpublished: string[];
}

export interface FakeRegistryUser {
  id: string;
  email: string;
  displayName: string;
  role: string;
}

export interface FakeRegistryData {
  agencies: readonly FakeRegistryAgency[];
  units: readonly FakeRegistryUnit[];
  services?: readonly FakeRegistryService[];
  users?: readonly FakeRegistryUser[];
}

export interface FakeRegistry {
  url: string;
  /** Requests answered, to check batching (one request per check); settable to start a count. */
  requests: number;
  /** Changes a service's standard, as an edit in the registry would. */
  setStandard(serviceId: string, missing: string[], unpublished: string[]): void;
  /** Adds a service (and puts its unit under the given agency, as the registry would answer). */
  addService(service: FakeRegistryService, unit?: FakeRegistryUnit): void;
  close(): Promise<void>;
}

/**
 * TEST DOUBLE for the registry subgraph (a separate service no other app may import): a real HTTP
 * GraphQL server answering `agency`, `serviceUnit`, `service` and `user` by id from the data a
 * service's tests give it, refusing requests without a valid internal token like every subgraph.
 * The services' rules stay tested against real PostgreSQL; only the registry's answers come from here.
 */
export async function startFakeRegistry(data: FakeRegistryData): Promise<FakeRegistry> {
  const agencies = new Map(data.agencies.map((agency) => [agency.id, agency]));
  const units = new Map(data.units.map((unit) => [unit.id, unit]));
  const services = new Map((data.services ?? []).map((service) => [service.id, { ...service }]));
  const users = new Map((data.users ?? []).map((user) => [user.id, user]));
  const unitOf = (id: string) => units.get(id) ?? null;
  const server = new ApolloServer<{ ok: boolean }>({
    typeDefs: FAKE_REGISTRY_TYPE_DEFS,
    resolvers: {
      Query: {
        agency: (_: unknown, { id }: { id: string }) => agencies.get(id) ?? null,
        serviceUnit: (_: unknown, { id }: { id: string }) => unitOf(id),
        service: (_: unknown, { id }: { id: string }) => services.get(id) ?? null,
        user: (_: unknown, { id }: { id: string }) => users.get(id) ?? null,
      },
      ServiceUnit: {
        agency: (unit: FakeRegistryUnit) => agencies.get(unit.agencyId) ?? null,
        region: (unit: FakeRegistryUnit) => (unit.regionCode ? { code: unit.regionCode, provinceCode: unit.regionCode.slice(0, 2) } : null),
      },
      Service: {
        serviceUnit: (service: FakeRegistryService) => unitOf(service.unitId),
        completeness: (service: FakeRegistryService) => ({
          missing: service.missing,
          unpublished: service.unpublished,
          deliveryReady: service.missing.length === 0 && service.unpublished.length === 0,
        }),
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
        throw new GraphQLError('Requests must come through the Simpul gateway', {
          extensions: { code: 'UNAUTHENTICATED', http: { status: 401 } },
        });
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
    set requests(value: number) {
      handle.requests = value;
    },
    setStandard(serviceId, missing, unpublished) {
      const service = services.get(serviceId);
      if (!service) throw new Error(`fake registry: no service ${serviceId}`);
      service.missing = missing;
      service.unpublished = unpublished;
    },
    addService(service, unit) {
      services.set(service.id, { ...service });
      if (unit) units.set(unit.id, unit);
    },
    close: () => server.stop(),
  };
}
