import { SubgraphClient, type SubgraphCallScope } from '@simpul/service-kit';
import type { MallDirectory } from './mall-directory';

interface TenancyPage {
  tenancies: {
    edges: { node: { step: string; agency: { id: string } } }[];
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
  };
}

/** Asks the MPP subgraph over HTTP as the original caller, so the MPP service applies its own visibility. */
export class HttpMallDirectory implements MallDirectory {
  private readonly client: SubgraphClient;

  constructor(url: string) {
    this.client = new SubgraphClient({ en: 'MPP service', id: 'Layanan MPP' }, url);
  }

  async mallExists(mallId: string, scope: SubgraphCallScope): Promise<boolean> {
    const data = await this.client.request<{ mall: { id: string } | null }>(
      'query RegistryMallExists($id: ID!) { mall(id: $id) { id } }',
      { id: mallId },
      scope,
    );
    return data.mall !== null;
  }

  async tenantAgencies(mallId: string, scope: SubgraphCallScope): Promise<Set<string>> {
    const agencies = new Set<string>();
    let after: string | null = null;
    // A mall has tens of tenants; pages of 100 keep this to one request in practice.
    for (let page = 0; page < 50; page += 1) {
      const data: TenancyPage = await this.client.request<TenancyPage>(
        `query RegistryMallTenants($mallId: ID!, $after: String) {
          tenancies(filter: { mallId: $mallId }, first: 100, after: $after) { edges { node { step agency { id } } } pageInfo { hasNextPage endCursor } }
        }`,
        { mallId, after },
        scope,
      );
      for (const { node } of data.tenancies.edges) if (node.step !== 'LEFT') agencies.add(node.agency.id);
      if (!data.tenancies.pageInfo.hasNextPage) break;
      after = data.tenancies.pageInfo.endCursor;
    }
    return agencies;
  }

  async tenancyDesks(mallId: string, agencyId: string, scope: SubgraphCallScope): Promise<Set<string> | null> {
    // An agency has at most one tenancy per mall that has not LEFT; a few earlier LEFT ones may sit beside it.
    const data = await this.client.request<{
      tenancies: { edges: { node: { step: string; deskAssignments: { desk: { id: string } }[] } }[] };
    }>(
      `query RegistryTenancyDesks($mallId: ID!, $agencyId: ID!) {
        tenancies(filter: { mallId: $mallId, agencyId: $agencyId }, first: 20) { edges { node { step deskAssignments { desk { id } } } } }
      }`,
      { mallId, agencyId },
      scope,
    );
    const open = data.tenancies.edges.map((edge) => edge.node).find((tenancy) => tenancy.step !== 'LEFT');
    return open ? new Set(open.deskAssignments.map((assignment) => assignment.desk.id)) : null;
  }
}
