import { ApolloServer } from '@apollo/server';
import { startStandaloneServer } from '@apollo/server/standalone';
import { GraphQLError } from 'graphql';
import { INTERNAL_TOKEN_HEADER, readInternalToken, readSecret, stableId } from '@simpul/service-kit';
import { freePort } from '@simpul/service-kit/testing';
import { agencyId, DEMO_AGENCY_KEYS, DEMO_SERVICES, DEMO_UNITS, unitId, type DemoRegistryService } from '../seed/demo-registry';

/**
 * TEST DOUBLE for the registry subgraph, a separate service this app may not import. It is a real
 * HTTP GraphQL server answering the same query shapes the MPP service sends (`service(id)`,
 * `agency(id)`, `serviceUnit(id)`) from the registry's demo data, and, like every subgraph, it
 * refuses requests without a valid internal token. Every MPP rule stays tested against real
 * PostgreSQL in the MPP service; only the registry's answers come from here.
 */

const typeDefs = `#graphql
  enum StandardComponent { REQUIREMENTS PROCEDURE DURATION FEE PRODUCT COMPLAINT_HANDLING LEGAL_BASIS FACILITIES STAFF_COMPETENCE INTERNAL_SUPERVISION STAFF_COUNT SERVICE_GUARANTEE SAFETY_GUARANTEE STAFF_EVALUATION }
  type Agency { id: ID! name: String! }
  type ServiceUnit { id: ID! agency: Agency! }
  type StandardCompleteness { missing: [StandardComponent!]! unpublished: [StandardComponent!]! deliveryReady: Boolean! }
  type Service { id: ID! name: String! serviceUnit: ServiceUnit! completeness: StandardCompleteness! }
  type Query { service(id: ID!): Service agency(id: ID!): Agency serviceUnit(id: ID!): ServiceUnit }
`;

export interface FakeRegistry {
  url: string;
  /** Requests answered, to check batching (one request per check). */
  requests: number;
  /** Changes a service's standard, as an edit in the registry would. */
  setStandard(serviceId: string, missing: string[], unpublished: string[]): void;
  /** Adds a service (e.g. a fresh one for a flow test). */
  addService(service: DemoRegistryService): void;
  close(): Promise<void>;
}

export async function startFakeRegistry(): Promise<FakeRegistry> {
  const services = new Map<string, DemoRegistryService>(Object.values(DEMO_SERVICES).map((service) => [service.id, { ...service }]));
  const agencies = new Map(DEMO_AGENCY_KEYS.map((key) => [agencyId(key), key]));
  const units = new Map(Object.entries(DEMO_UNITS).map(([unitKey, agencyKey]) => [unitId(unitKey), agencyId(agencyKey)]));
  const agency = (id: string) => (agencies.has(id) ? { id, name: agencies.get(id) } : null);
  const server = new ApolloServer<{ ok: boolean }>({
    typeDefs,
    resolvers: {
      Query: {
        service: (_: unknown, { id }: { id: string }) => {
          const service = services.get(id);
          if (!service) return null;
          return {
            id: service.id,
            name: service.name,
            serviceUnit: { id: service.unitId, agency: agency(service.agencyId) },
            completeness: { missing: service.missing, unpublished: service.unpublished, deliveryReady: service.missing.length === 0 && service.unpublished.length === 0 },
          };
        },
        agency: (_: unknown, { id }: { id: string }) => agency(id),
        serviceUnit: (_: unknown, { id }: { id: string }) => (units.has(id) ? { id, agency: agency(units.get(id) as string) } : null),
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
    set requests(value: number) {
      handle.requests = value;
    },
    setStandard(serviceId, missing, unpublished) {
      const service = services.get(serviceId);
      if (!service) throw new Error(`fake registry: no service ${serviceId}`);
      service.missing = missing as DemoRegistryService['missing'];
      service.unpublished = unpublished as DemoRegistryService['unpublished'];
    },
    addService(service) {
      services.set(service.id, { ...service });
      units.set(service.unitId, service.agencyId);
    },
    close: () => server.stop(),
  };
}

/** A stable id for services that exist only in tests. */
export const testServiceId = (name: string) => stableId('service', `test:${name}`);
