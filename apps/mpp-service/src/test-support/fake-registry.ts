import { stableId } from '@simpul/service-kit';
import { startFakeRegistry as startKitFakeRegistry } from '@simpul/service-kit/testing';
import { agencyId, DEMO_AGENCY_KEYS, DEMO_SERVICES, DEMO_UNITS, unitId, type DemoRegistryService } from '../seed/demo-registry';

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

const asFake = (service: DemoRegistryService) => ({
  id: service.id,
  name: service.name,
  unitId: service.unitId,
  missing: service.missing,
  unpublished: service.unpublished,
});

/**
 * The registry test double (service-kit's, its SDL checked against the registry's) serving the same
 * answers the MPP service asks for (`service(id)`, `agency(id)`, `serviceUnit(id)`) from the
 * registry's demo data. Every MPP rule stays tested against real PostgreSQL in the MPP service; only
 * the registry's answers come from here.
 */
export async function startFakeRegistry(): Promise<FakeRegistry> {
  const registry = await startKitFakeRegistry({
    agencies: DEMO_AGENCY_KEYS.map((key) => ({ id: agencyId(key), name: key })),
    units: Object.entries(DEMO_UNITS).map(([unitKey, agencyKey]) => ({ id: unitId(unitKey), agencyId: agencyId(agencyKey) })),
    services: Object.values(DEMO_SERVICES).map(asFake),
  });
  return {
    url: registry.url,
    get requests() {
      return registry.requests;
    },
    set requests(value: number) {
      registry.requests = value;
    },
    setStandard: (serviceId, missing, unpublished) => registry.setStandard(serviceId, missing, unpublished),
    addService: (service) => registry.addService(asFake(service), { id: service.unitId, agencyId: service.agencyId }),
    close: () => registry.close(),
  };
}

/** A stable id for services that exist only in tests. */
export const testServiceId = (name: string) => stableId('service', `test:${name}`);
