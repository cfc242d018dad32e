import { randomUUID } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import {
  badUserInput,
  notFound,
  requireRole,
  type Connection,
  type SubgraphContext,
  one,
  rows,
  type Queryable,
  conflict,
  isUuid,
  keysetPage,
  mapConnection,
  validateFirst,
  emptyConnection,
} from '@simpul/service-kit';
import { KippPanel } from '../access/kipp-roles.model';
import { CompetitionService } from '../competitions/competition.service';
import { Stage } from '../competitions/stage.enum';
import { agencyRef } from '../federation/registry-refs';
import { UNIT_DIRECTORY, type UnitDirectory, type UserFacts } from '../registry/unit-directory';
import {
  AppointmentAction,
  AppointmentEvent,
  AppointmentRole,
  LocalAdmin,
  PanelMember,
  type LocalAdminInput,
  type PanelMemberInput,
} from './appointment.model';

interface LocalAdminRow {
  user_id: string;
  display_name: string;
  agency_id: string;
  appointed_at: Date;
}
interface PanelMemberRow {
  competition_id: string;
  user_id: string;
  display_name: string;
  panel: 'TE' | 'TPI';
  agency_id: string | null;
  assignments: number;
  appointed_at: Date;
}
interface EventRow {
  id: string;
  role: AppointmentRole;
  action: AppointmentAction;
  user_id: string;
  display_name: string;
  agency_id: string | null;
  competition_id: string | null;
  actor_id: string;
  actor_name: string;
  at: Date;
}

const toLocalAdmin = (row: LocalAdminRow): LocalAdmin => ({
  userId: row.user_id,
  displayName: row.display_name,
  agency: agencyRef(row.agency_id),
  appointedAt: row.appointed_at,
});
const toMember = (row: PanelMemberRow): PanelMember => ({
  competitionId: row.competition_id,
  userId: row.user_id,
  displayName: row.display_name,
  panel: row.panel === 'TE' ? KippPanel.TE : KippPanel.TPI,
  agency: row.agency_id ? agencyRef(row.agency_id) : null,
  assignments: row.assignments,
  appointedAt: row.appointed_at,
});
const toEvent = (row: EventRow): AppointmentEvent => ({
  id: row.id,
  role: row.role,
  action: row.action,
  userId: row.user_id,
  displayName: row.display_name,
  agency: row.agency_id ? agencyRef(row.agency_id) : null,
  competitionId: row.competition_id,
  actorId: row.actor_id,
  actorName: row.actor_name,
  at: row.at,
});

const MEMBER_COLUMNS = `m.competition_id, m.user_id, e.display_name, m.panel, e.agency_id, m.appointed_at,
    (SELECT count(*)::int FROM kipp.assignments a JOIN kipp.proposals p ON p.id = a.proposal_id WHERE a.evaluator_id = m.user_id AND p.competition_id = m.competition_id) AS assignments`;
const MEMBER_FROM = 'kipp.panel_members m JOIN kipp.evaluator_profiles e ON e.user_id = m.user_id';
const MEMBER_SELECT = `SELECT ${MEMBER_COLUMNS} FROM ${MEMBER_FROM}`;

/**
 * KIPP appointments, kept by the KIPP service and administered by the national admin in the portal:
 * local admins per agency and Tim Evaluasi / panel (TPI) members per competition, each bound to a
 * user the registry knows. Every appointment and revocation is written to `appointment_events`
 * with who did it and when, in the same transaction; appointing someone already appointed changes
 * nothing and records nothing.
 */
@Injectable()
export class AppointmentService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly competitions: CompetitionService,
    @Inject(UNIT_DIRECTORY) private readonly directory: UnitDirectory,
  ) {}

  private async registryUser(context: SubgraphContext, userId: string): Promise<UserFacts> {
    const user = isUuid(userId) ? await this.directory.user(userId, context) : null;
    if (!user) throw notFound('No registry user has this id.', 'Pengguna dengan ID ini tidak ada di registri.', 'userId');
    return user;
  }

  private async requireAgency(context: SubgraphContext, agencyId: string, field: string): Promise<void> {
    const exists = isUuid(agencyId) ? await this.directory.agencyExists(agencyId, context) : false;
    if (!exists) throw notFound('No agency has this id.', 'Instansi dengan ID ini tidak ditemukan.', field);
  }

  private async record(
    db: Queryable,
    context: SubgraphContext,
    event: Omit<EventRow, 'id' | 'actor_id' | 'actor_name' | 'at'>,
  ): Promise<AppointmentEvent> {
    const caller = context.caller as NonNullable<SubgraphContext['caller']>;
    const [row] = await rows<EventRow>(
      db,
      `INSERT INTO kipp.appointment_events (id, role, action, user_id, display_name, agency_id, competition_id, actor_id, actor_name)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9) RETURNING *`,
      [
        randomUUID(),
        event.role,
        event.action,
        event.user_id,
        event.display_name,
        event.agency_id,
        event.competition_id,
        caller.userId,
        caller.displayName,
      ],
    );
    return toEvent(row);
  }

  async appointLocalAdmin(context: SubgraphContext, input: LocalAdminInput): Promise<LocalAdmin> {
    requireRole(context.caller, 'NATIONAL_ADMIN');
    const user = await this.registryUser(context, input.userId);
    await this.requireAgency(context, input.agencyId, 'agencyId');
    return this.dataSource.transaction(async (manager) => {
      const [created] = await rows<LocalAdminRow>(
        manager,
        `INSERT INTO kipp.local_admins (user_id, agency_id, display_name, appointed_by) VALUES ($1, $2, $3, $4) ON CONFLICT DO NOTHING RETURNING *`,
        [user.id, input.agencyId, user.displayName, context.caller?.userId],
      );
      if (created)
        await this.record(manager, context, {
          role: AppointmentRole.LOCAL_ADMIN,
          action: AppointmentAction.APPOINTED,
          user_id: user.id,
          display_name: user.displayName,
          agency_id: input.agencyId,
          competition_id: null,
        });
      return toLocalAdmin(
        created ??
          ((await one<LocalAdminRow>(manager, `SELECT * FROM kipp.local_admins WHERE user_id = $1 AND agency_id = $2`, [
            user.id,
            input.agencyId,
          ])) as LocalAdminRow),
      );
    });
  }

  async revokeLocalAdmin(context: SubgraphContext, input: LocalAdminInput): Promise<AppointmentEvent> {
    requireRole(context.caller, 'NATIONAL_ADMIN');
    return this.dataSource.transaction(async (manager) => {
      const [removed] =
        isUuid(input.userId) && isUuid(input.agencyId)
          ? await rows<LocalAdminRow>(manager, `DELETE FROM kipp.local_admins WHERE user_id = $1 AND agency_id = $2 RETURNING *`, [
              input.userId,
              input.agencyId,
            ])
          : [];
      if (!removed)
        throw notFound('This person is not a local admin of this agency.', 'Orang ini bukan admin lokal instansi tersebut.', 'userId');
      return this.record(manager, context, {
        role: AppointmentRole.LOCAL_ADMIN,
        action: AppointmentAction.REVOKED,
        user_id: removed.user_id,
        display_name: removed.display_name,
        agency_id: removed.agency_id,
        competition_id: null,
      });
    });
  }

  async appointPanelMember(context: SubgraphContext, input: PanelMemberInput): Promise<PanelMember> {
    requireRole(context.caller, 'NATIONAL_ADMIN');
    const user = await this.registryUser(context, input.userId);
    if (user.role !== 'EVALUATOR') {
      throw badUserInput(
        'userId',
        'Only evaluator accounts sit on the Tim Evaluasi or the panel; change the person’s role in the registry first.',
        'Hanya akun penilai (EVALUATOR) yang dapat menjadi anggota Tim Evaluasi atau panel; ubah dahulu peran orang ini di registri.',
      );
    }
    if (input.agencyId) await this.requireAgency(context, input.agencyId, 'agencyId');
    return this.dataSource.transaction(async (manager) => {
      const competition = await this.competitions.require(manager, input.competitionId);
      const final = await this.competitions.stage(manager, competition.id, Stage.TOP45);
      if (final.decided_at)
        throw conflict(
          'This competition is decided; its teams can no longer change.',
          'Kompetisi ini sudah diputuskan; timnya tidak dapat diubah lagi.',
          'competitionId',
        );
      const current = await one<{ panel: KippPanel }>(
        manager,
        `SELECT panel FROM kipp.panel_members WHERE competition_id = $1 AND user_id = $2 FOR UPDATE`,
        [competition.id, user.id],
      );
      if (current && current.panel !== input.panel) {
        throw conflict(
          `This person is already on the ${current.panel === KippPanel.TE ? 'Tim Evaluasi' : 'panel (TPI)'} of this competition; revoke that first.`,
          `Orang ini sudah menjadi anggota ${current.panel === KippPanel.TE ? 'Tim Evaluasi' : 'TPI'} kompetisi ini; cabut dahulu penunjukan itu.`,
          'panel',
        );
      }
      await manager.query(
        `INSERT INTO kipp.evaluator_profiles (user_id, display_name, agency_id, panel) VALUES ($1, $2, $3, $4)
         ON CONFLICT (user_id) DO UPDATE SET display_name = excluded.display_name, agency_id = coalesce(excluded.agency_id, kipp.evaluator_profiles.agency_id), panel = excluded.panel`,
        [user.id, user.displayName, input.agencyId ?? null, input.panel],
      );
      if (!current) {
        await manager.query(`INSERT INTO kipp.panel_members (competition_id, user_id, panel, appointed_by) VALUES ($1, $2, $3, $4)`, [
          competition.id,
          user.id,
          input.panel,
          context.caller?.userId,
        ]);
        await this.record(manager, context, {
          role: input.panel === KippPanel.TE ? AppointmentRole.TE : AppointmentRole.TPI,
          action: AppointmentAction.APPOINTED,
          user_id: user.id,
          display_name: user.displayName,
          agency_id: input.agencyId ?? null,
          competition_id: competition.id,
        });
      }
      return toMember(
        (await one<PanelMemberRow>(manager, `${MEMBER_SELECT} WHERE m.competition_id = $1 AND m.user_id = $2`, [
          competition.id,
          user.id,
        ])) as PanelMemberRow,
      );
    });
  }

  /** Refused while the member has proposals assigned in the competition: their work would be orphaned. */
  async revokePanelMember(context: SubgraphContext, competitionId: string, userId: string): Promise<AppointmentEvent> {
    requireRole(context.caller, 'NATIONAL_ADMIN');
    return this.dataSource.transaction(async (manager) => {
      const member =
        isUuid(competitionId) && isUuid(userId)
          ? await one<PanelMemberRow>(manager, `${MEMBER_SELECT} WHERE m.competition_id = $1 AND m.user_id = $2 FOR UPDATE OF m`, [
              competitionId,
              userId,
            ])
          : null;
      if (!member)
        throw notFound('This person is not on this competition’s teams.', 'Orang ini bukan anggota tim kompetisi ini.', 'userId');
      const work = await one<{ n: number }>(
        manager,
        `SELECT (SELECT count(*)::int FROM kipp.assignments a JOIN kipp.proposals p ON p.id = a.proposal_id WHERE a.evaluator_id = $2 AND p.competition_id = $1)
              + (SELECT count(*)::int FROM kipp.scores s JOIN kipp.proposals p ON p.id = s.proposal_id WHERE s.evaluator_id = $2 AND p.competition_id = $1) AS n`,
        [competitionId, userId],
      );
      if (work?.n) {
        throw conflict(
          `This member already has ${work.n} assigned proposals or scores in this competition and stays on the record.`,
          `Anggota ini sudah memiliki ${work.n} penugasan atau nilai pada kompetisi ini sehingga tetap tercatat.`,
          'userId',
        );
      }
      await manager.query(`DELETE FROM kipp.panel_members WHERE competition_id = $1 AND user_id = $2`, [competitionId, userId]);
      return this.record(manager, context, {
        role: member.panel === 'TE' ? AppointmentRole.TE : AppointmentRole.TPI,
        action: AppointmentAction.REVOKED,
        user_id: userId,
        display_name: member.display_name,
        agency_id: member.agency_id,
        competition_id: competitionId,
      });
    });
  }

  async localAdmins(
    context: SubgraphContext,
    agencyId: string | null | undefined,
    first?: number | null,
    after?: string | null,
  ): Promise<Connection<LocalAdmin>> {
    requireRole(context.caller, 'NATIONAL_ADMIN');
    const size = validateFirst(first);
    if (agencyId && !isUuid(agencyId)) return emptyConnection();
    const page = await keysetPage<LocalAdminRow>(this.dataSource, {
      columns: '*',
      from: 'kipp.local_admins',
      where: `($1::uuid IS NULL OR agency_id = $1)`,
      params: [agencyId ?? null],
      keys: [
        { sql: 'display_name', type: 'text' },
        { sql: 'user_id', type: 'uuid' },
        { sql: 'agency_id', type: 'uuid' },
      ],
      direction: 'ASC',
      first: size,
      after,
    });
    return mapConnection(page, toLocalAdmin);
  }

  async panelMembers(
    context: SubgraphContext,
    competitionId: string,
    panel: KippPanel | null | undefined,
    first?: number | null,
    after?: string | null,
  ): Promise<Connection<PanelMember>> {
    requireRole(context.caller, 'NATIONAL_ADMIN');
    const size = validateFirst(first);
    const competition = await this.competitions.require(this.dataSource, competitionId);
    const page = await keysetPage<PanelMemberRow>(this.dataSource, {
      columns: MEMBER_COLUMNS,
      from: MEMBER_FROM,
      where: `m.competition_id = $1 AND ($2::text IS NULL OR m.panel = $2)`,
      params: [competition.id, panel ?? null],
      keys: [
        { sql: 'm.panel', type: 'text' },
        { sql: 'e.display_name', type: 'text' },
        { sql: 'm.user_id', type: 'uuid' },
      ],
      direction: 'ASC',
      first: size,
      after,
    });
    return mapConnection(page, toMember);
  }

  async events(
    context: SubgraphContext,
    competitionId: string | null | undefined,
    first?: number | null,
    after?: string | null,
  ): Promise<Connection<AppointmentEvent>> {
    requireRole(context.caller, 'NATIONAL_ADMIN');
    const size = validateFirst(first);
    if (competitionId && !isUuid(competitionId)) return emptyConnection();
    const page = await keysetPage<EventRow>(this.dataSource, {
      // A competition's history includes the agency appointments, which belong to no competition.
      columns: '*',
      from: 'kipp.appointment_events',
      where: `($1::uuid IS NULL OR competition_id = $1 OR competition_id IS NULL)`,
      params: [competitionId ?? null],
      keys: [
        { sql: 'at', type: 'timestamptz' },
        { sql: 'id', type: 'uuid' },
      ],
      direction: 'DESC',
      first: size,
      after,
    });
    return mapConnection(page, toEvent);
  }
}
