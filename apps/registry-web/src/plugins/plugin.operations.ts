import { connectionOf, gql, type NodeOf } from '@simpul/web-kit';
import type {
  DeskPluginQuery,
  DeskPluginQueryVariables,
  DeskPluginsQuery,
  DeskPluginsQueryVariables,
  PluginDeskUnitQuery,
  PluginDeskUnitQueryVariables,
  PluginLocalAdminOfQuery,
  PluginLocalAdminOfQueryVariables,
  RegisterDeskPluginMutation,
  RegisterDeskPluginMutationVariables,
  ReviewDeskPluginMutation,
  ReviewDeskPluginMutationVariables,
  SuspendDeskPluginMutation,
  SuspendDeskPluginMutationVariables,
} from '../__generated__/operations';

const ROW_FIELDS = 'id name { id en } agency { id name } version status pages submittedAt';
const DETAIL_FIELDS = `${ROW_FIELDS} entryUrl exposedModule sha256 integrity scopes submittedBy submittedByName
  history { id kind actorId actorName reason at }`;

export type DeskPluginRow = NodeOf<DeskPluginsQuery['deskPlugins']>;
export type DeskPluginDetail = NonNullable<DeskPluginQuery['deskPlugin']>;
export type DeskPluginEvent = DeskPluginDetail['history'][number];

export const DESK_PLUGINS = gql<DeskPluginsQuery, DeskPluginsQueryVariables>`
query DeskPlugins($agencyId: ID, $status: DeskPluginStatus, $first: Int, $after: String) {
  deskPlugins(agencyId: $agencyId, status: $status, first: $first, after: $after) { ${connectionOf(ROW_FIELDS)} }
}`;

export const DESK_PLUGIN = gql<DeskPluginQuery, DeskPluginQueryVariables>`
query DeskPlugin($id: ID!) { deskPlugin(id: $id) { ${DETAIL_FIELDS} } }`;

export const REGISTER_DESK_PLUGIN = gql<RegisterDeskPluginMutation, RegisterDeskPluginMutationVariables>`
mutation RegisterDeskPlugin($input: RegisterDeskPluginInput!) { registerDeskPlugin(input: $input) { ${DETAIL_FIELDS} } }`;

export const REVIEW_DESK_PLUGIN = gql<ReviewDeskPluginMutation, ReviewDeskPluginMutationVariables>`
mutation ReviewDeskPlugin($id: ID!, $decision: PluginDecision!, $reason: String) {
  reviewDeskPlugin(id: $id, decision: $decision, reason: $reason) { ${DETAIL_FIELDS} }
}`;

export const SUSPEND_DESK_PLUGIN = gql<SuspendDeskPluginMutation, SuspendDeskPluginMutationVariables>`
mutation SuspendDeskPlugin($id: ID!, $reason: String!) { suspendDeskPlugin(id: $id, reason: $reason) { ${DETAIL_FIELDS} } }`;

/** The agency a desk submits for: its unit's. */
export const PLUGIN_DESK_UNIT = gql<PluginDeskUnitQuery, PluginDeskUnitQueryVariables>`
  query PluginDeskUnit($id: ID!) {
    serviceUnit(id: $id) {
      id
      agency {
        id
        name
      }
    }
  }
`;

/** The agencies a KIPP local admin also submits for (the KIPP service keeps the appointments). */
export const PLUGIN_LOCAL_ADMIN_OF = gql<PluginLocalAdminOfQuery, PluginLocalAdminOfQueryVariables>`
  query PluginLocalAdminOf {
    myKippRoles {
      localAdminOf {
        agency {
          id
          name
        }
      }
    }
  }
`;
