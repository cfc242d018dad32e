import { PluginSlot } from '@simpul/web-kit';
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
 * The agency's MALL_DESK plugins, on the tenancy page: mpp-web has no page for one desk, and this is
 * where an operator works on one tenant's desk(s) at the mall. A plugin runs for one service unit of
 * its agency, so there is a slot per unit the tenant serves here; the registry lets an MPP operator
 * use them only for an agency that is a tenant of their own mall (and a desk for its own unit), and
 * the slot shows nothing to anyone else. The desk is named when the tenant has one; with several, the
 * plugin gets the mall and reads the desk schedule itself (its MPP_DESK_SCHEDULE_READ scope).
 */
export function TenantDeskPlugins({ tenancy }: { tenancy: TenancyDetail }) {
  // A tenant that has left is no longer at the mall: its plugins have no desk to work on.
  if (tenancy.step === 'LEFT') return null;
  const deskId = tenantDeskId(tenancy);
  return (
    <>
      {tenantUnits(tenancy).map((unit) => (
        <PluginSlot key={unit.id} page="MALL_DESK" serviceUnitId={unit.id} deskId={deskId} mallId={tenancy.mall.id} />
      ))}
    </>
  );
}
