import { SubgraphClient, type SubgraphCallScope } from '../graphql/subgraph-client';

/** The registry's root fields that answer one row by id (`agency(id)`, `serviceUnit(id)`, …). */
export type RegistryRootField = 'agency' | 'serviceUnit' | 'service' | 'user';

/**
 * The registry subgraph as another service asks it: over HTTP (service-kit's SubgraphClient, with an
 * internal token carrying the original caller, so the registry applies its own visibility rules).
 * Several ids go into one request as aliased fields, so a check costs one request whatever the
 * number of ids. What a service makes of the answers (its facts) stays in that service.
 */
export class RegistryClient {
  private readonly client: SubgraphClient;

  constructor(url: string, secret?: string) {
    this.client = new SubgraphClient({ en: 'registry', id: 'Registri' }, url, secret);
  }

  /** `query($v0: ID!, …) { r0: field(id: $v0) selection … }`: the rows the registry knows, unknown ids absent. */
  async byIds<T>(field: RegistryRootField, ids: readonly string[], selection: string, scope: SubgraphCallScope): Promise<T[]> {
    const unique = [...new Set(ids)];
    if (unique.length === 0) return [];
    const variables = Object.fromEntries(unique.map((id, index) => [`v${index}`, id]));
    const params = unique.map((_, index) => `$v${index}: ID!`).join(', ');
    const fields = unique.map((_, index) => `r${index}: ${field}(id: $v${index}) ${selection}`).join('\n');
    const data = await this.client.request<Record<string, T | null>>(`query RegistryByIds(${params}) {\n${fields}\n}`, variables, scope);
    return Object.values(data).filter((row): row is T => row !== null);
  }
}
