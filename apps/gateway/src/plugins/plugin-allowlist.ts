import type { PluginScope } from '@simpul/contracts';

/** What an argument must name: the token's service unit, its mall, its desk, or its unit's agency. */
export type PluginBinding = 'serviceUnit' | 'mall' | 'desk' | 'agency';

export interface AllowedRootField {
  /** A root `Query` field of the supergraph (plugin-allowlist.spec.ts checks it exists). */
  field: string;
  /**
   * Arguments that must be given and name the token's unit, mall or agency; a dotted path reaches
   * into an input object (`filter.mallId`). Without them the field would read beyond the unit.
   */
  bound: Record<string, PluginBinding>;
  /**
   * Arguments that must name the token's desk (or mall…) when the token names one, and are free when
   * it names none: a plugin given a desk reads that desk only.
   */
  boundWhenGranted?: Record<string, PluginBinding>;
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
    // The desk days of the token's mall (the MPP a MALL_DESK page runs the plugin at, checked by the
    // registry against the tenancy of the unit's agency), and of its desk when the token names one.
    // Nothing else: not the mall's documents, agreements or other tenancies. A token without a mall
    // (a unit page, a desk home) reads nothing with this scope.
    { field: 'deskDays', bound: { mallId: 'mall' }, boundWhenGranted: { deskId: 'desk' } },
  ],
};

/**
 * The object types each scope may read into below its root fields. A nested field whose type is not
 * listed (an audit log `changes`, evaluators' scores and comments, agreements, mall documents, KIPP
 * innovations…) is refused: a type added to the schema stays closed to plugins until listed here.
 */
export const PLUGIN_SCOPE_TYPES: Record<PluginScope, readonly string[]> = {
  UNIT_INDICATORS_READ: [
    // The unit and what names it.
    'ServiceUnit',
    'Agency',
    'Region',
    'ExternalIds',
    'PageInfo',
    // IPP: its results per cycle, the lokus, the computation and the gap to the next category.
    'IppResult',
    'IppCategoryInfo',
    'IppText',
    'Lokus',
    'LokusResult',
    'IppExplanation',
    'IppExplanationStep',
    'IppExplanationInput',
    'EvaluationCycle',
    'PhaseWindow',
    'SurveyStatus',
    'GapAnalysis',
    'GapStep',
    // IKM/SKM: latest, per period, published trend and follow-ups.
    'SkmLatestIkm',
    'SkmCategory',
    'SkmResultConnection',
    'SkmResultEdge',
    'SkmResult',
    'SkmIkm',
    'SkmText',
    'SkmElementResult',
    'SkmSample',
    'SkmExclusions',
    'SkmExclusionReason',
    'SkmBreakdownConnection',
    'SkmBreakdownRowEdge',
    'SkmBreakdownRow',
    'SkmPublicResults',
    'SkmPublicPeriodConnection',
    'SkmPublicPeriodEdge',
    'SkmPublicPeriod',
    'SkmFollowUpConnection',
    'SkmFollowUpEdge',
    'SkmFollowUp',
    'Desk',
    'SkmDeskIkm',
    // Services with their Standar Pelayanan.
    'ServiceConnection',
    'ServiceEdge',
    'Service',
    'StandardComponentValue',
    'StandardCompleteness',
  ],
  // Each day's desk, date, visitors and complaints; not the tenancy or services behind them.
  MPP_DESK_SCHEDULE_READ: ['DeskDayConnection', 'DeskDayEdge', 'DeskDay', 'Desk', 'PageInfo'],
};

/**
 * Fields of readable types that lead to another unit than the token's, closed whatever the scopes
 * (every other way to a ServiceUnit from an allowlisted root stays on the token's unit).
 */
export const PLUGIN_CLOSED_FIELDS: readonly string[] = ['Mall.managingUnit'];

/**
 * Argument names (at any depth, also inside input objects) that name a unit, mall or agency: when a
 * plugin gives one, it must be the token's.
 */
export const NAMING_ARGUMENTS: Readonly<Record<string, PluginBinding>> = {
  serviceUnitId: 'serviceUnit',
  mallId: 'mall',
  agencyId: 'agency',
};
