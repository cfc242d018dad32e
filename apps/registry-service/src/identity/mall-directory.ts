import type { SubgraphCallScope } from '@simpul/service-kit';

/**
 * What identity needs from the MPP service, which owns malls and tenancies: whether a mall exists,
 * and which agencies are tenants of a mall (an open tenancy, any step but LEFT). A unit is a tenant
 * of a mall when its agency is.
 */
export interface MallDirectory {
  mallExists(mallId: string, scope: SubgraphCallScope): Promise<boolean>;
  tenantAgencies(mallId: string, scope: SubgraphCallScope): Promise<Set<string>>;
}

export const MALL_DIRECTORY = Symbol('MALL_DIRECTORY');
