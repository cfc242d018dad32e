// The enums of the desk plugin contract (issue #15, types generated from the supergraph), in the order the pages list them.
import type { DeskPluginStatus, PluginPage, PluginScope, RegisterDeskPluginInput } from '../__generated__/operations';

export type { DeskPluginStatus, PluginPage, PluginScope, RegisterDeskPluginInput };

/**
 * `list` as it is, checked to name every value of the generated union `T` and nothing else: a value
 * the contract adds fails typecheck here instead of going missing from a filter or the form.
 */
function everyOf<T extends string>() {
  return <const L extends readonly T[]>(
    list: L & NoInfer<[Exclude<T, L[number]>] extends [never] ? unknown : { missing: Exclude<T, L[number]> }>,
  ) => list;
}

export const PLUGIN_PAGES = everyOf<PluginPage>()(['DESK_HOME', 'UNIT_PAGE', 'MALL_DESK']);
export const PLUGIN_SCOPES = everyOf<PluginScope>()(['UNIT_INDICATORS_READ', 'MPP_DESK_SCHEDULE_READ']);
export const DESK_PLUGIN_STATUSES = everyOf<DeskPluginStatus>()(['PENDING', 'APPROVED', 'REJECTED', 'SUSPENDED']);
