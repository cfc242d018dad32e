import type { PluginScope } from '@simpul/contracts';

/** What an argument must name: the token's service unit, its mall, or its unit's agency. */
export type PluginBinding = 'serviceUnit' | 'mall' | 'agency';

export interface AllowedRootField {
  /** A root `Query` field of the supergraph (plugin-allowlist.spec.ts checks it exists). */
  field: string;
  /**
   * Arguments that must be given and name the token's unit, mall or agency; a dotted path reaches
   * into an input object (`filter.mallId`). Without them the field would read beyond the unit.
   */
  bound: Record<string, PluginBinding>;
}

/**
 * The root fields each plugin scope may query (issue #15). Nested fields follow their root: a
 * plugin that may read `serviceUnit(id)` for its unit may read that unit's IPP results, latest IKM
 * and services with their Standar Pelayanan — as far as the signed-in person may, since the
 * subgraphs still see the person.
 */
export const PLUGIN_SCOPE_ALLOWLIST: Record<PluginScope, readonly AllowedRootField[]> = {
  UNIT_INDICATORS_READ: [
    // The unit itself: ippResults, latestIkm, latestIkmGap, services { standard completeness }, innovations.
    { field: 'serviceUnit', bound: { id: 'serviceUnit' } },
    // Its lokus in each evaluation cycle, with result and resultHistory.
    { field: 'unitLokus', bound: { serviceUnitId: 'serviceUnit' } },
    // What its IPP needs to reach the next category.
    { field: 'gapAnalysis', bound: { serviceUnitId: 'serviceUnit' } },
    // Its SKM results (IKM per period) and the published trend.
    { field: 'skmResults', bound: { serviceUnitId: 'serviceUnit' } },
    { field: 'skmPublicResults', bound: { serviceUnitId: 'serviceUnit' } },
    // Its services with their Standar Pelayanan.
    { field: 'services', bound: { 'filter.serviceUnitId': 'serviceUnit' } },
  ],
  MPP_DESK_SCHEDULE_READ: [
    // The mall of the token: opening hours, desks and their weekday assignments.
    { field: 'mall', bound: { id: 'mall' } },
    // The tenancy of the unit's agency in that mall, with its deskAssignments.
    { field: 'tenancies', bound: { 'filter.mallId': 'mall', 'filter.agencyId': 'agency' } },
  ],
};

/**
 * Argument names (at any depth, also inside input objects) that name a unit, mall or agency: when a
 * plugin gives one, it must be the token's.
 */
export const NAMING_ARGUMENTS: Readonly<Record<string, PluginBinding>> = {
  serviceUnitId: 'serviceUnit',
  mallId: 'mall',
  agencyId: 'agency',
};
