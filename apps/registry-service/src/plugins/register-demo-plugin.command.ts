import { DataSource, type DataSourceOptions } from 'typeorm';
import { one, runMigrations, SimpulError, stableId } from '@simpul/service-kit';
import type { DeskPluginRow } from './desk-plugin-rows';
import { PLUGIN_COLUMNS } from './desk-plugin-rows';
import { recordEvent, type PluginActor } from './plugins.service';
import type { PluginPage, PluginScope } from './plugin-enums';
import { checkEntryUrl, checkModule, checkSha256, checkVersion } from './plugin-input';

const USAGE = 'Usage: register-demo-plugin --entry <url> --sha256 <hex> [--module ./Plugin] [--version 1.0.0]';

/** The example plugin's one row, whatever its entry: re-running updates it instead of adding another. */
export const DEMO_PLUGIN_ID = stableId('desk-plugin', 'samsat-tax-plugin');
export const DEMO_PLUGIN_UNIT = stableId('unit', 'samsat-63');
/** Who the demo data's submission and approval are recorded as. */
export const DEMO_ACTOR: PluginActor = { id: null, name: 'Sistem (data contoh)' };

const PAGES: PluginPage[] = ['DESK_HOME', 'UNIT_PAGE', 'MALL_DESK'];
const SCOPES: PluginScope[] = ['UNIT_INDICATORS_READ', 'MPP_DESK_SCHEDULE_READ'];

function option(args: readonly string[], name: string): string | undefined {
  const index = args.indexOf(`--${name}`);
  if (index >= 0) return args[index + 1];
  return args.find((arg) => arg.startsWith(`--${name}=`))?.slice(name.length + 3);
}

function sentence(error: unknown): Error {
  return error instanceof SimpulError ? new Error(error.messages.en) : (error as Error);
}

export type DemoPluginOutcome = 'registered' | 'updated' | 'unchanged';

/**
 * `main.js register-demo-plugin --entry <url> --sha256 <hex> [--module ./Plugin] [--version 1.0.0]`:
 * registers and approves the example plugin (examples/samsat-tax-plugin) for the agency of the demo
 * unit SAMSAT Kalimantan Selatan, on every page with both scopes, recorded as done by "Sistem (data
 * contoh)". `npm start` calls it after building the example, with the hash of the file it built, so
 * the entry is not fetched here. Idempotent: the same arguments change nothing; a new entry, hash,
 * module or version updates the one demo row, re-approved, with a SUBMITTED and APPROVED event.
 */
export async function registerDemoPluginCommand(
  options: DataSourceOptions,
  args: readonly string[],
  log: (line: string) => void = console.log,
): Promise<DemoPluginOutcome> {
  const rawEntry = option(args, 'entry');
  const rawSha = option(args, 'sha256');
  if (!rawEntry || !rawSha) throw new Error(USAGE);
  let entryUrl: string;
  let sha256: string;
  let exposedModule: string;
  let version: string;
  try {
    entryUrl = checkEntryUrl(rawEntry, 'entry');
    sha256 = checkSha256(rawSha, 'sha256');
    exposedModule = checkModule(option(args, 'module') ?? './Plugin', 'module');
    version = checkVersion(option(args, 'version') ?? '1.0.0', 'version');
  } catch (error) {
    throw sentence(error);
  }

  await runMigrations(options);
  const dataSource = new DataSource(options);
  await dataSource.initialize();
  try {
    const outcome = await dataSource.transaction(async (manager): Promise<DemoPluginOutcome> => {
      await manager.query(`SELECT set_config('simpul.actor_id', '', true), set_config('simpul.actor_name', $1, true)`, [DEMO_ACTOR.name]);
      const unit = await one<{ agencyId: string }>(manager, `SELECT agency_id AS "agencyId" FROM registry.service_units WHERE id = $1`, [
        DEMO_PLUGIN_UNIT,
      ]);
      if (!unit) throw new Error('The demo unit SAMSAT Kalimantan Selatan is not in the registry: seed the demo data first (SEED_DEMO).');
      const current = await one<DeskPluginRow>(
        manager,
        `SELECT ${PLUGIN_COLUMNS} FROM registry.desk_plugins p WHERE p.id = $1 FOR UPDATE`,
        [DEMO_PLUGIN_ID],
      );
      const values = [DEMO_PLUGIN_ID, unit.agencyId, entryUrl, exposedModule, version, sha256, PAGES, SCOPES, DEMO_ACTOR.name];
      if (!current) {
        await manager.query(
          `INSERT INTO registry.desk_plugins (id, agency_id, name_id, name_en, entry_url, exposed_module, version, sha256, pages, scopes,
             status, submitted_by, submitted_by_name)
           VALUES ($1, $2, 'Estimasi Pajak Kendaraan SAMSAT', 'SAMSAT vehicle tax estimate', $3, $4, $5, $6, $7, $8, 'APPROVED', NULL, $9)`,
          values,
        );
      } else {
        const same =
          current.entryUrl === entryUrl &&
          current.sha256 === sha256 &&
          current.exposedModule === exposedModule &&
          current.version === version &&
          current.status === 'APPROVED' &&
          current.agencyId === unit.agencyId &&
          current.pages.join() === PAGES.join() &&
          current.scopes.join() === SCOPES.join();
        if (same) return 'unchanged';
        await manager.query(
          `UPDATE registry.desk_plugins SET agency_id = $2, entry_url = $3, exposed_module = $4, version = $5, sha256 = $6, pages = $7,
             scopes = $8, status = 'APPROVED', submitted_by = NULL, submitted_by_name = $9, submitted_at = now()
           WHERE id = $1`,
          values,
        );
      }
      await recordEvent(manager, DEMO_PLUGIN_ID, 'SUBMITTED', DEMO_ACTOR, null);
      await recordEvent(manager, DEMO_PLUGIN_ID, 'APPROVED', DEMO_ACTOR, null);
      return current ? 'updated' : 'registered';
    });
    log(`Demo desk plugin for SAMSAT Kalimantan Selatan ${outcome}: ${entryUrl} (${exposedModule}, sha256 ${sha256}).`);
    return outcome;
  } finally {
    await dataSource.destroy();
  }
}
