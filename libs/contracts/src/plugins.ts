/**
 * Agency desk plugins (issue #15): the pages a plugin may appear on and the scopes it may ask for.
 * Shared by the registry (which stores and reviews them), the gateway (which narrows a plugin's
 * requests to its scopes) and the portal (which places plugins on pages).
 */
export const PLUGIN_PAGES = ['DESK_HOME', 'UNIT_PAGE', 'MALL_DESK'] as const;
export type PluginPage = (typeof PLUGIN_PAGES)[number];

export function isPluginPage(value: unknown): value is PluginPage {
  return typeof value === 'string' && (PLUGIN_PAGES as readonly string[]).includes(value);
}

/** Nothing else in this first version: a plugin reads, for its one unit, and never writes. */
export const PLUGIN_SCOPES = [
  /** Read its unit's indicators: IPP, IKM/SKM, Standar Pelayanan, cycle results. */
  'UNIT_INDICATORS_READ',
  /** Read the MPP desk schedule of its unit. */
  'MPP_DESK_SCHEDULE_READ',
] as const;
export type PluginScope = (typeof PLUGIN_SCOPES)[number];

export function isPluginScope(value: unknown): value is PluginScope {
  return typeof value === 'string' && (PLUGIN_SCOPES as readonly string[]).includes(value);
}
