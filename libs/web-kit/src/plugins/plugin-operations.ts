import type { PluginPage } from '@simpul/contracts';
import { gql } from '../graphql/gql';
import type { HostedPlugin } from './plugin-types';

// web-kit is not a codegen client (tools/contract/clients.ts): these types are written by hand and
// the operations are still checked against the supergraph by tools/contract.

/** The approved plugins of the unit's agency for one page, when the caller may work on that unit. */
export const PLUGINS_FOR = gql<{ pluginsFor: HostedPlugin[] }, { page: PluginPage; serviceUnitId: string }>`
  query PluginsFor($page: PluginPage!, $serviceUnitId: ID!) {
    pluginsFor(page: $page, serviceUnitId: $serviceUnitId) {
      id
      name {
        id
        en
      }
      agency {
        id
      }
      entryUrl
      exposedModule
      version
      sha256
      integrity
    }
  }
`;

export interface PluginSession {
  token: string;
  expiresAt: string;
}

/**
 * A ten-minute token for one plugin on one unit, sent as `x-simpul-plugin-token`; on a MALL_DESK page
 * also naming the MPP (and desk) it runs at, which the registry checks against the agency's tenancy.
 */
export const PLUGIN_SESSION = gql<
  { pluginSession: PluginSession },
  { pluginId: string; serviceUnitId: string; mallId?: string; deskId?: string }
>`
  query PluginSession($pluginId: ID!, $serviceUnitId: ID!, $mallId: ID, $deskId: ID) {
    pluginSession(pluginId: $pluginId, serviceUnitId: $serviceUnitId, mallId: $mallId, deskId: $deskId) {
      token
      expiresAt
    }
  }
`;
