import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { Caller } from '@simpul/contracts';
import {
  badUserInput,
  notFound,
  requireRole,
  type Connection,
  one,
  conflict,
  isUuid,
  keysetPage,
  mapConnection,
  validateFirst,
  emptyConnection,
} from '@simpul/service-kit';
import { withdrawFromCatalogue } from '../catalogue/catalogue-publisher';
import { currentClientKey } from '../common/client-key';
import { recordDecisions, requireReason } from '../common/decision-log';
import { CompetitionService } from '../competitions/competition.service';
import { Stage } from '../competitions/stage.enum';
import { ProposalService } from '../proposals/proposal.service';
import { ProposalStatus } from '../proposals/proposal-status.enum';
import { agencyRef } from '../federation/registry-refs';
import { Objection } from './shortlist.model';

interface ObjectionRow {
  id: string;
  proposal_id: string;
  body: string;
  contact: string | null;
  filed_at: Date;
  upheld: boolean | null;
  decision_reason: string | null;
  decided_at: Date | null;
  title: string;
  agency_id: string;
}

/** An objection with the innovation it targets (title and agency), so a list says what it is about. */
const OBJECTION_COLUMNS = 'o.*, p.title, p.agency_id';
const OBJECTION_FROM = 'kipp.objections o JOIN kipp.proposals p ON p.id = o.proposal_id';
const OBJECTION_SELECT = `SELECT ${OBJECTION_COLUMNS} FROM ${OBJECTION_FROM}`;

const toObjection = (row: ObjectionRow, showContact: boolean): Objection => ({
  id: row.id,
  proposalId: row.proposal_id,
  title: row.title,
  agency: agencyRef(row.agency_id),
  body: row.body,
  contact: showContact ? row.contact : null,
  filedAt: row.filed_at,
  upheld: row.upheld,
  decisionReason: row.decision_reason,
  decidedAt: row.decided_at,
});

@Injectable()
export class ObjectionService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly competitions: CompetitionService,
    private readonly proposals: ProposalService,
  ) {}

  /** Anyone may object to a Top 99 innovation during the window, anonymously; a client may file only a few per hour. */
  async file(proposalId: string, bodyText: string, contactText: string | null | undefined): Promise<Objection> {
    const body = bodyText.trim();
    if (body.length < 10 || body.length > 5000)
      throw badUserInput('body', 'Describe the objection in 10 to 5000 characters.', 'Uraikan sanggahan dalam 10 sampai 5000 karakter.');
    const contact = contactText?.trim() || null;
    if (contact && contact.length > 200) throw badUserInput('contact', 'The contact is too long.', 'Kontak terlalu panjang.');
    const clientKey = currentClientKey();
    return this.dataSource.transaction(async (manager) => {
      if (!isUuid(proposalId)) throw notFound('No such shortlisted innovation.', 'Inovasi tidak ada di daftar.', 'proposalId');
      const proposal = await one<{ id: string; competition_id: string; status: ProposalStatus; service_unit_id: string; title: string }>(
        manager,
        `SELECT id, competition_id, status, service_unit_id, title FROM kipp.proposals WHERE id = $1`,
        [proposalId],
      );
      if (!proposal || proposal.status !== ProposalStatus.TOP99)
        throw notFound('No such shortlisted innovation.', 'Inovasi tidak ada di daftar Top 99.', 'proposalId');
      const window = await this.competitions.stage(manager, proposal.competition_id, Stage.OBJECTION_WINDOW);
      this.competitions.requireUndecided(window);
      this.competitions.requireWithinWindow(window);
      const competition = await this.competitions.require(manager, proposal.competition_id);
      await manager.query(`SELECT pg_advisory_xact_lock(hashtext($1))`, [`kipp-objection:${clientKey}`]);
      const recent = await one<{ n: number }>(
        manager,
        `SELECT count(*)::int AS n FROM kipp.objections WHERE client_hash = $1 AND filed_at > now() - interval '1 hour'`,
        [clientKey],
      );
      if ((recent?.n ?? 0) >= competition.rules.objectionsPerHour) {
        throw conflict(
          `At most ${competition.rules.objectionsPerHour} objections an hour may be filed from one connection; try again later.`,
          `Paling banyak ${competition.rules.objectionsPerHour} sanggahan per jam dari satu koneksi; coba lagi nanti.`,
          'proposalId',
        );
      }
      const id = randomUUID();
      await manager.query(`INSERT INTO kipp.objections (id, proposal_id, body, contact, client_hash) VALUES ($1, $2, $3, $4, $5)`, [
        id,
        proposal.id,
        body,
        contact,
        clientKey,
      ]);
      await this.proposals.notify(
        manager,
        proposal,
        'OBJECTION_FILED',
        `Ada sanggahan publik atas "${proposal.title}"; admin nasional akan memutuskannya.`,
      );
      return toObjection((await one<ObjectionRow>(manager, `${OBJECTION_SELECT} WHERE o.id = $1`, [id])) as ObjectionRow, false);
    });
  }

  /** Upheld: the proposal leaves the shortlist (DISQUALIFIED). Either way the reason is recorded; a decided objection is final. */
  async decide(caller: Caller, id: string, upheld: boolean, reasonText: string): Promise<Objection> {
    requireRole(caller, 'NATIONAL_ADMIN');
    const reason = requireReason(reasonText);
    return this.dataSource.transaction(async (manager) => {
      const objection = isUuid(id) ? await one<ObjectionRow>(manager, `${OBJECTION_SELECT} WHERE o.id = $1 FOR UPDATE OF o`, [id]) : null;
      if (!objection) throw notFound('No such objection.', 'Sanggahan tidak ditemukan.', 'id');
      // The same decision sent twice is answered with the first; a different one is refused.
      if (objection.decided_at && objection.upheld === upheld && objection.decision_reason === reason) return toObjection(objection, true);
      if (objection.decided_at) throw conflict('This objection was already decided.', 'Sanggahan ini sudah diputuskan.', 'id');
      const proposal = await this.proposals.lock(manager, objection.proposal_id);
      this.competitions.requireUndecided(await this.competitions.stage(manager, proposal.competition_id, Stage.OBJECTION_WINDOW));
      await manager.query(
        `UPDATE kipp.objections SET upheld = $2, decision_reason = $3, decided_by = $4, decided_at = now() WHERE id = $1`,
        [id, upheld, reason, caller.userId],
      );
      const row = (await one<ObjectionRow>(manager, `${OBJECTION_SELECT} WHERE o.id = $1`, [id])) as ObjectionRow;
      if (!upheld)
        await this.proposals.notify(manager, proposal, 'OBJECTION_REJECTED', `Sanggahan atas "${proposal.title}" ditolak: ${reason}`);
      if (upheld && proposal.status === ProposalStatus.TOP99) {
        await manager.query(`UPDATE kipp.proposals SET status = 'DISQUALIFIED', updated_at = now() WHERE id = $1`, [proposal.id]);
        await this.proposals.notify(
          manager,
          proposal,
          'DISQUALIFIED',
          `"${proposal.title}" gugur karena sanggahan yang diterima: ${reason}`,
        );
        await withdrawFromCatalogue(manager, proposal.id);
      }
      await recordDecisions(manager, [
        {
          competitionId: proposal.competition_id,
          proposalId: proposal.id,
          kind: upheld ? 'OBJECTION_UPHELD' : 'OBJECTION_REJECTED',
          decidedBy: caller.userId,
          decidedByName: caller.displayName,
          reason,
          detail: { objectionId: id },
        },
      ]);
      return toObjection(row, true);
    });
  }

  /** Objections to a proposal, or to a whole competition; contacts only for admins. */
  async list(
    caller: Caller,
    filter: { competitionId?: string | null; proposalId?: string | null; undecidedOnly?: boolean | null },
    first?: number | null,
    after?: string | null,
  ): Promise<Connection<Objection>> {
    const size = validateFirst(first);
    if ((filter.competitionId && !isUuid(filter.competitionId)) || (filter.proposalId && !isUuid(filter.proposalId)))
      return emptyConnection();
    const page = await keysetPage<ObjectionRow>(this.dataSource, {
      columns: OBJECTION_COLUMNS,
      from: OBJECTION_FROM,
      where: `($1::uuid IS NULL OR p.competition_id = $1) AND ($2::uuid IS NULL OR o.proposal_id = $2) AND (NOT $3 OR o.decided_at IS NULL)`,
      params: [filter.competitionId ?? null, filter.proposalId ?? null, Boolean(filter.undecidedOnly)],
      keys: [
        { sql: 'o.filed_at', type: 'timestamptz' },
        { sql: 'o.id', type: 'uuid' },
      ],
      direction: 'ASC',
      first: size,
      after,
    });
    return mapConnection(page, (row) => toObjection(row, caller?.role === 'NATIONAL_ADMIN'));
  }
}
