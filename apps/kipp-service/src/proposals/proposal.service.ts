import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import {
  badUserInput,
  forbidden,
  notFound,
  requireSignedIn,
  type Connection,
  type SubgraphContext,
  Clock,
  one,
  rows,
  type Queryable,
  conflict,
  groupBy,
  requestLoader,
  isUuid,
  keysetPage,
  mapConnection,
  validateFirst,
  emptyConnection,
} from '@simpul/service-kit';
import { KippAccess } from '../access/kipp-access';
import { recordDecisions, requireReason } from '../common/decision-log';
import { CompetitionService } from '../competitions/competition.service';
import { eligibilityProblems, type EligibilityReason } from '../competitions/eligibility-rules';
import { dayInWords } from '../competitions/stage-names';
import { Stage } from '../competitions/stage.enum';
import { IneligibleProposalError } from './ineligible.error';
import { ALL_SECTIONS, MAX_SECTION_LENGTH, missingSections, toSections, type SectionsData } from './proposal-sections';
import { toAttachment, type AttachmentRow } from '../attachments/attachment.row';
import type { CreateProposalInput, ProposalFilter, SaveProposalInput } from './proposal.input';
import { DeskNotification, Proposal, ProposalAttachment, ProposalVersion, StuckDrafts } from './proposal.model';
import { PROPOSAL_COLUMNS, toProposal, type ProposalRow } from './proposal.row';
import { ProposalStatus } from './proposal-status.enum';

const DATE = /^\d{4}-\d{2}-\d{2}$/;
const URL = /^https?:\/\/\S+$/;

function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}

function cleanSections(input: object | null | undefined, current: SectionsData = {}): SectionsData {
  const next: SectionsData = { ...current };
  if (!input) return next;
  for (const key of ALL_SECTIONS) {
    const value = (input as SectionsData)[key];
    if (value === undefined) continue;
    if (value !== null && value.length > MAX_SECTION_LENGTH) {
      throw badUserInput(
        `sections.${key}`,
        `A section may hold at most ${MAX_SECTION_LENGTH} characters.`,
        `Satu bagian paling banyak ${MAX_SECTION_LENGTH} karakter.`,
      );
    }
    next[key] = value === null ? null : value;
  }
  return next;
}

function checkVideoUrl(url: string | null | undefined): string | null {
  if (url === undefined || url === null || url.trim() === '') return null;
  if (!URL.test(url.trim()))
    throw badUserInput('videoUrl', 'The video link must be an http(s) address.', 'Tautan video harus alamat http(s).');
  return url.trim();
}

@Injectable()
export class ProposalService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly clock: Clock,
    private readonly access: KippAccess,
    private readonly competitions: CompetitionService,
  ) {}

  /** The proposal locked for change, or NOT_FOUND. */
  async lock(db: Queryable, id: string, field = 'id'): Promise<ProposalRow> {
    const row = isUuid(id)
      ? await one<ProposalRow>(db, `SELECT ${PROPOSAL_COLUMNS} FROM kipp.proposals p WHERE p.id = $1 FOR UPDATE OF p`, [id])
      : null;
    if (!row) throw notFound('No such proposal.', 'Proposal tidak ditemukan.', field);
    return row;
  }

  loader(context: SubgraphContext) {
    return requestLoader(
      context,
      'kipp:proposal',
      async (ids) => {
        const found = await rows<ProposalRow>(
          this.dataSource,
          `SELECT ${PROPOSAL_COLUMNS} FROM kipp.proposals p WHERE p.id = ANY($1::uuid[])`,
          [ids.filter(isUuid)],
        );
        return new Map(found.map((row) => [row.id, toProposal(row)]));
      },
      null as Proposal | null,
    );
  }

  async requireDraftEditor(context: SubgraphContext, row: ProposalRow): Promise<void> {
    const caller = context.caller;
    requireSignedIn(caller);
    if (caller.role === 'UNIT_DESK' && caller.serviceUnitId === row.service_unit_id) return;
    await this.access.requireSharedDraftAdmin(context, row);
  }

  private async sourceOf(db: Queryable, id: string | null | undefined): Promise<{ id: string; award: string; agency_id: string } | null> {
    if (!id) return null;
    const source = isUuid(id)
      ? await one<{ id: string; award: string; agency_id: string }>(db, `SELECT id, award, agency_id FROM kipp.innovations WHERE id = $1`, [
          id,
        ])
      : null;
    if (!source) throw notFound('No such catalogued innovation.', 'Inovasi tidak ada di katalog.', 'sourceInnovationId');
    return source;
  }

  async create(context: SubgraphContext, input: CreateProposalInput): Promise<Proposal> {
    const unit = await this.access.deskUnit(context);
    const caller = context.caller as NonNullable<typeof context.caller>;
    const title = input.title.trim();
    if (!title) throw badUserInput('title', 'Give the innovation a title.', 'Beri judul inovasi.');
    if (!DATE.test(input.innovationStartedOn))
      throw badUserInput('innovationStartedOn', 'Give the start date as YYYY-MM-DD.', 'Isi tanggal mulai dengan format YYYY-MM-DD.');
    const sections = cleanSections(input.sections);
    const videoUrl = checkVideoUrl(input.videoUrl);
    const id = randomUUID();
    await this.dataSource.transaction(async (manager) => {
      const competition = await this.competitions.require(manager, input.competitionId);
      if (!competition.categories.includes(input.category)) {
        throw badUserInput(
          'category',
          `Choose one of the categories: ${competition.categories.join(', ')}.`,
          `Pilih salah satu kategori: ${competition.categories.join(', ')}.`,
        );
      }
      const registration = await this.competitions.stage(manager, competition.id, Stage.REGISTRATION);
      this.competitions.requireUndecided(registration);
      this.competitions.requireWithinWindow(registration);
      await this.sourceOf(manager, input.sourceInnovationId);
      await manager.query(
        `INSERT INTO kipp.proposals (id, competition_id, service_unit_id, agency_id, agency_type, region_code, province_code, group_code, category, title,
           innovation_started_on, source_innovation_id, sections, video_url, status, created_by)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, 'DRAFT', $15)`,
        [
          id,
          competition.id,
          unit.unitId,
          unit.agencyId,
          unit.agencyType,
          unit.regionCode,
          unit.provinceCode,
          input.group,
          input.category,
          title,
          input.innovationStartedOn,
          input.sourceInnovationId ?? null,
          JSON.stringify(sections),
          videoUrl,
          caller.userId,
        ],
      );
      await manager.query(
        `INSERT INTO kipp.proposal_versions (proposal_id, version, title, sections, saved_by) VALUES ($1, 1, $2, $3, $4)`,
        [id, title, JSON.stringify(sections), caller.userId],
      );
    });
    return toProposal(await this.lock(this.dataSource, id));
  }

  async save(context: SubgraphContext, input: SaveProposalInput): Promise<Proposal> {
    return this.dataSource.transaction(async (manager) => {
      const row = await this.lock(manager, input.id);
      await this.requireDraftEditor(context, row);
      if (row.status !== ProposalStatus.DRAFT) throw conflict('Only drafts can be edited.', 'Hanya draf yang dapat diubah.', 'id');
      if (row.version !== input.expectedVersion) {
        throw conflict(
          `The draft was saved by someone else (version ${row.version}); reload it first.`,
          `Draf sudah disimpan orang lain (versi ${row.version}); muat ulang dahulu.`,
          'expectedVersion',
        );
      }
      const competition = await this.competitions.require(manager, row.competition_id);
      if (input.category && !competition.categories.includes(input.category))
        throw badUserInput('category', 'Unknown category.', 'Kategori tidak dikenal.');
      if (input.innovationStartedOn && !DATE.test(input.innovationStartedOn))
        throw badUserInput('innovationStartedOn', 'Give the start date as YYYY-MM-DD.', 'Isi tanggal mulai dengan format YYYY-MM-DD.');
      if (input.sourceInnovationId) await this.sourceOf(manager, input.sourceInnovationId);
      const title = input.title?.trim() || row.title;
      const sections = cleanSections(input.sections, row.sections);
      const version = row.version + 1;
      const caller = context.caller as NonNullable<typeof context.caller>;
      await manager.query(
        `UPDATE kipp.proposals SET title = $2, category = $3, group_code = $4, innovation_started_on = $5, source_innovation_id = $6, sections = $7,
           video_url = $8, version = $9, updated_at = now() WHERE id = $1`,
        [
          row.id,
          title,
          input.category ?? row.category,
          input.group ?? row.group_code,
          input.innovationStartedOn ?? row.innovation_started_on,
          input.sourceInnovationId === undefined ? row.source_innovation_id : input.sourceInnovationId,
          JSON.stringify(sections),
          input.videoUrl === undefined ? row.video_url : checkVideoUrl(input.videoUrl),
          version,
        ],
      );
      await manager.query(
        `INSERT INTO kipp.proposal_versions (proposal_id, version, title, sections, saved_by) VALUES ($1, $2, $3, $4, $5)`,
        [row.id, version, title, JSON.stringify(sections), caller.userId],
      );
      return toProposal(await this.lock(manager, row.id));
    });
  }

  async share(context: SubgraphContext, id: string): Promise<Proposal> {
    return this.dataSource.transaction(async (manager) => {
      const row = await this.lock(manager, id);
      await this.requireDraftEditor(context, row);
      if (row.status !== ProposalStatus.DRAFT) throw conflict('Only drafts can be shared.', 'Hanya draf yang dapat dibagikan.', 'id');
      await manager.query(`UPDATE kipp.proposals SET shared_with_admin = true, updated_at = now() WHERE id = $1`, [id]);
      return toProposal(await this.lock(manager, id));
    });
  }

  async returnToDesk(context: SubgraphContext, id: string, noteText: string): Promise<Proposal> {
    const note = requireReason(noteText, 'note');
    return this.dataSource.transaction(async (manager) => {
      const row = await this.lock(manager, id);
      await this.access.requireAgencyAdmin(context, row.agency_id);
      if (row.status !== ProposalStatus.DRAFT) throw conflict('Only drafts can be returned.', 'Hanya draf yang dapat dikembalikan.', 'id');
      // Returned already with this note: nothing to record or tell the desk again.
      if (!row.shared_with_admin && row.return_note === note) return toProposal(row);
      // Only a shared draft can be returned by its local admin: an unshared one is not theirs to see.
      await this.access.requireSharedDraftAdmin(context, row);
      await manager.query(`UPDATE kipp.proposals SET shared_with_admin = false, return_note = $2, updated_at = now() WHERE id = $1`, [
        id,
        note,
      ]);
      await this.notify(manager, row, 'RETURNED', `Draf "${row.title}" dikembalikan oleh admin lokal: ${note}`);
      await recordDecisions(manager, [
        {
          competitionId: row.competition_id,
          proposalId: id,
          kind: 'RETURNED_TO_DESK',
          decidedBy: context.caller?.userId as string,
          decidedByName: context.caller?.displayName,
          reason: note,
        },
      ]);
      return toProposal(await this.lock(manager, id));
    });
  }

  /**
   * The local admin submits: within the registration window, sections complete, eligible, within the
   * agency's quota. The quota is counted under an advisory lock per agency and group, so two admins
   * submitting at once cannot both take the last place.
   */
  async submit(context: SubgraphContext, id: string): Promise<Proposal> {
    return this.dataSource.transaction(async (manager) => {
      const row = await this.lock(manager, id);
      await this.access.requireAgencyAdmin(context, row.agency_id);
      if (row.status !== ProposalStatus.DRAFT) throw conflict('This proposal was already submitted.', 'Proposal ini sudah dikirim.', 'id');
      if (!row.shared_with_admin && context.caller?.role !== 'NATIONAL_ADMIN') {
        throw conflict('The desk has not shared this draft with you yet.', 'Desk belum membagikan draf ini kepada Anda.', 'id');
      }
      const competition = await this.competitions.require(manager, row.competition_id);
      const registration = await this.competitions.stage(manager, competition.id, Stage.REGISTRATION);
      const today = this.clock.today();
      if (registration.decided_at || today > registration.closes_on) {
        throw conflict(
          `Registration closed on ${dayInWords(registration.closes_on, 'en')}.`,
          `Pendaftaran sudah ditutup pada ${dayInWords(registration.closes_on, 'id')}.`,
          'id',
        );
      }
      await manager.query(`SELECT pg_advisory_xact_lock(hashtext($1))`, [
        `kipp-quota:${row.competition_id}:${row.agency_id}:${row.group_code}`,
      ]);
      const counted = await one<{ n: number }>(
        manager,
        `SELECT count(*)::int AS n FROM kipp.proposals WHERE competition_id = $1 AND agency_id = $2 AND group_code = $3 AND status <> 'DRAFT'`,
        [row.competition_id, row.agency_id, row.group_code],
      );
      const source = row.source_innovation_id ? await this.sourceOf(manager, row.source_innovation_id) : null;
      const reasons: EligibilityReason[] = missingSections(row.group_code, row.sections).map((key) => ({
        code: 'MISSING_SECTION',
        en: `The "${key}" section is empty.`,
        id: `Bagian "${key}" masih kosong.`,
      }));
      reasons.push(
        ...eligibilityProblems(
          competition.rules,
          {
            group: row.group_code,
            innovationStartedOn: row.innovation_started_on,
            registrationClosesOn: registration.closes_on,
            submittedInGroup: counted?.n ?? 0,
            source: source ? { award: source.award, agencyId: source.agency_id } : null,
            agencyId: row.agency_id,
          },
          competition.groups,
        ),
      );
      if (reasons.length) throw new IneligibleProposalError(reasons);
      await manager.query(
        `UPDATE kipp.proposals SET status = 'SUBMITTED', submitted_at = now(), submitted_by = $2, return_note = NULL, updated_at = now() WHERE id = $1`,
        [id, context.caller?.userId],
      );
      await recordDecisions(manager, [
        {
          competitionId: row.competition_id,
          proposalId: id,
          kind: 'SUBMITTED',
          decidedBy: context.caller?.userId as string,
          decidedByName: context.caller?.displayName,
          reason: 'Diajukan oleh admin lokal instansi',
        },
      ]);
      return toProposal(await this.lock(manager, id));
    });
  }

  async removeAttachment(context: SubgraphContext, id: string): Promise<boolean> {
    return this.dataSource.transaction(async (manager) => {
      const attachment = isUuid(id)
        ? await one<{ proposal_id: string }>(manager, `SELECT proposal_id FROM kipp.proposal_attachments WHERE id = $1`, [id])
        : null;
      if (!attachment) throw notFound('No such attachment.', 'Lampiran tidak ditemukan.', 'id');
      const row = await this.lock(manager, attachment.proposal_id);
      await this.requireDraftEditor(context, row);
      if (row.status !== ProposalStatus.DRAFT)
        throw conflict('Attachments can only change on a draft.', 'Lampiran hanya dapat diubah pada draf.', 'id');
      await manager.query(`DELETE FROM kipp.proposal_attachments WHERE id = $1`, [id]);
      return true;
    });
  }

  async find(context: SubgraphContext, id: string): Promise<Proposal | null> {
    if (!isUuid(id) || !context.caller) return null;
    const scope = this.access.scopeCondition(await this.access.proposalScope(context), 2);
    const row = await one<ProposalRow>(
      this.dataSource,
      `SELECT ${PROPOSAL_COLUMNS} FROM kipp.proposals p WHERE p.id = $1 AND ${scope.sql}`,
      [id, ...scope.params],
    );
    return row ? toProposal(row) : null;
  }

  async list(
    context: SubgraphContext,
    filter: ProposalFilter | null | undefined,
    first?: number | null,
    after?: string | null,
  ): Promise<Connection<Proposal>> {
    requireSignedIn(context.caller);
    const size = validateFirst(first);
    const params: unknown[] = [];
    const where: string[] = [];
    const add = (sql: (index: number) => string, value: unknown) => {
      params.push(value);
      where.push(sql(params.length));
    };
    for (const [key, column] of [
      ['competitionId', 'competition_id'],
      ['agencyId', 'agency_id'],
      ['serviceUnitId', 'service_unit_id'],
    ] as const) {
      const value = filter?.[key];
      if (value) {
        if (!isUuid(value)) return emptyConnection();
        add((index) => `p.${column} = $${index}`, value);
      }
    }
    if (filter?.status) add((index) => `p.status = $${index}`, filter.status);
    if (filter?.group) add((index) => `p.group_code = $${index}`, filter.group);
    if (filter?.sharedWithAdmin !== undefined && filter.sharedWithAdmin !== null)
      add((index) => `p.shared_with_admin = $${index}`, filter.sharedWithAdmin);
    const scope = this.access.scopeCondition(await this.access.proposalScope(context), params.length + 1);
    params.push(...scope.params);
    where.push(scope.sql);
    const page = await keysetPage<ProposalRow>(this.dataSource, {
      columns: PROPOSAL_COLUMNS,
      from: 'kipp.proposals p',
      where: where.join(' AND '),
      params,
      keys: [
        { sql: 'p.created_at', type: 'timestamptz' },
        { sql: 'p.id', type: 'uuid' },
      ],
      direction: 'DESC',
      first: size,
      after,
    });
    return mapConnection(page, toProposal);
  }

  /** Drafts of an agency not yet submitted, with the registration deadline, so admins can chase them. */
  async stuckDrafts(
    context: SubgraphContext,
    competitionId: string,
    agencyId: string | null | undefined,
    first?: number | null,
    after?: string | null,
  ): Promise<StuckDrafts> {
    requireSignedIn(context.caller);
    const size = validateFirst(first);
    let agencies: string[] | null;
    if (context.caller.role === 'NATIONAL_ADMIN') {
      agencies = agencyId ? [agencyId] : null;
    } else {
      const mine = await this.access.localAdminAgencies(context);
      if (mine.length === 0 || (agencyId && !mine.includes(agencyId)))
        throw forbidden("Only the agency's local admin sees its drafts.", 'Hanya admin lokal instansi yang melihat drafnya.');
      agencies = agencyId ? [agencyId] : mine;
    }
    const competition = await this.competitions.require(this.dataSource, competitionId);
    const registration = await this.competitions.stage(this.dataSource, competition.id, Stage.REGISTRATION);
    const params = [competition.id, agencies, context.caller.role === 'NATIONAL_ADMIN'];
    // A local admin sees only the drafts shared with it; the desks are chased for the rest by the
    // draft reminders. The national admin ($3) sees every draft.
    const condition = `p.competition_id = $1 AND p.status = 'DRAFT' AND ($2::uuid[] IS NULL OR p.agency_id = ANY($2::uuid[]))
      AND ($3::boolean OR p.shared_with_admin)`;
    const drafts = await keysetPage<ProposalRow>(this.dataSource, {
      columns: PROPOSAL_COLUMNS,
      from: 'kipp.proposals p',
      where: condition,
      params,
      keys: [
        { sql: 'p.updated_at', type: 'timestamptz' },
        { sql: 'p.id', type: 'uuid' },
      ],
      direction: 'ASC',
      first: size,
      after,
    });
    return {
      deadline: registration.closes_on,
      daysLeft: daysBetween(this.clock.today(), registration.closes_on),
      drafts: mapConnection(drafts, toProposal),
    };
  }

  async versions(proposalId: string, first?: number | null, after?: string | null): Promise<Connection<ProposalVersion>> {
    // The version number is unique within a proposal, so it is the whole keyset.
    const page = await keysetPage<{ version: number; title: string; sections: SectionsData; saved_by: string; saved_at: Date }>(
      this.dataSource,
      {
        columns: '*',
        from: 'kipp.proposal_versions',
        where: 'proposal_id = $1',
        params: [proposalId],
        keys: [{ sql: 'version', type: 'int' }],
        direction: 'DESC',
        first: validateFirst(first),
        after,
      },
    );
    return mapConnection(page, (row) => ({
      version: row.version,
      title: row.title,
      sections: toSections(row.sections),
      savedBy: row.saved_by,
      savedAt: row.saved_at,
    }));
  }

  attachmentsLoader(context: SubgraphContext) {
    return requestLoader(
      context,
      'kipp:attachments',
      async (ids) => {
        const found = await rows<AttachmentRow>(
          this.dataSource,
          `SELECT * FROM kipp.proposal_attachments WHERE proposal_id = ANY($1::uuid[]) ORDER BY added_at, id`,
          [ids],
        );
        return new Map([...groupBy(found, (row) => row.proposal_id)].map(([id, list]) => [id, list.map(toAttachment)]));
      },
      [] as ProposalAttachment[],
    );
  }

  async notify(db: Queryable, row: Pick<ProposalRow, 'id' | 'service_unit_id'>, kind: string, message: string): Promise<void> {
    await rows(db, `INSERT INTO kipp.notifications (id, service_unit_id, proposal_id, kind, message) VALUES ($1, $2, $3, $4, $5)`, [
      randomUUID(),
      row.service_unit_id,
      row.id,
      kind,
      message,
    ]);
  }

  /**
   * Notifies each proposal's desk of an outcome in one statement; a proposal already told this kind
   * of news is not told again, so a repeated decision never sends a second notification.
   */
  async notifyOnce(
    db: Queryable,
    items: { row: Pick<ProposalRow, 'id' | 'service_unit_id'>; message: string }[],
    kind: string,
  ): Promise<void> {
    if (items.length === 0) return;
    await rows(
      db,
      `INSERT INTO kipp.notifications (id, service_unit_id, proposal_id, kind, message)
      SELECT gen_random_uuid(), r.service_unit_id, r.proposal_id, $2, r.message FROM jsonb_to_recordset($1::jsonb) AS r(service_unit_id uuid, proposal_id uuid, message text)
      WHERE NOT EXISTS (SELECT 1 FROM kipp.notifications n WHERE n.proposal_id = r.proposal_id AND n.kind = $2)`,
      [
        JSON.stringify(
          items.map((item) => ({ service_unit_id: item.row.service_unit_id, proposal_id: item.row.id, message: item.message })),
        ),
        kind,
      ],
    );
  }

  async notifications(context: SubgraphContext, first?: number | null, after?: string | null): Promise<Connection<DeskNotification>> {
    const caller = context.caller;
    requireSignedIn(caller);
    if (caller.role !== 'UNIT_DESK' || !caller.serviceUnitId)
      throw forbidden('Notifications are for unit desks.', 'Pemberitahuan ditujukan untuk desk unit.');
    const page = await keysetPage<{ id: string; proposal_id: string; kind: string; message: string; created_at: Date; title: string }>(
      this.dataSource,
      {
        columns: 'n.*, p.title',
        from: 'kipp.notifications n JOIN kipp.proposals p ON p.id = n.proposal_id',
        where: 'n.service_unit_id = $1',
        params: [caller.serviceUnitId],
        keys: [
          { sql: 'n.created_at', type: 'timestamptz' },
          { sql: 'n.id', type: 'uuid' },
        ],
        direction: 'DESC',
        first: validateFirst(first),
        after,
      },
    );
    return mapConnection(page, (row) => ({
      id: row.id,
      proposalId: row.proposal_id,
      proposalTitle: row.title,
      kind: row.kind,
      message: row.message,
      createdAt: row.created_at,
    }));
  }
}
