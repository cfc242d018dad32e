import { registryDataSourceOptions } from '../registry-database';
import { PEMPROV_KALSEL, PLUGIN_FIELDS, type PluginView } from '../test-support/desk-plugins';
import { CALLERS, SAMSAT_KALSEL, startRegistry, type RegistryHarness } from '../test-support/registry-test-app';
import { DEMO_PLUGIN_ID, registerDemoPluginCommand } from './register-demo-plugin.command';

const FOR_PAGE = `query($page: PluginPage!, $unit: ID!) { pluginsFor(page: $page, serviceUnitId: $unit) { ${PLUGIN_FIELDS} } }`;

describe('register-demo-plugin: the example plugin registered and approved for SAMSAT Kalimantan Selatan', () => {
  let registry: RegistryHarness;
  const lines: string[] = [];
  const run = (...args: string[]) =>
    registerDemoPluginCommand(registryDataSourceOptions(registry.database.url), args, (line) => lines.push(line));
  const shown = async (page: string) =>
    (await registry.graphql<{ pluginsFor: PluginView[] }>(FOR_PAGE, { page, unit: SAMSAT_KALSEL }, { caller: CALLERS.deskSamsatKalsel }))
      .data!.pluginsFor;
  const counts = async () =>
    (
      await registry.sql<{ plugins: number; events: number }>(
        `SELECT (SELECT count(*)::int FROM registry.desk_plugins) AS plugins, (SELECT count(*)::int FROM registry.desk_plugin_events) AS events`,
      )
    )[0];

  beforeAll(async () => {
    registry = await startRegistry();
  });
  afterAll(() => registry?.close());

  it('registers it APPROVED on every page with both scopes, submitted and approved by "Sistem (data contoh)"', async () => {
    const sha = 'c'.repeat(64);
    expect(await run('--entry', 'http://127.0.0.1:4300/remoteEntry.js', '--sha256', sha)).toBe('registered');
    expect(lines.pop()).toContain('registered: http://127.0.0.1:4300/remoteEntry.js');
    for (const page of ['DESK_HOME', 'UNIT_PAGE', 'MALL_DESK']) {
      const plugins = await shown(page);
      expect(plugins).toHaveLength(1);
      expect(plugins[0]).toMatchObject({
        id: DEMO_PLUGIN_ID,
        agency: { id: PEMPROV_KALSEL },
        entryUrl: 'http://127.0.0.1:4300/remoteEntry.js',
        exposedModule: './Plugin',
        sha256: sha,
        status: 'APPROVED',
        pages: ['DESK_HOME', 'UNIT_PAGE', 'MALL_DESK'],
        scopes: ['UNIT_INDICATORS_READ', 'MPP_DESK_SCHEDULE_READ'],
        submittedBy: null,
        submittedByName: 'Sistem (data contoh)',
      });
      expect(plugins[0].history.map((event) => [event.kind, event.actorId, event.actorName])).toEqual([
        ['SUBMITTED', null, 'Sistem (data contoh)'],
        ['APPROVED', null, 'Sistem (data contoh)'],
      ]);
    }
  });

  it('is idempotent: the same arguments change nothing; a new entry or hash updates the one demo plugin', async () => {
    const before = await counts();
    expect(await run('--entry', 'http://127.0.0.1:4300/remoteEntry.js', '--sha256', 'C'.repeat(64))).toBe('unchanged');
    expect(await counts()).toEqual(before);

    const sha = 'd'.repeat(64);
    expect(await run('--entry=http://127.0.0.1:4301/remoteEntry.js', `--sha256=${sha}`, '--module', './TaxPlugin')).toBe('updated');
    expect(await counts()).toEqual({ plugins: before.plugins, events: before.events + 2 });
    const [plugin] = await shown('DESK_HOME');
    expect(plugin).toMatchObject({
      id: DEMO_PLUGIN_ID,
      entryUrl: 'http://127.0.0.1:4301/remoteEntry.js',
      sha256: sha,
      exposedModule: './TaxPlugin',
    });
  });

  it('refuses missing or bad arguments in one sentence, changing nothing', async () => {
    const before = await counts();
    await expect(run('--entry', 'http://127.0.0.1:4300/remoteEntry.js')).rejects.toThrow(/Usage: register-demo-plugin/);
    await expect(run('--entry', 'http://plugins.example.go.id/remoteEntry.js', '--sha256', 'e'.repeat(64))).rejects.toThrow(/https/);
    await expect(run('--entry', 'http://127.0.0.1:4300/remoteEntry.js', '--sha256', 'xyz')).rejects.toThrow(/64 hexadecimal/);
    await expect(run('--entry', 'http://127.0.0.1:4300/remoteEntry.js', '--sha256', 'e'.repeat(64), '--module', 'Plugin')).rejects.toThrow(
      /\.\//,
    );
    expect(await counts()).toEqual(before);
  });
});
