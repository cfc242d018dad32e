// The enums of the desk plugin contract (issue #15, types generated from the supergraph), in the order the pages list them.
import { everyOf } from '../shared/enums';
import type { DeskPluginStatus, PluginPage, PluginScope, RegisterDeskPluginInput } from '../__generated__/operations';

export type { DeskPluginStatus, PluginPage, PluginScope, RegisterDeskPluginInput };

export const PLUGIN_PAGES = everyOf<PluginPage>()(['DESK_HOME', 'UNIT_PAGE', 'MALL_DESK']);
export const PLUGIN_SCOPES = everyOf<PluginScope>()(['UNIT_INDICATORS_READ', 'MPP_DESK_SCHEDULE_READ']);
export const DESK_PLUGIN_STATUSES = everyOf<DeskPluginStatus>()(['PENDING', 'APPROVED', 'REJECTED', 'SUSPENDED']);
