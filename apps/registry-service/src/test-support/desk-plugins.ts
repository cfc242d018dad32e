import { createHash } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Identity } from '@simpul/contracts';
import { stableId } from '@simpul/service-kit';
import type { GraphQLResponse } from '@simpul/service-kit/testing';
import type { RegistryHarness } from './registry-test-app';

export const PEMPROV_KALSEL = stableId('agency', 'pemprov-63');
export const PEMPROV_KALTENG = stableId('agency', 'pemprov-62');

export const PLUGIN_FIELDS = `id name { id en } agency { id } entryUrl exposedModule version sha256 integrity pages scopes status
  submittedBy submittedByName submittedAt history { kind actorId actorName reason at }`;

export const REGISTER = `mutation($input: RegisterDeskPluginInput!) { registerDeskPlugin(input: $input) { ${PLUGIN_FIELDS} } }`;
export const REVIEW = `mutation($id: ID!, $decision: PluginDecision!, $reason: String) {
  reviewDeskPlugin(id: $id, decision: $decision, reason: $reason) { ${PLUGIN_FIELDS} } }`;
export const SUSPEND = `mutation($id: ID!, $reason: String!) { suspendDeskPlugin(id: $id, reason: $reason) { ${PLUGIN_FIELDS} } }`;

export interface PluginView {
  id: string;
  name: { id: string; en: string };
  agency: { id: string };
  entryUrl: string;
  exposedModule: string;
  version: string;
  sha256: string;
  integrity: string;
  pages: string[];
  scopes: string[];
  status: string;
  submittedBy: string | null;
  submittedByName: string | null;
  history: { kind: string; actorId: string | null; actorName: string | null; reason: string | null }[];
}

export const sha256Hex = (text: string) => createHash('sha256').update(text).digest('hex');

/** A valid registration for Pemprov Kalimantan Selatan; `overrides` replace single fields. */
export function pluginInput(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    agencyId: PEMPROV_KALSEL,
    name: { id: 'Estimasi Pajak Kendaraan', en: 'Vehicle tax estimate' },
    // An address nothing listens on: the registry cannot read it, so only the browser's SRI checks it.
    entryUrl: 'https://127.0.0.1:9/samsat/remoteEntry.js',
    exposedModule: './Plugin',
    version: '1.0.0',
    sha256: 'a'.repeat(64),
    pages: ['DESK_HOME', 'UNIT_PAGE'],
    scopes: ['UNIT_INDICATORS_READ'],
    ...overrides,
  };
}

/** The first error's code and field, for refusals. */
export function refusal(result: GraphQLResponse<unknown>): { code: unknown; field: unknown; id: unknown; en: unknown } {
  const extensions = result.errors?.[0]?.extensions as { code?: string; field?: string; messages?: { id: string; en: string } } | undefined;
  return { code: extensions?.code, field: extensions?.field, id: extensions?.messages?.id, en: extensions?.messages?.en };
}

export async function register(registry: RegistryHarness, caller: Identity, overrides: Record<string, unknown> = {}): Promise<PluginView> {
  const result = await registry.graphql<{ registerDeskPlugin: PluginView }>(REGISTER, { input: pluginInput(overrides) }, { caller });
  if (result.errors) throw new Error(JSON.stringify(result.errors));
  return result.data!.registerDeskPlugin;
}

export async function review(
  registry: RegistryHarness,
  caller: Identity,
  id: string,
  decision: 'APPROVE' | 'REJECT',
  reason?: string,
): Promise<GraphQLResponse<{ reviewDeskPlugin: PluginView }>> {
  return registry.graphql<{ reviewDeskPlugin: PluginView }>(REVIEW, { id, decision, reason }, { caller });
}

/** How many plugins and events are stored, to prove a refusal stored nothing. */
export async function storedCounts(registry: RegistryHarness): Promise<{ plugins: number; events: number }> {
  const [row] = await registry.sql<{ plugins: number; events: number }>(
    `SELECT (SELECT count(*)::int FROM registry.desk_plugins) AS plugins, (SELECT count(*)::int FROM registry.desk_plugin_events) AS events`,
  );
  return row;
}

/** A remote entry served on loopback, as an agency's developer serves one while building. */
export interface EntryServer {
  url: string;
  body: string;
  close(): Promise<void>;
}

export async function serveEntry(body: string): Promise<EntryServer> {
  const server: Server = createServer((_req, res) => {
    res.writeHead(200, { 'content-type': 'text/javascript' });
    res.end(body);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/remoteEntry.js`,
    body,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
