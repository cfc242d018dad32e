import { PluginSlot, useSession } from '@simpul/web-kit';
import type { TenancyDetail } from './tenancy.operations';

/** The tenant's service units, once each, in the order of its services (the page of them TENANCY brought). */
export function tenantUnits(tenancy: TenancyDetail): { id: string; name: string }[] {
  const units = new Map<string, { id: string; name: string }>();
  for (const edge of tenancy.services.edges) units.set(edge.node.serviceUnit.id, edge.node.serviceUnit);
  return [...units.values()];
}

/** The tenant's desk at the mall when it has exactly one (on every weekday it serves), else null. */
export function tenantDeskId(tenancy: TenancyDetail): string | null {
  const desks = new Set(tenancy.deskAssignments.map((assignment) => assignment.desk.id));
  return desks.size === 1 ? [...desks][0] : null;
}

/**
 * The unit the agency's plugins run for on its tenancy: the signed-in desk's own unit when it is one
 * of the tenant's here (the registry lets a desk run plugins for its own unit only), else the tenant's
 * first unit in the order of its services. A plugin belongs to the agency, and a MALL_DESK plugin
 * works on the agency's desk at the mall, not on one unit: any unit of the agency gets the same
 * plugins and the same mall and desk in its token, so one is enough. The first keeps the choice
 * stable from one visit to the next.
 */
export function pluginUnitOf(tenancy: TenancyDetail, ownUnitId: string | null): string | null {
  const units = tenantUnits(tenancy);
  return (units.find((unit) => unit.id === ownUnitId) ?? units[0])?.id ?? null;
}

/**
 * The agency's MALL_DESK plugins, on the tenancy page: mpp-web has no page for one desk, and this is
 * where an operator works on one tenant's desk(s) at the mall. Each plugin is shown once for the
 * tenancy (not once per unit of the agency: pluginUnitOf says which unit runs it). The registry lets
 * an MPP operator use them only for an agency that is a tenant of their own mall (and a desk for its
 * own unit), checks the mall and desk against the tenancy, and the slot shows nothing to anyone else.
 * The desk is named when the tenant has one; with several, the plugin gets the mall and reads the
 * mall's desk days (its MPP_DESK_SCHEDULE_READ scope).
 */
export function TenantDeskPlugins({ tenancy }: { tenancy: TenancyDetail }) {
  const { user } = useSession();
  const serviceUnitId = pluginUnitOf(tenancy, user?.serviceUnit?.id ?? null);
  // A tenant that has left is no longer at the mall: its plugins have no desk to work on. One without
  // services yet has no unit to run them for.
  if (tenancy.step === 'LEFT' || !serviceUnitId) return null;
  return <PluginSlot page="MALL_DESK" serviceUnitId={serviceUnitId} deskId={tenantDeskId(tenancy)} mallId={tenancy.mall.id} />;
}
