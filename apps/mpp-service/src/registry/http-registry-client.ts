import { RegistryClient as KitRegistryClient } from '@simpul/service-kit';
import { DELIVERY_COMPONENTS, type StandardComponent } from '../federation/standard-component.enum';
import type { RegistryCallScope, RegistryClient, RegistryServiceFacts } from './registry-client';

interface ServiceShape {
  id: string;
  name: string;
  serviceUnit: { id: string; agency: { id: string } };
  completeness: { missing: StandardComponent[]; unpublished: StandardComponent[]; deliveryReady: boolean };
}

/**
 * The registry through service-kit's RegistryClient (with an internal token carrying the original
 * caller, so the registry applies its own visibility rules; several ids in one request), as the
 * facts the MPP service needs.
 */
export class HttpRegistryClient implements RegistryClient {
  private readonly registry: KitRegistryClient;

  constructor(url: string, secret?: string) {
    this.registry = new KitRegistryClient(url, secret);
  }

  async services(ids: readonly string[], scope: RegistryCallScope): Promise<Map<string, RegistryServiceFacts>> {
    const result = new Map<string, RegistryServiceFacts>();
    const found = await this.registry.byIds<ServiceShape>(
      'service',
      ids,
      '{ id name serviceUnit { id agency { id } } completeness { missing unpublished deliveryReady } }',
      scope,
    );
    for (const service of found) {
      result.set(service.id, {
        id: service.id,
        name: service.name,
        serviceUnitId: service.serviceUnit.id,
        agencyId: service.serviceUnit.agency.id,
        missing: service.completeness.missing.filter((component) => DELIVERY_COMPONENTS.includes(component)),
        unpublished: service.completeness.unpublished.filter((component) => DELIVERY_COMPONENTS.includes(component)),
        deliveryReady: service.completeness.deliveryReady,
      });
    }
    return result;
  }

  async existingAgencies(ids: readonly string[], scope: RegistryCallScope): Promise<Set<string>> {
    const found = await this.registry.byIds<{ id: string }>('agency', ids, '{ id }', scope);
    return new Set(found.map((agency) => agency.id));
  }

  async unitAgencies(unitIds: readonly string[], scope: RegistryCallScope): Promise<Map<string, string>> {
    const found = await this.registry.byIds<{ id: string; agency: { id: string } }>('serviceUnit', unitIds, '{ id agency { id } }', scope);
    return new Map(found.map((unit) => [unit.id, unit.agency.id]));
  }

  async agencyNames(ids: readonly string[], scope: RegistryCallScope): Promise<Map<string, string>> {
    const found = await this.registry.byIds<{ id: string; name: string }>('agency', ids, '{ id name }', scope);
    return new Map(found.map((agency) => [agency.id, agency.name]));
  }
}
