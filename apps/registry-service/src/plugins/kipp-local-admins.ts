import { SubgraphClient, type SubgraphCallScope } from '@simpul/service-kit';

/**
 * What plugins need from the KIPP service, which keeps the agencies' local admins
 * (kipp.local_admins): the agencies the caller is a local admin of. A local admin may submit its
 * agency's plugins like the agency's desk.
 */
export interface LocalAdminDirectory {
  agenciesOf(scope: SubgraphCallScope): Promise<Set<string>>;
}

export const LOCAL_ADMIN_DIRECTORY = Symbol('LOCAL_ADMIN_DIRECTORY');

/** Asks the KIPP subgraph (`myKippRoles`) as the caller; an unreachable KIPP means "no agencies", never a wider right. */
export class HttpLocalAdminDirectory implements LocalAdminDirectory {
  private readonly client: SubgraphClient;

  constructor(url: string) {
    this.client = new SubgraphClient({ en: 'KIPP service', id: 'Layanan KIPP' }, url);
  }

  async agenciesOf(scope: SubgraphCallScope): Promise<Set<string>> {
    if (!scope.caller) return new Set();
    try {
      const data = await this.client.request<{ myKippRoles: { localAdminOf: { agency: { id: string } }[] } }>(
        'query RegistryLocalAdminOf { myKippRoles { localAdminOf { agency { id } } } }',
        {},
        scope,
      );
      return new Set(data.myKippRoles.localAdminOf.map((binding) => binding.agency.id));
    } catch {
      return new Set();
    }
  }
}
