import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { Caller } from '@simpul/contracts';
import {
  badUserInput,
  requireRole,
  type Connection,
  type SubgraphContext,
  rows,
  type Queryable,
  conflict,
  keysetPage,
  mapConnection,
  validateFirst,
  emptyConnection,
} from '@simpul/service-kit';
import { KippAccess } from '../access/kipp-access';
import { publishToCatalogue } from '../catalogue/catalogue-publisher';
import { recordDecisions, requireReason } from '../common/decision-log';
import { CompetitionService } from '../competitions/competition.service';
import { CompetitionGroup } from '../competitions/group.enum';
import { Stage } from '../competitions/stage.enum';
import { STAGE_NAMES } from '../competitions/stage-names';
import { agencyRef, regionRef } from '../federation/registry-refs';
import { PROPOSAL_COLUMNS, type ProposalRow } from '../proposals/proposal.row';
import { ProposalStatus } from '../proposals/proposal-status.enum';
import { ProposalService } from '../proposals/proposal.service';
import { AssessmentService } from './assessment.service';
import { BalanceDimension, ShortlistEntry, ShortlistTier } from './shortlist.model';

interface EntryRow {
  proposal_id: string;
  tier: ShortlistTier;
  rank: number | null;
  score: string | null;
  reason: string;
  title: string;
  category: string;
  group_code: CompetitionGroup;
  agency_type: string;
  agency_id: string;
  region_code: string;
  innovation_id: string | null;
  in_3t: boolean;
}

const toEntry = (row: EntryRow): ShortlistEntry => ({
  proposalId: row.proposal_id,
  tier: row.tier,
  rank: row.rank,
  score: row.score === null ? null : Number(row.score),
  title: row.title,
  category: row.category,
  group: row.group_code,
  agencyType: row.agency_type,
  agency: agencyRef(row.agency_id),
  region: regionRef(row.region_code),
  in3tRegion: row.in_3t,
  innovationId: row.innovation_id,
  reason: row.reason,
});

const share = (part: number, whole: number): number => (whole === 0 ? 0 : Math.round((part / whole) * 10_000) / 100);

@Injectable()
export class ShortlistService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly access: KippAccess,
    private readonly competitions: CompetitionService,
    private readonly proposals: ProposalService,
    private readonly assessment: AssessmentService,
  ) {}

  /** Builds the draft Top 99 from the Tim Evaluasi ranking, replacing an earlier draft; the panel then adjusts and decides. */
  async proposeTop99(caller: Caller, competitionId: string): Promise<number> {
    requireRole(caller, 'NATIONAL_ADMIN');
    return this.dataSource.transaction(async (manager) => {
      const competition = await this.competitions.require(manager, competitionId);
      const desk = await this.competitions.stage(manager, competition.id, Stage.DESK_ASSESSMENT);
      if (!desk.decided_at)
        throw conflict('Decide the Tim Evaluasi assessment first.', 'Putuskan penilaian Tim Evaluasi terlebih dahulu.', 'competitionId');
      this.competitions.requireOpen(await this.competitions.stage(manager, competition.id, Stage.TOP99_PANEL, true));
      const ranked = this.assessment.rank(
        await this.assessment.cohort(manager, competition.id, Stage.DESK_ASSESSMENT, [ProposalStatus.ADMIN_PASSED]),
      );
      const chosen = ranked.slice(0, competition.rules.top99Size);
      // Proposing the same list again changes nothing and adds nothing to the trail.
      const current = await rows<{ proposal_id: string; rank: number | null }>(
        manager,
        `SELECT proposal_id, rank FROM kipp.shortlist_entries WHERE competition_id = $1 AND tier = 'TOP99' ORDER BY proposal_id`,
        [competition.id],
      );
      const wanted = chosen.map((row) => `${row.proposalId}:${row.rank}`).sort();
      if (
        current.length === wanted.length &&
        current
          .map((row) => `${row.proposal_id}:${row.rank}`)
          .sort()
          .every((key, index) => key === wanted[index])
      )
        return chosen.length;
      await manager.query(`DELETE FROM kipp.shortlist_entries WHERE competition_id = $1 AND tier = 'TOP99'`, [competition.id]);
      await manager.query(
        `INSERT INTO kipp.shortlist_entries (competition_id, proposal_id, tier, rank, score, added_by, reason)
         SELECT $1, proposal_id, 'TOP99', rank, score, $2, reason FROM jsonb_to_recordset($3::jsonb) AS r(proposal_id uuid, rank int, score numeric, reason text)`,
        [
          competition.id,
          caller.userId,
          JSON.stringify(
            chosen.map((row) => ({
              proposal_id: row.proposalId,
              rank: row.rank,
              score: row.value,
              reason: `Peringkat ${row.rank} dari ${row.of} penilaian Tim Evaluasi`,
            })),
          ),
        ],
      );
      await recordDecisions(manager, [
        {
          competitionId: competition.id,
          kind: 'TOP99_PROPOSED',
          decidedBy: caller.userId,
          decidedByName: caller.displayName,
          reason: `Rancangan Top ${competition.rules.top99Size} dari peringkat Tim Evaluasi`,
          detail: { size: chosen.length },
        },
      ]);
      return chosen.length;
    });
  }

  /** The panel adds or removes one proposal, with its reason, before the Top 99 is decided (e.g. to balance regions). */
  async adjust(caller: Caller, proposalId: string, include: boolean, reasonText: string): Promise<ShortlistEntry[]> {
    requireRole(caller, 'NATIONAL_ADMIN');
    const reason = requireReason(reasonText);
    return this.dataSource.transaction(async (manager) => {
      const proposal = await this.proposals.lock(manager, proposalId, 'proposalId');
      this.competitions.requireOpen(await this.competitions.stage(manager, proposal.competition_id, Stage.TOP99_PANEL, true));
      if (proposal.status !== ProposalStatus.ADMIN_PASSED)
        throw conflict(
          'Only proposals that passed administrative selection can be shortlisted.',
          'Hanya proposal yang lolos administrasi yang dapat masuk daftar.',
          'proposalId',
        );
      const changed = include
        ? await rows(
            manager,
            `INSERT INTO kipp.shortlist_entries (competition_id, proposal_id, tier, added_by, reason) VALUES ($1, $2, 'TOP99', $3, $4) ON CONFLICT DO NOTHING RETURNING 1`,
            [proposal.competition_id, proposal.id, caller.userId, reason],
          )
        : await rows(manager, `DELETE FROM kipp.shortlist_entries WHERE proposal_id = $1 AND tier = 'TOP99' RETURNING 1`, [proposal.id]);
      // Adding a listed proposal or removing an unlisted one is no decision: nothing goes to the trail.
      if (changed.length)
        await recordDecisions(manager, [
          {
            competitionId: proposal.competition_id,
            proposalId: proposal.id,
            kind: include ? 'TOP99_ADDED' : 'TOP99_REMOVED',
            decidedBy: caller.userId,
            decidedByName: caller.displayName,
            reason,
          },
        ]);
      return (await this.entries(manager, proposal.competition_id, ShortlistTier.TOP99)).map(toEntry);
    });
  }

  /** Decides the Top 99: statuses change, the innovations are published in the catalogue and the objection window opens (today, if it was scheduled later). */
  async decideTop99(caller: Caller, competitionId: string, reasonText: string): Promise<number> {
    requireRole(caller, 'NATIONAL_ADMIN');
    const reason = requireReason(reasonText);
    return this.dataSource.transaction(async (manager) => {
      const competition = await this.competitions.require(manager, competitionId);
      this.competitions.requireOpen(await this.competitions.stage(manager, competition.id, Stage.TOP99_PANEL, true));
      const chosen = await rows<ProposalRow>(
        manager,
        `SELECT ${PROPOSAL_COLUMNS} FROM kipp.proposals p JOIN kipp.shortlist_entries e ON e.proposal_id = p.id AND e.tier = 'TOP99' WHERE e.competition_id = $1 FOR UPDATE OF p`,
        [competition.id],
      );
      if (chosen.length === 0)
        throw conflict(
          'The shortlist is empty: propose the Top 99 first.',
          'Daftar masih kosong: susun rancangan Top 99 terlebih dahulu.',
          'competitionId',
        );
      if (chosen.length > competition.rules.top99Size) {
        throw badUserInput(
          'competitionId',
          `The shortlist holds ${chosen.length} proposals; at most ${competition.rules.top99Size} are allowed.`,
          `Daftar berisi ${chosen.length} proposal; paling banyak ${competition.rules.top99Size}.`,
        );
      }
      await manager.query(`UPDATE kipp.proposals SET status = 'TOP99', updated_at = now() WHERE id = ANY($1::uuid[])`, [
        chosen.map((row) => row.id),
      ]);
      await publishToCatalogue(manager, competition.year, chosen, 'TOP99');
      await this.notifyOutcome(
        manager,
        chosen,
        'TOP99',
        `masuk Top 99 KIPP ${competition.year} dan kini terbuka untuk masa sanggah publik.`,
      );
      await this.competitions.markDecided(manager, caller, competition.id, Stage.TOP99_PANEL, reason, { size: chosen.length });
      return chosen.length;
    });
  }

  /**
   * Decides the Top 45 from the presentation ranking of the remaining Top 99. Every chosen proposal
   * needs field verification notes from at least one panel (TPI) and one Tim Evaluasi member.
   */
  async decideTop45(caller: Caller, competitionId: string, reasonText: string): Promise<number> {
    requireRole(caller, 'NATIONAL_ADMIN');
    const reason = requireReason(reasonText);
    return this.dataSource.transaction(async (manager) => {
      const competition = await this.competitions.require(manager, competitionId);
      this.competitions.requireOpen(await this.competitions.stage(manager, competition.id, Stage.TOP45, true));
      for (const stage of [Stage.OBJECTION_WINDOW, Stage.PRESENTATION]) {
        const row = await this.competitions.stage(manager, competition.id, stage);
        if (!row.decided_at)
          throw conflict(
            `Decide the stage “${STAGE_NAMES[stage].en}” first.`,
            `Putuskan tahap “${STAGE_NAMES[stage].id}” terlebih dahulu.`,
            'competitionId',
          );
      }
      const ranked = this.assessment.rank(
        await this.assessment.cohort(manager, competition.id, Stage.PRESENTATION, [ProposalStatus.TOP99]),
      );
      const chosen = ranked.slice(0, competition.rules.top45Size);
      if (chosen.length === 0)
        throw conflict('No Top 99 presentation has been scored.', 'Belum ada presentasi Top 99 yang dinilai.', 'competitionId');
      const unverified = await rows<{ title: string }>(
        manager,
        `SELECT p.title FROM kipp.proposals p WHERE p.id = ANY($1::uuid[]) AND NOT (
           EXISTS (SELECT 1 FROM kipp.field_verifications v WHERE v.proposal_id = p.id AND v.panel = 'TPI')
           AND EXISTS (SELECT 1 FROM kipp.field_verifications v WHERE v.proposal_id = p.id AND v.panel = 'TE')) ORDER BY p.title`,
        [chosen.map((row) => row.proposalId)],
      );
      if (unverified.length) {
        throw badUserInput(
          'competitionId',
          `Field verification by at least one panel and one Tim Evaluasi member is missing for: ${unverified.map((row) => row.title).join('; ')}.`,
          `Verifikasi lapangan oleh minimal satu TPI dan satu anggota Tim Evaluasi belum ada untuk: ${unverified.map((row) => row.title).join('; ')}.`,
        );
      }
      const ids = chosen.map((row) => row.proposalId);
      const proposals = await rows<ProposalRow>(
        manager,
        `SELECT ${PROPOSAL_COLUMNS} FROM kipp.proposals p WHERE p.id = ANY($1::uuid[]) FOR UPDATE OF p`,
        [ids],
      );
      await manager.query(`UPDATE kipp.proposals SET status = 'TOP45', updated_at = now() WHERE id = ANY($1::uuid[])`, [ids]);
      await manager.query(
        `INSERT INTO kipp.shortlist_entries (competition_id, proposal_id, tier, rank, score, added_by, reason)
         SELECT $1, proposal_id, 'TOP45', rank, score, $2, reason FROM jsonb_to_recordset($3::jsonb) AS r(proposal_id uuid, rank int, score numeric, reason text)`,
        [
          competition.id,
          caller.userId,
          JSON.stringify(
            chosen.map((row) => ({
              proposal_id: row.proposalId,
              rank: row.rank,
              score: row.value,
              reason: `Peringkat ${row.rank} presentasi dan wawancara`,
            })),
          ),
        ],
      );
      await publishToCatalogue(manager, competition.year, proposals, 'TOP45');
      await this.notifyOutcome(manager, proposals, 'TOP45', `masuk Top 45 KIPP ${competition.year}.`);
      const others = await rows<ProposalRow>(
        manager,
        `SELECT ${PROPOSAL_COLUMNS} FROM kipp.proposals p WHERE p.competition_id = $1 AND p.status = 'TOP99'`,
        [competition.id],
      );
      await this.notifyOutcome(
        manager,
        others,
        'NOT_TOP45',
        `tidak masuk Top 45 KIPP ${competition.year}; tetap tercatat sebagai Top 99 di katalog.`,
      );
      await this.competitions.markDecided(manager, caller, competition.id, Stage.TOP45, reason, { size: chosen.length });
      return chosen.length;
    });
  }

  /** One notification per proposal's desk; a kind already sent for a proposal is not sent twice. */
  private notifyOutcome(
    db: Queryable,
    proposals: Pick<ProposalRow, 'id' | 'service_unit_id' | 'title'>[],
    kind: string,
    text: string,
  ): Promise<void> {
    return this.proposals.notifyOnce(
      db,
      proposals.map((proposal) => ({ row: proposal, message: `"${proposal.title}" ${text}` })),
      kind,
    );
  }

  private static readonly ENTRY_COLUMNS = `e.proposal_id, e.tier, e.rank, e.score::text AS score, e.reason, p.title, p.category, p.group_code, p.agency_type, p.agency_id, p.region_code, p.innovation_id,
              EXISTS (SELECT 1 FROM kipp.frontier_regions f WHERE f.region_code IN (p.region_code, p.province_code)) AS in_3t`;

  private static readonly ENTRY_FROM = 'kipp.shortlist_entries e JOIN kipp.proposals p ON p.id = e.proposal_id';

  /** The whole list in its order (ranked first, unranked by title): at most the list's size. */
  private entries(db: Queryable, competitionId: string, tier: ShortlistTier): Promise<EntryRow[]> {
    return rows<EntryRow>(
      db,
      `SELECT ${ShortlistService.ENTRY_COLUMNS} FROM ${ShortlistService.ENTRY_FROM}
       WHERE e.competition_id = $1 AND e.tier = $2 ORDER BY e.rank NULLS LAST, p.title, e.proposal_id`,
      [competitionId, tier],
    );
  }

  /** Admins and the panel see the draft; everyone sees a decided list. */
  private async canSeeDraft(context: SubgraphContext, competitionId: string): Promise<boolean> {
    if (context.caller?.role === 'NATIONAL_ADMIN') return true;
    return (await this.access.panelIn(context, competitionId)) === 'TPI';
  }

  async list(
    context: SubgraphContext,
    competitionId: string,
    tier: ShortlistTier,
    first?: number | null,
    after?: string | null,
  ): Promise<Connection<ShortlistEntry>> {
    const size = validateFirst(first);
    const competition = await this.competitions.require(this.dataSource, competitionId);
    const stage = await this.competitions.stage(
      this.dataSource,
      competition.id,
      tier === ShortlistTier.TOP99 ? Stage.TOP99_PANEL : Stage.TOP45,
    );
    if (!stage.decided_at && !(await this.canSeeDraft(context, competition.id))) return emptyConnection();
    const page = await keysetPage<EntryRow>(this.dataSource, {
      columns: ShortlistService.ENTRY_COLUMNS,
      from: ShortlistService.ENTRY_FROM,
      where: 'e.competition_id = $1 AND e.tier = $2',
      params: [competition.id, tier],
      // Ranked entries first (rank NULLS LAST), then by title.
      keys: [
        { sql: 'coalesce(e.rank, 2147483647)', type: 'int' },
        { sql: 'p.title', type: 'text' },
        { sql: 'e.proposal_id', type: 'uuid' },
      ],
      direction: 'ASC',
      first: size,
      after,
    });
    return mapConnection(page, toEntry);
  }

  /** How the list compares with the pool that passed administrative selection, per dimension, in one SQL statement. */
  async balance(context: SubgraphContext, competitionId: string, tier: ShortlistTier): Promise<BalanceDimension[]> {
    const competition = await this.competitions.require(this.dataSource, competitionId);
    const stage = await this.competitions.stage(
      this.dataSource,
      competition.id,
      tier === ShortlistTier.TOP99 ? Stage.TOP99_PANEL : Stage.TOP45,
    );
    if (!stage.decided_at && !(await this.canSeeDraft(context, competition.id))) return [];
    const found = await rows<{ dimension: string; value: string; pool: number; shortlisted: number }>(
      this.dataSource,
      `WITH pool AS (
         SELECT p.category, p.group_code, p.agency_type, p.province_code,
                CASE WHEN EXISTS (SELECT 1 FROM kipp.frontier_regions f WHERE f.region_code IN (p.region_code, p.province_code)) THEN '3T' ELSE 'NON_3T' END AS region_3t,
                EXISTS (SELECT 1 FROM kipp.shortlist_entries e WHERE e.proposal_id = p.id AND e.tier = $2) AS listed
         FROM kipp.proposals p WHERE p.competition_id = $1 AND p.status IN ('ADMIN_PASSED', 'TOP99', 'DISQUALIFIED', 'TOP45'))
       SELECT d.dimension, d.value, count(*)::int AS pool, count(*) FILTER (WHERE listed)::int AS shortlisted
       FROM pool, LATERAL (VALUES ('CATEGORY', category), ('GROUP', group_code), ('AGENCY_TYPE', agency_type), ('PROVINCE', province_code), ('REGION_3T', region_3t)) AS d(dimension, value)
       GROUP BY d.dimension, d.value ORDER BY d.dimension, shortlisted DESC, d.value`,
      [competition.id, tier],
    );
    const dimensions = ['CATEGORY', 'GROUP', 'AGENCY_TYPE', 'PROVINCE', 'REGION_3T'];
    return dimensions.map((dimension) => {
      const list = found.filter((row) => row.dimension === dimension);
      const poolTotal = list.reduce((sum, row) => sum + row.pool, 0);
      const listedTotal = list.reduce((sum, row) => sum + row.shortlisted, 0);
      return {
        dimension,
        buckets: list.map((row) => ({
          value: row.value,
          shortlisted: row.shortlisted,
          shortlistShare: share(row.shortlisted, listedTotal),
          pool: row.pool,
          poolShare: share(row.pool, poolTotal),
        })),
      };
    });
  }
}
