import type { SubgraphCallScope } from '@simpul/service-kit';

/**
 * What identity needs from the MPP service, which owns malls and tenancies: whether a mall exists,
 * and which agencies are tenants of a mall (an open tenancy, any step but LEFT). A unit is a tenant
 * of a mall when its agency is.
 */
export interface MallDirectory {
  mallExists(mallId: string, scope: SubgraphCallScope): Promise<boolean>;
  tenantAgencies(mallId: string, scope: SubgraphCallScope): Promise<Set<string>>;
  /**
   * The desks an agency's open tenancy at a mall is assigned (any weekday), or null when the agency
   * is not a tenant there (no tenancy, or LEFT) — as far as the caller may see it.
   */
  tenancyDesks(mallId: string, agencyId: string, scope: SubgraphCallScope): Promise<Set<string> | null>;
}

export const MALL_DIRECTORY = Symbol('MALL_DIRECTORY');
