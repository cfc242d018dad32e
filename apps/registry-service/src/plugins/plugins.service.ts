import { randomUUID } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import type { Caller, Identity } from '@simpul/contracts';
import {
  badUserInput,
  conflict,
  isUuid,
  issuePluginSession,
  keysetPage,
  mapConnection,
  notFound,
  one,
  readSecret,
  requireUuid,
  rows,
  runAsActor,
  SimpulError,
  validateFirst,
  type Queryable,
  type SubgraphCallScope,
} from '@simpul/service-kit';
import { assertMayDecide, assertMaySubmitFor, assertMayWorkOnUnit, mayWorkOnUnit, type UnitOfAgency } from '../access/plugin-access';
import { MALL_DIRECTORY, type MallDirectory } from '../identity/mall-directory';
import type { DeskPlugin, DeskPluginConnection, PluginSession, RegisterDeskPluginInput } from './desk-plugin.model';
import { PLUGIN_COLUMNS, toDeskPlugin, type DeskPluginEventKind, type DeskPluginRow } from './desk-plugin-rows';
import { fetchEntryHash } from './entry-hash';
import { LOCAL_ADMIN_DIRECTORY, type LocalAdminDirectory } from './kipp-local-admins';
import type { DeskPluginStatus, PluginDecision, PluginPage } from './plugin-enums';
import { reasonOf, validatePluginInput } from './plugin-input';

/** Who acted, as an event and the plugin row record it (null id and a name for the demo data). */
export interface PluginActor {
  id: string | null;
  name: string;
}

export function actorOf(caller: Identity): PluginActor {
  return { id: caller.userId, name: caller.displayName };
}

/** Appends one history event; always inside the transaction of the change it records. */
export async function recordEvent(
  manager: Pick<EntityManager, 'query'>,
  pluginId: string,
  kind: DeskPluginEventKind,
  actor: PluginActor,
  reason: string | null,
): Promise<void> {
  await manager.query(
    `INSERT INTO registry.desk_plugin_events (id, plugin_id, kind, actor_id, actor_name, reason) VALUES ($1, $2, $3, $4, $5, $6)`,
    [randomUUID(), pluginId, kind, actor.id, actor.name, reason],
  );
}

/**
 * Agency desk plugins: registration by the agency, review by a national admin, the run-time list a
 * portal page asks for, and the plugin tokens. Every who-may rule is in access/plugin-access.ts.
 */
@Injectable()
export class PluginsService {
  constructor(
    private readonly db: DataSource,
    @Inject(MALL_DIRECTORY) private readonly malls: MallDirectory,
    @Inject(LOCAL_ADMIN_DIRECTORY) private readonly localAdmins: LocalAdminDirectory,
  ) {}

  async find(id: string, db: Queryable = this.db): Promise<DeskPlugin | null> {
    if (!isUuid(id)) return null;
    const row = await one<DeskPluginRow>(db, `SELECT ${PLUGIN_COLUMNS} FROM registry.desk_plugins p WHERE p.id = $1`, [id]);
    return row ? toDeskPlugin(row) : null;
  }

  /**
   * The agencies whose plugins the caller submits and follows: its desk's agency and its KIPP
   * local-admin agencies. The KIPP service is asked only when the desk's own agency is not already
   * the one `wanted`.
   */
  async ownAgencies(caller: Caller, scope: SubgraphCallScope, wanted?: string): Promise<Set<string>> {
    const agencies = new Set<string>();
    if (!caller) return agencies;
    if (caller.role === 'UNIT_DESK' && caller.serviceUnitId) {
      const unit = await this.unit(caller.serviceUnitId);
      if (unit) agencies.add(unit.agencyId);
    }
    if (wanted !== undefined && agencies.has(wanted)) return agencies;
    for (const agencyId of await this.localAdmins.agenciesOf(scope)) agencies.add(agencyId);
    return agencies;
  }

  async register(caller: Identity, input: RegisterDeskPluginInput, scope: SubgraphCallScope): Promise<DeskPlugin> {
    const valid = validatePluginInput(input);
    assertMaySubmitFor(caller, valid.agencyId, await this.ownAgencies(caller, scope, valid.agencyId));
    const fetched = await fetchEntryHash(valid.entryUrl);
    if (fetched !== null && fetched !== valid.sha256) {
      throw badUserInput(
        'input.sha256',
        `The entry at this address has SHA-256 ${fetched}, not the one given.`,
        `Entri di alamat ini ber-SHA-256 ${fetched}, bukan yang diisikan.`,
      );
    }
    const id = randomUUID();
    await runAsActor(this.db, caller, async (manager) => {
      await manager.query(
        `INSERT INTO registry.desk_plugins (id, agency_id, name_id, name_en, entry_url, exposed_module, version, sha256, pages, scopes,
           status, submitted_by, submitted_by_name)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, 'PENDING', $11, $12)`,
        [
          id,
          valid.agencyId,
          valid.nameId,
          valid.nameEn,
          valid.entryUrl,
          valid.exposedModule,
          valid.version,
          valid.sha256,
          valid.pages,
          valid.scopes,
          caller.userId,
          caller.displayName,
        ],
      );
      await recordEvent(manager, id, 'SUBMITTED', actorOf(caller), null);
    });
    return (await this.find(id))!;
  }

  async review(caller: Identity, id: string, decision: PluginDecision, rawReason: string | null | undefined): Promise<DeskPlugin> {
    const reason = reasonOf(rawReason, decision === 'REJECT', 'Say why the plugin is rejected.', 'Tuliskan alasan plugin ditolak.');
    return this.decide(caller, id, 'PENDING', decision === 'APPROVE' ? 'APPROVED' : 'REJECTED', reason, {
      en: 'Only a plugin waiting for review (PENDING) can be approved or rejected.',
      id: 'Hanya plugin yang menunggu tinjauan (PENDING) yang dapat disetujui atau ditolak.',
    });
  }

  async suspend(caller: Identity, id: string, rawReason: string): Promise<DeskPlugin> {
    const reason = reasonOf(rawReason, true, 'Say why the plugin is suspended.', 'Tuliskan alasan plugin ditangguhkan.');
    return this.decide(caller, id, 'APPROVED', 'SUSPENDED', reason, {
      en: 'Only an approved plugin can be suspended.',
      id: 'Hanya plugin yang sudah disetujui yang dapat ditangguhkan.',
    });
  }

  /** One decision: the state checked under a row lock, the new state and its event in one transaction. */
  private async decide(
    caller: Identity,
    id: string,
    from: DeskPluginStatus,
    to: DeskPluginStatus & DeskPluginEventKind,
    reason: string | null,
    wrongState: { en: string; id: string },
  ): Promise<DeskPlugin> {
    const pluginId = requireUuid(id, 'id');
    await runAsActor(this.db, caller, async (manager) => {
      const current = await one<DeskPluginRow>(
        manager,
        `SELECT ${PLUGIN_COLUMNS} FROM registry.desk_plugins p WHERE p.id = $1 FOR UPDATE`,
        [pluginId],
      );
      if (!current) throw notFound('There is no such plugin.', 'Plugin tidak ditemukan.', 'id');
      assertMayDecide(caller, current);
      if (current.status !== from) throw conflict(wrongState.en, wrongState.id, 'id');
      await manager.query(`UPDATE registry.desk_plugins SET status = $2 WHERE id = $1`, [pluginId, to]);
      await recordEvent(manager, pluginId, to, actorOf(caller), reason);
    });
    return (await this.find(pluginId))!;
  }

  /** The review list: a national admin sees every agency's, anyone else only their own agencies'. */
  async list(
    caller: Identity,
    scope: SubgraphCallScope,
    filter: { agencyId?: string | null; status?: DeskPluginStatus | null; first?: number | null; after?: string | null },
  ): Promise<DeskPluginConnection> {
    const size = validateFirst(filter.first);
    const conditions: string[] = [];
    const params: unknown[] = [];
    if (filter.agencyId) {
      params.push(requireUuid(filter.agencyId, 'agencyId'));
      conditions.push(`p.agency_id = $${params.length}`);
    }
    if (caller.role !== 'NATIONAL_ADMIN') {
      const wanted = filter.agencyId ? (params[0] as string) : undefined;
      const own = await this.ownAgencies(caller, scope, wanted);
      if (wanted ? !own.has(wanted) : own.size === 0) {
        throw new SimpulError(
          'FORBIDDEN',
          { en: 'You may only list the plugins of your own agency.', id: 'Anda hanya dapat melihat plugin instansi Anda sendiri.' },
          'agencyId',
        );
      }
      params.push([...own]);
      conditions.push(`p.agency_id = ANY($${params.length}::uuid[])`);
    }
    if (filter.status) {
      params.push(filter.status);
      conditions.push(`p.status = $${params.length}`);
    }
    const page = await keysetPage<DeskPluginRow>(this.db, {
      columns: PLUGIN_COLUMNS,
      from: 'registry.desk_plugins p',
      where: conditions.length ? conditions.join(' AND ') : 'TRUE',
      params,
      keys: [
        { sql: 'p.submitted_at', type: 'timestamptz' },
        { sql: 'p.id', type: 'uuid' },
      ],
      direction: 'DESC',
      first: size,
      after: filter.after,
    });
    return mapConnection(page, toDeskPlugin);
  }

  /** One plugin, to a national admin or the people of its agency; null for anyone else. */
  async visible(caller: Caller, id: string, scope: SubgraphCallScope): Promise<DeskPlugin | null> {
    if (!caller) return null;
    const plugin = await this.find(id);
    if (!plugin || caller.role === 'NATIONAL_ADMIN') return plugin;
    return (await this.ownAgencies(caller, scope, plugin.agencyId)).has(plugin.agencyId) ? plugin : null;
  }

  /** The APPROVED plugins of the unit's agency for a page, to someone who works on that unit. */
  async pluginsFor(caller: Identity, page: PluginPage, serviceUnitId: string, scope: SubgraphCallScope): Promise<DeskPlugin[]> {
    const unit = await this.workableUnit(caller, serviceUnitId, scope);
    const found = await rows<DeskPluginRow>(
      this.db,
      `SELECT ${PLUGIN_COLUMNS} FROM registry.desk_plugins p
       WHERE p.agency_id = $1 AND p.status = 'APPROVED' AND $2 = ANY(p.pages) ORDER BY p.submitted_at, p.id`,
      [unit.agencyId, page],
    );
    return found.map(toDeskPlugin);
  }

  /**
   * A plugin token for one APPROVED plugin on one unit of its agency, for someone who works on that
   * unit. `place` is the MPP (and desk) a MALL_DESK page runs it at: the unit's agency must be a
   * tenant there (and the desk one of its tenancy's), as the MPP service shows it to the caller.
   */
  async session(
    caller: Identity,
    pluginId: string,
    serviceUnitId: string,
    place: { mallId?: string | null; deskId?: string | null },
    scope: SubgraphCallScope,
  ): Promise<PluginSession> {
    const plugin = await this.find(requireUuid(pluginId, 'pluginId'));
    if (!plugin) throw notFound('There is no such plugin.', 'Plugin tidak ditemukan.', 'pluginId');
    if (plugin.status !== 'APPROVED') {
      throw new SimpulError(
        'FORBIDDEN',
        { en: 'Only an approved plugin may run.', id: 'Hanya plugin yang sudah disetujui yang dapat dijalankan.' },
        'pluginId',
      );
    }
    const unit = await this.workableUnit(caller, serviceUnitId, scope);
    if (unit.agencyId !== plugin.agencyId) {
      throw new SimpulError(
        'FORBIDDEN',
        { en: 'This plugin belongs to another agency than this unit.', id: 'Plugin ini milik instansi lain, bukan instansi unit ini.' },
        'serviceUnitId',
      );
    }
    const { mallId, deskId } = await this.placeOf(caller, unit, place, scope);
    return issuePluginSession(
      {
        pluginId: plugin.id,
        userId: caller.userId,
        serviceUnitId: unit.id,
        agencyId: unit.agencyId,
        mallId,
        deskId,
        scopes: plugin.scopes,
      },
      readSecret('JWT_SECRET'),
    );
  }

  /**
   * The mall and desk a plugin token names. Without a mall asked for, the operator's own mall (where
   * mayWorkOnUnit found the agency a tenant) or none, and no desk. A mall asked for must hold an open
   * tenancy of the unit's agency; a desk, be assigned to that tenancy; an operator names only their mall.
   */
  private async placeOf(
    caller: Identity,
    unit: UnitOfAgency,
    place: { mallId?: string | null; deskId?: string | null },
    scope: SubgraphCallScope,
  ): Promise<{ mallId: string | null; deskId: string | null }> {
    if (!place.mallId) {
      if (place.deskId) throw badUserInput('deskId', 'A desk is named with its MPP (mallId).', 'Gerai disebut bersama MPP-nya (mallId).');
      return { mallId: caller.mallId ?? null, deskId: null };
    }
    const mallId = requireUuid(place.mallId, 'mallId');
    const deskId = place.deskId ? requireUuid(place.deskId, 'deskId') : null;
    if (caller.role === 'MPP_OPERATOR' && caller.mallId !== mallId) {
      throw new SimpulError(
        'FORBIDDEN',
        { en: 'You may run plugins only at your own MPP.', id: 'Anda hanya dapat menjalankan plugin di MPP Anda sendiri.' },
        'mallId',
      );
    }
    const desks = await this.malls.tenancyDesks(mallId, unit.agencyId, scope);
    if (!desks) {
      throw new SimpulError(
        'FORBIDDEN',
        {
          en: "This unit's agency is not a tenant of that MPP.",
          id: 'Instansi unit ini tidak tergabung di MPP tersebut.',
        },
        'mallId',
      );
    }
    if (deskId && !desks.has(deskId)) {
      throw new SimpulError(
        'FORBIDDEN',
        {
          en: "That desk is not assigned to this unit's agency at the MPP.",
          id: 'Gerai tersebut tidak ditetapkan untuk instansi unit ini di MPP itu.',
        },
        'deskId',
      );
    }
    return { mallId, deskId };
  }

  /** The origins (scheme://host:port) of APPROVED plugins' entries, for the portal's Content-Security-Policy. */
  async approvedOrigins(): Promise<string[]> {
    const found = await rows<{ entryUrl: string }>(
      this.db,
      `SELECT DISTINCT entry_url AS "entryUrl" FROM registry.desk_plugins WHERE status = 'APPROVED'`,
    );
    return [...new Set(found.map((row) => new URL(row.entryUrl).origin))].sort();
  }

  async state(id: string): Promise<{ status: DeskPluginStatus } | null> {
    const plugin = await this.find(id);
    return plugin ? { status: plugin.status } : null;
  }

  private async unit(id: string): Promise<UnitOfAgency | null> {
    if (!isUuid(id)) return null;
    return one<UnitOfAgency>(
      this.db,
      `SELECT id, agency_id AS "agencyId" FROM registry.service_units WHERE id = $1 AND archived_at IS NULL`,
      [id],
    );
  }

  private async workableUnit(caller: Identity, serviceUnitId: string, scope: SubgraphCallScope): Promise<UnitOfAgency> {
    const unit = await this.unit(requireUuid(serviceUnitId, 'serviceUnitId'));
    if (!unit) throw notFound('There is no such service unit.', 'Unit pelayanan tidak ditemukan.', 'serviceUnitId');
    assertMayWorkOnUnit(await mayWorkOnUnit(caller, unit, (mallId) => this.malls.tenantAgencies(mallId, scope)));
    return unit;
  }
}
