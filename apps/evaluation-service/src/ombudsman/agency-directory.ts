import { DEFAULT_REGISTRY_GRAPHQL_URL, RegistryClient, type SubgraphCallScope } from '@simpul/service-kit';

/** What this service copies from the registry when it records a result for an agency. */
export interface AgencyFacts {
  id: string;
  name: string;
  /** Province ("63") or kabupaten/kota ("63.71") code; null for a national agency. */
  regionCode: string | null;
}

/** The registry's agencies as the Ombudsman results need them: unknown ids are absent from the map. */
export abstract class AgencyDirectory {
  abstract agencies(ids: readonly string[], scope: SubgraphCallScope): Promise<Map<string, AgencyFacts>>;
}

/** The registry over HTTP (service-kit's RegistryClient: every id in one request, the caller's token). */
export class HttpAgencyDirectory extends AgencyDirectory {
  private readonly registry: RegistryClient;

  constructor(url: string = process.env.REGISTRY_URL || DEFAULT_REGISTRY_GRAPHQL_URL, secret?: string) {
    super();
    this.registry = new RegistryClient(url, secret);
  }

  async agencies(ids: readonly string[], scope: SubgraphCallScope): Promise<Map<string, AgencyFacts>> {
    const found = await this.registry.byIds<AgencyFacts>('agency', ids, '{ id name regionCode }', scope);
    return new Map(found.map((agency) => [agency.id, { id: agency.id, name: agency.name, regionCode: agency.regionCode ?? null }]));
  }
}

/** "63.71" → "63"; "63" → "63"; null stays null. */
export function provinceOf(regionCode: string | null): string | null {
  return regionCode ? regionCode.split('.')[0] : null;
}
