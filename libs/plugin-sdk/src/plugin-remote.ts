/**
 * How the portal finds a plugin's Module Federation container. A `remoteEntry.js` loaded by a script
 * tag assigns its container to a global variable; the portal must know that variable's name. The
 * plugin does not know its registry id when it is built, and two plugins must never share a name, so
 * the name is derived from the entry URL, which both sides know: the plugin builds for its
 * `publicPath` (rspack.mjs `pluginRemoteConfig`), and the registry stores the same URL.
 *
 * `https://pajak.example.go.id/plugins/samsat/remoteEntry.js` → `simpul_plugin_pajak_example_go_id_plugins_samsat_remoteEntry_js`.
 * The scheme, query and fragment do not count; host (with port) and path do.
 */
export function pluginContainerName(entryUrl: string): string {
  const url = new URL(entryUrl);
  return `simpul_plugin_${`${url.host}${url.pathname}`.replace(/[^A-Za-z0-9]/g, '_')}`;
}

/**
 * How the portal loads an approved plugin's container (apps/portal/src/remote-container.ts): its own name
 * (`plugin_<id without dashes>`), the entry URL, and the global its container is assigned to.
 */
export function pluginRemote(plugin: { id: string; entryUrl: string }): { name: string; entry: string; entryGlobalName: string } {
  return { name: `plugin_${plugin.id.replace(/-/g, '')}`, entry: plugin.entryUrl, entryGlobalName: pluginContainerName(plugin.entryUrl) };
}
