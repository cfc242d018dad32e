import type { Caller } from '@simpul/contracts';
import type { StandardComponent } from '../federation/standard-component.enum';

/** What the MPP service needs to know about one registry service. */
export interface RegistryServiceFacts {
  id: string;
  /** For messages only; the registry stays the owner of the name. */
  name: string;
  serviceUnitId: string;
  agencyId: string;
  /** Delivery components with no content. */
  missing: StandardComponent[];
  /** Delivery components filled but not published. */
  unpublished: StandardComponent[];
  deliveryReady: boolean;
}

/** Who asks, forwarded to the registry in the internal token. */
export interface RegistryCallScope {
  caller: Caller;
  requestId: string;
}

/**
 * The registry subgraph as the MPP service sees it: another service, reached over HTTP. Each
 * method is one request, whatever the number of ids.
 */
export interface RegistryClient {
  /** Facts for each id that exists and is not archived; absent ids are unknown to the registry. */
  services(ids: readonly string[], scope: RegistryCallScope): Promise<Map<string, RegistryServiceFacts>>;
  /** The ids among `ids` that are registry agencies. */
  existingAgencies(ids: readonly string[], scope: RegistryCallScope): Promise<Set<string>>;
  /** The agency owning each service unit (absent when the unit is unknown). */
  unitAgencies(unitIds: readonly string[], scope: RegistryCallScope): Promise<Map<string, string>>;
  /** The name of each agency the registry knows, for messages (the registry stays the owner of the name). */
  agencyNames(ids: readonly string[], scope: RegistryCallScope): Promise<Map<string, string>>;
}

export const REGISTRY_CLIENT = Symbol('RegistryClient');
