import { Inject, Injectable } from '@nestjs/common';
import type { Caller } from '@simpul/contracts';
import { forbidden, requireSignedIn, type SubgraphContext } from '@simpul/service-kit';
import { REGISTRY_CLIENT, type RegistryClient } from '../registry/registry-client';

/**
 * Who sees and changes what in the MPP service:
 * - NATIONAL_ADMIN: everything;
 * - MPP_OPERATOR: manages only the mall in its identity;
 * - UNIT_DESK: reads the tenancies of its unit's agency (the agency is asked from the registry,
 *   once per request);
 * - everyone, the public included: ACTIVE malls, their LIVE tenants, LIVE services and opening hours.
 */
export type TenancyScope =
  { kind: 'all' } | { kind: 'mall'; mallId: string } | { kind: 'agency'; agencyId: string | null } | { kind: 'public' };

export function canManageMall(caller: Caller, mallId: string): boolean {
  return caller?.role === 'NATIONAL_ADMIN' || (caller?.role === 'MPP_OPERATOR' && caller.mallId === mallId);
}

/** FORBIDDEN (or UNAUTHENTICATED for the public) unless the caller manages `mallId`. */
export function requireMallManager(caller: Caller, mallId: string): void {
  requireSignedIn(caller);
  if (!canManageMall(caller, mallId)) {
    throw forbidden(
      'Only the operator of this mall or a national admin may do this.',
      'Hanya operator MPP ini atau admin nasional yang dapat melakukan ini.',
    );
  }
}

@Injectable()
export class MppAccess {
  constructor(@Inject(REGISTRY_CLIENT) private readonly registry: RegistryClient) {}

  /** The agency of a UNIT_DESK caller, asked from the registry once per request. */
  async deskAgencyId(context: SubgraphContext): Promise<string | null> {
    const caller = context.caller;
    if (caller?.role !== 'UNIT_DESK' || !caller.serviceUnitId) return null;
    const unitId = caller.serviceUnitId;
    const cached = context.loaders.get('mpp:desk-agency', () =>
      this.registry.unitAgencies([unitId], context).then((map) => map.get(unitId) ?? null),
    );
    return cached;
  }

  /** What part of the tenancies the caller may read in full (agreements, desks, history, stats). */
  async tenancyScope(context: SubgraphContext): Promise<TenancyScope> {
    const caller = context.caller;
    if (caller?.role === 'NATIONAL_ADMIN') return { kind: 'all' };
    if (caller?.role === 'MPP_OPERATOR' && caller.mallId) return { kind: 'mall', mallId: caller.mallId };
    if (caller?.role === 'UNIT_DESK') return { kind: 'agency', agencyId: await this.deskAgencyId(context) };
    return { kind: 'public' };
  }

  /** True when the caller may read this tenancy's full record, not just its public face. */
  async canReadTenancy(context: SubgraphContext, tenancy: { mallId: string; agencyId: string }): Promise<boolean> {
    const scope = await this.tenancyScope(context);
    switch (scope.kind) {
      case 'all':
        return true;
      case 'mall':
        return scope.mallId === tenancy.mallId;
      case 'agency':
        return scope.agencyId !== null && scope.agencyId === tenancy.agencyId;
      default:
        return false;
    }
  }
}

/** The history of a desk or a tenancy (its `changes`) is read by whoever manages its mall. */
export function canReadMallHistory(caller: Caller, mallId: string): boolean {
  return canManageMall(caller, mallId);
}

/** FORBIDDEN (or UNAUTHENTICATED for the public) unless the caller may read the history of `mallId`'s desks and tenants. */
export function assertMayReadMallHistory(context: SubgraphContext, mallId: string): void {
  requireSignedIn(context.caller);
  if (!canReadMallHistory(context.caller, mallId)) {
    throw forbidden(
      'Only the operator of this mall or a national admin may read this history.',
      'Riwayat perubahan ini hanya dapat dilihat operator MPP ini atau admin nasional.',
    );
  }
}
