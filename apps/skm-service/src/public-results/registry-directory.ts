import { randomUUID } from 'node:crypto';
import { DEFAULT_REGISTRY_GRAPHQL_URL, RegistryClient, SubgraphClient, type SubgraphCallScope } from '@simpul/service-kit';

export const REGISTRY_DIRECTORY = Symbol('REGISTRY_DIRECTORY');

/** What SKM asks the registry, which owns unit and service names (SKM keeps only their ids). */
export interface RegistryDirectory {
  /** Ids of the units whose name matches `search` (case-insensitive) within `regionCode`, as the registry's own unit list finds them. */
  unitIdsMatching(filter: { search: string | null; regionCode: string | null }): Promise<Set<string>>;
  /** Service names by id; unknown ids are left out. */
  serviceNames(ids: readonly string[]): Promise<Map<string, string>>;
}

const UNITS = `query SkmUnitsMatching($filter: ServiceUnitFilter, $after: String) {
  serviceUnits(first: 100, after: $after, filter: $filter) { pageInfo { hasNextPage endCursor } edges { node { id } } } }`;

interface UnitPage {
  serviceUnits: { pageInfo: { hasNextPage: boolean; endCursor: string | null }; edges: { node: { id: string } }[] };
}

// At most 50 pages of 100 units per filter: a name or a province narrows far below that; a broader
// ask (one letter nationally) is answered from the first 5,000 matches.
const MAX_PAGES = 50;

/**
 * Asks the registry subgraph directly (service to service) as a signed-out caller: unit and service
 * names are public, and nothing else is asked.
 */
export class HttpRegistryDirectory implements RegistryDirectory {
  private readonly client: SubgraphClient;
  private readonly byIds: RegistryClient;

  constructor(url: string = process.env.REGISTRY_URL || DEFAULT_REGISTRY_GRAPHQL_URL) {
    this.client = new SubgraphClient({ en: 'registry', id: 'Registri' }, url);
    this.byIds = new RegistryClient(url);
  }

  private scope(): SubgraphCallScope {
    return { caller: null, requestId: randomUUID() };
  }

  async unitIdsMatching(filter: { search: string | null; regionCode: string | null }): Promise<Set<string>> {
    const ids = new Set<string>();
    const asked = { ...(filter.search ? { search: filter.search } : {}), ...(filter.regionCode ? { regionCode: filter.regionCode } : {}) };
    let after: string | null = null;
    for (let page = 0; page < MAX_PAGES; page += 1) {
      const { serviceUnits }: UnitPage = await this.client.request<UnitPage>(UNITS, { filter: asked, after }, this.scope());
      for (const edge of serviceUnits.edges) ids.add(edge.node.id);
      if (!serviceUnits.pageInfo.hasNextPage) break;
      after = serviceUnits.pageInfo.endCursor;
    }
    return ids;
  }

  async serviceNames(ids: readonly string[]): Promise<Map<string, string>> {
    const found = await this.byIds.byIds<{ id: string; name: string }>('service', ids, '{ id name }', this.scope());
    return new Map(found.map((service) => [service.id, service.name]));
  }
}
