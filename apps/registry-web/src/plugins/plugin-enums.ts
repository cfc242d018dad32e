// The enums of the desk plugin contract (issue #15), in the order the pages list them.
// Until the registry's SDL is in the supergraph these mirror the contract; then they come from the generated types.

export type PluginPage = 'DESK_HOME' | 'UNIT_PAGE' | 'MALL_DESK';
export type PluginScope = 'UNIT_INDICATORS_READ' | 'MPP_DESK_SCHEDULE_READ';
export type DeskPluginStatus = 'PENDING' | 'APPROVED' | 'REJECTED' | 'SUSPENDED';

export interface RegisterDeskPluginInput {
  agencyId: string;
  name: { id: string; en: string };
  entryUrl: string;
  exposedModule: string;
  version: string;
  sha256: string;
  pages: PluginPage[];
  scopes: PluginScope[];
}

export const PLUGIN_PAGES: readonly PluginPage[] = ['DESK_HOME', 'UNIT_PAGE', 'MALL_DESK'];
export const PLUGIN_SCOPES: readonly PluginScope[] = ['UNIT_INDICATORS_READ', 'MPP_DESK_SCHEDULE_READ'];
export const DESK_PLUGIN_STATUSES: readonly DeskPluginStatus[] = ['PENDING', 'APPROVED', 'REJECTED', 'SUSPENDED'];
