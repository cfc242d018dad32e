import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { Caller } from '@simpul/contracts';
import { rankCohort } from '@simpul/reporting';
import { isScoringInputError, scoreProposal } from '@simpul/scoring';
import {
  badUserInput,
  forbidden,
  requireRole,
  requireSignedIn,
  SimpulError,
  type Connection,
  type SubgraphContext,
  one,
  rows,
  type Queryable,
  conflict,
  groupBy,
  requestLoader,
  offsetConnection,
  offsetPage,
  keysetPage,
  mapConnection,
  validateFirst,
} from '@simpul/service-kit';
import { KippAccess } from '../access/kipp-access';
import { recordDecisions } from '../common/decision-log';
import { CompetitionService } from '../competitions/competition.service';
import { CompetitionGroup } from '../competitions/group.enum';
import { SCORED_STAGES, Stage } from '../competitions/stage.enum';
import { ProposalService } from '../proposals/proposal.service';
import { ProposalStatus } from '../proposals/proposal-status.enum';
import {
  Assignment,
  AssignmentSummary,
  EvaluatorScore,
  RankedProposal,
  ScoreAggregate,
  type CriterionScore,
  type ScoreInput,
} from './selection.model';

interface AggregateRow {
  proposal_id: string;
  stage: Stage;
  n: number;
  mean: string | null;
  trimmed: string | null;
  min: string | null;
  max: string | null;
  outlier_points: number;
}

interface ScoreRow {
  proposal_id: string;
  evaluator_id: string;
  stage: Stage;
  rubric_id: string;
  criteria: CriterionScore[];
  comment: string;
  total: string;
  scored_at: Date;
}

export interface RankingRow {
  proposalId: string;
  title: string;
  group: CompetitionGroup;
  category: string;
  value: number;
  evaluators: number;
  spread: number | null;
}

const num = (value: string | null): number | null => (value === null ? null : Number(value));

/** Mean, trimmed mean (without the highest and lowest, with ≥ 3 evaluators), range: in SQL, numeric rounding half up. */
const AGGREGATE_SQL = `
  SELECT s.proposal_id, s.stage, count(*)::int AS n, round(avg(s.total), 2)::text AS mean,
         CASE WHEN count(*) >= 3 THEN round((sum(s.total) - min(s.total) - max(s.total)) / (count(*) - 2), 2)::text END AS trimmed,
         min(s.total)::text AS min, max(s.total)::text AS max, (c.rules->>'outlierPoints')::int AS outlier_points
  FROM kipp.scores s JOIN kipp.proposals p ON p.id = s.proposal_id JOIN kipp.competitions c ON c.id = p.competition_id`;

@Injectable()
export class AssessmentService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly access: KippAccess,
    private readonly competitions: CompetitionService,
    private readonly proposals: ProposalService,
  ) {}

  /**
   * Gives each proposal that passed administrative selection its Tim Evaluasi members: never one
   * from the proposing agency, always the least loaded first, so loads differ by at most one where
   * conflicts of interest allow. Idempotent: proposals already fully assigned are left alone.
   */
  async assign(caller: Caller, competitionId: string): Promise<AssignmentSummary> {
    requireRole(caller, 'NATIONAL_ADMIN');
    return this.dataSource.transaction(async (manager) => {
      const competition = await this.competitions.require(manager, competitionId);
      const adminStage = await this.competitions.stage(manager, competition.id, Stage.ADMINISTRATIVE_SELECTION);
      if (!adminStage.decided_at)
        throw conflict('Decide the administrative selection first.', 'Putuskan seleksi administrasi terlebih dahulu.', 'competitionId');
      const desk = await this.competitions.stage(manager, competition.id, Stage.DESK_ASSESSMENT, true);
      this.competitions.requireOpen(desk);
      const evaluators = await rows<{ user_id: string; display_name: string; agency_id: string | null; load: number }>(
        manager,
        `SELECT e.user_id, e.display_name, e.agency_id,
                (SELECT count(*)::int FROM kipp.assignments a JOIN kipp.proposals p ON p.id = a.proposal_id
                  WHERE a.evaluator_id = e.user_id AND a.stage = 'DESK_ASSESSMENT' AND p.competition_id = $1) AS load
         FROM kipp.panel_members m JOIN kipp.evaluator_profiles e ON e.user_id = m.user_id
         WHERE m.competition_id = $1 AND m.panel = 'TE' ORDER BY e.user_id`,
        [competition.id],
      );
      const pool = await rows<{ id: string; agency_id: string; assigned: string[] }>(
        manager,
        `SELECT p.id, p.agency_id, coalesce(array_agg(a.evaluator_id) FILTER (WHERE a.evaluator_id IS NOT NULL), '{}') AS assigned
         FROM kipp.proposals p LEFT JOIN kipp.assignments a ON a.proposal_id = p.id AND a.stage = 'DESK_ASSESSMENT'
         WHERE p.competition_id = $1 AND p.status = 'ADMIN_PASSED' GROUP BY p.id ORDER BY p.id`,
        [competition.id],
      );
      const wanted = competition.rules.evaluatorsPerProposal;
      const created: { proposal_id: string; evaluator_id: string }[] = [];
      for (const proposal of pool) {
        const need = wanted - proposal.assigned.length;
        if (need <= 0) continue;
        const eligible = evaluators
          .filter((evaluator) => evaluator.agency_id !== proposal.agency_id && !proposal.assigned.includes(evaluator.user_id))
          .sort((a, b) => a.load - b.load || a.user_id.localeCompare(b.user_id));
        if (eligible.length < need) {
          throw conflict(
            `Not enough Tim Evaluasi members without a conflict of interest: ${wanted} are needed per proposal.`,
            `Anggota Tim Evaluasi tanpa konflik kepentingan tidak cukup: dibutuhkan ${wanted} per proposal.`,
            'competitionId',
          );
        }
        for (const evaluator of eligible.slice(0, need)) {
          evaluator.load += 1;
          created.push({ proposal_id: proposal.id, evaluator_id: evaluator.user_id });
        }
      }
      if (created.length) {
        await manager.query(
          `INSERT INTO kipp.assignments (proposal_id, evaluator_id, stage, assigned_by)
           SELECT proposal_id, evaluator_id, 'DESK_ASSESSMENT', $2 FROM jsonb_to_recordset($1::jsonb) AS r(proposal_id uuid, evaluator_id uuid)`,
          [JSON.stringify(created), caller.userId],
        );
        await recordDecisions(manager, [
          {
            competitionId: competition.id,
            kind: 'EVALUATORS_ASSIGNED',
            decidedBy: caller.userId,
            decidedByName: caller.displayName,
            reason: 'Penugasan Tim Evaluasi: beban seimbang, tanpa penilai dari instansi pengusul',
            detail: { assignments: created.length },
          },
        ]);
      }
      return {
        proposals: pool.length,
        created: created.length,
        // Heaviest load first, then by name, so the table reads as a workload ranking.
        loads: evaluators
          .map((evaluator) => ({ evaluatorId: evaluator.user_id, evaluatorName: evaluator.display_name, assigned: evaluator.load }))
          .sort((a, b) => b.assigned - a.assigned || a.evaluatorName.localeCompare(b.evaluatorName, 'id')),
      };
    });
  }

  /** Rubric scores with comments. TE members score only the proposals assigned to them; TPI members score presentations. */
  async score(context: SubgraphContext, input: ScoreInput): Promise<EvaluatorScore> {
    if (!SCORED_STAGES.includes(input.stage))
      throw badUserInput(
        'stage',
        'Only DESK_ASSESSMENT and PRESENTATION are scored.',
        'Hanya DESK_ASSESSMENT dan PRESENTATION yang dinilai.',
      );
    const comment = input.comment.trim();
    if (!comment) throw badUserInput('comment', 'Add a comment to your score.', 'Tambahkan komentar pada nilai Anda.');
    return this.dataSource.transaction(async (manager) => {
      const proposal = await this.proposals.lock(manager, input.proposalId, 'proposalId');
      const profile = await this.access.requireEvaluator(
        context,
        proposal.competition_id,
        input.stage === Stage.DESK_ASSESSMENT ? 'TE' : 'TPI',
      );
      if (profile.agencyId && profile.agencyId === proposal.agency_id) {
        throw forbidden(
          'You may not score a proposal from your own agency.',
          'Anda tidak boleh menilai proposal dari instansi Anda sendiri.',
        );
      }
      const stage = await this.competitions.stage(manager, proposal.competition_id, input.stage, true);
      this.competitions.requireOpen(stage);
      if (input.stage === Stage.DESK_ASSESSMENT) {
        const assigned = await one(
          manager,
          `SELECT 1 FROM kipp.assignments WHERE proposal_id = $1 AND evaluator_id = $2 AND stage = 'DESK_ASSESSMENT'`,
          [proposal.id, profile.userId],
        );
        if (!assigned) throw forbidden('This proposal is not assigned to you.', 'Proposal ini tidak ditugaskan kepada Anda.');
        if (proposal.status !== ProposalStatus.ADMIN_PASSED)
          throw conflict(
            'Only proposals that passed administrative selection are assessed.',
            'Hanya proposal yang lolos seleksi administrasi yang dinilai.',
            'proposalId',
          );
      } else {
        const top99 = await this.competitions.stage(manager, proposal.competition_id, Stage.TOP99_PANEL);
        if (!top99.decided_at || proposal.status !== ProposalStatus.TOP99) {
          throw conflict(
            'Presentations are scored only for the decided Top 99.',
            'Presentasi hanya dinilai untuk Top 99 yang sudah diputuskan.',
            'proposalId',
          );
        }
      }
      const rubric = (stage.rubrics ?? {})[proposal.group_code];
      if (!rubric)
        throw conflict('This stage has no rubric for the group.', 'Tahap ini belum memiliki rubrik untuk kelompok tersebut.', 'stage');
      const scores = Object.fromEntries(input.criteria.map((criterion) => [criterion.code, criterion.score]));
      if (Object.keys(scores).length !== input.criteria.length)
        throw badUserInput('criteria', 'Score each criterion once.', 'Nilai setiap kriteria satu kali.');
      let total: number;
      try {
        total = scoreProposal(rubric, scores).total;
      } catch (error) {
        if (isScoringInputError(error)) throw new SimpulError('BAD_USER_INPUT', error.messages, error.field);
        throw error;
      }
      const criteria = rubric.criteria.map((criterion) => {
        const given = input.criteria.find((candidate) => candidate.code === criterion.code);
        return { code: criterion.code, score: given?.score ?? 0, comment: given?.comment?.trim() || null };
      });
      const [row] = await rows<ScoreRow>(
        manager,
        `INSERT INTO kipp.scores (proposal_id, evaluator_id, stage, rubric_id, criteria, comment, total) VALUES ($1, $2, $3, $4, $5, $6, $7)
         ON CONFLICT (proposal_id, stage, evaluator_id) DO UPDATE SET rubric_id = excluded.rubric_id, criteria = excluded.criteria, comment = excluded.comment,
           total = excluded.total, scored_at = now() RETURNING *`,
        [proposal.id, profile.userId, input.stage, rubric.id, JSON.stringify(criteria), comment, total],
      );
      return this.toScore(row, null);
    });
  }

  private toScore(row: ScoreRow, aggregate: { value: number | null; outlierPoints: number } | null): EvaluatorScore {
    const total = Number(row.total);
    return {
      proposalId: row.proposal_id,
      evaluatorId: row.evaluator_id,
      stage: row.stage,
      rubricId: row.rubric_id,
      criteria: row.criteria,
      comment: row.comment,
      total,
      outlier: aggregate?.value != null ? Math.abs(total - aggregate.value) > aggregate.outlierPoints : false,
      scoredAt: row.scored_at,
    };
  }

  /** The aggregate of one proposal at one stage (key `proposalId:stage`), batched per request. */
  aggregateLoader(context: SubgraphContext) {
    return requestLoader(
      context,
      'kipp:aggregate',
      async (keys) => {
        const pairs = keys.map((key) => key.split(':'));
        const ids = [...new Set(pairs.map(([id]) => id))];
        const [aggregates, scores] = await Promise.all([
          rows<AggregateRow>(
            this.dataSource,
            `${AGGREGATE_SQL} WHERE s.proposal_id = ANY($1::uuid[]) GROUP BY s.proposal_id, s.stage, c.rules`,
            [ids],
          ),
          rows<ScoreRow>(
            this.dataSource,
            `SELECT * FROM kipp.scores WHERE proposal_id = ANY($1::uuid[]) ORDER BY scored_at, evaluator_id`,
            [ids],
          ),
        ]);
        const byKey = groupBy(scores, (row) => `${row.proposal_id}:${row.stage}`);
        const aggregateByKey = new Map(aggregates.map((row) => [`${row.proposal_id}:${row.stage}`, row]));
        const result = new Map<string, ScoreAggregate>();
        for (const [proposalId, stage] of pairs) {
          const row = aggregateByKey.get(`${proposalId}:${stage}`);
          const trimmed = num(row?.trimmed ?? null);
          const mean = num(row?.mean ?? null);
          const value = trimmed ?? mean;
          const outlierPoints = row?.outlier_points ?? 10;
          result.set(`${proposalId}:${stage}`, {
            proposalId,
            stage: stage as Stage,
            evaluators: row?.n ?? 0,
            mean,
            trimmedMean: trimmed,
            value,
            min: num(row?.min ?? null),
            max: num(row?.max ?? null),
            spread: row?.min != null && row.max != null ? Number((Number(row.max) - Number(row.min)).toFixed(2)) : null,
            scores: (byKey.get(`${proposalId}:${stage}`) ?? []).map((score) => this.toScore(score, { value, outlierPoints })),
          });
        }
        return result;
      },
      null as ScoreAggregate | null,
    );
  }

  assignmentsLoader(context: SubgraphContext) {
    return requestLoader(
      context,
      'kipp:assignments',
      async (ids) => {
        const found = await rows<{ proposal_id: string; evaluator_id: string; display_name: string; stage: Stage; scored: boolean }>(
          this.dataSource,
          `SELECT a.proposal_id, a.evaluator_id, e.display_name, a.stage,
                EXISTS (SELECT 1 FROM kipp.scores s WHERE s.proposal_id = a.proposal_id AND s.evaluator_id = a.evaluator_id AND s.stage = a.stage) AS scored
         FROM kipp.assignments a JOIN kipp.evaluator_profiles e ON e.user_id = a.evaluator_id WHERE a.proposal_id = ANY($1::uuid[]) ORDER BY e.display_name`,
          [ids],
        );
        return new Map(
          [...groupBy(found, (row) => row.proposal_id)].map(([id, list]) => [
            id,
            list.map((row) => ({
              proposalId: row.proposal_id,
              evaluatorId: row.evaluator_id,
              evaluatorName: row.display_name,
              stage: row.stage,
              scored: row.scored,
            })),
          ]),
        );
      },
      [] as Assignment[],
    );
  }

  /** The caller's own assignments (a TE member's worklist). */
  async myAssignments(
    context: SubgraphContext,
    competitionId: string,
    first?: number | null,
    after?: string | null,
  ): Promise<Connection<Assignment>> {
    const profile = await this.access.requireEvaluator(context, competitionId);
    const page = await keysetPage<{ proposal_id: string; stage: Stage; scored: boolean }>(this.dataSource, {
      columns: `a.proposal_id, a.stage, EXISTS (SELECT 1 FROM kipp.scores s WHERE s.proposal_id = a.proposal_id AND s.evaluator_id = a.evaluator_id AND s.stage = a.stage) AS scored`,
      from: 'kipp.assignments a JOIN kipp.proposals p ON p.id = a.proposal_id',
      where: `a.evaluator_id = $1 AND p.competition_id = $2::uuid`,
      params: [profile.userId, competitionId],
      // (proposal, stage) is unique for one evaluator, so the stage settles a tie.
      keys: [
        { sql: 'a.assigned_at', type: 'timestamptz' },
        { sql: 'a.proposal_id', type: 'uuid' },
        { sql: 'a.stage', type: 'text' },
      ],
      direction: 'ASC',
      first: validateFirst(first),
      after,
    });
    return mapConnection(page, (row) => ({
      proposalId: row.proposal_id,
      evaluatorId: profile.userId,
      evaluatorName: profile.displayName,
      stage: row.stage,
      scored: row.scored,
    }));
  }

  /** Aggregates of every scored proposal of a competition at a stage, from one SQL statement. */
  async cohort(db: Queryable, competitionId: string, stage: Stage, statuses: ProposalStatus[]): Promise<RankingRow[]> {
    const found = await rows<{
      id: string;
      title: string;
      group_code: CompetitionGroup;
      category: string;
      n: number;
      mean: string;
      trimmed: string | null;
      min: string;
      max: string;
    }>(
      db,
      `SELECT p.id, p.title, p.group_code, p.category, count(*)::int AS n, round(avg(s.total), 2)::text AS mean,
              CASE WHEN count(*) >= 3 THEN round((sum(s.total) - min(s.total) - max(s.total)) / (count(*) - 2), 2)::text END AS trimmed,
              min(s.total)::text AS min, max(s.total)::text AS max
       FROM kipp.proposals p JOIN kipp.scores s ON s.proposal_id = p.id AND s.stage = $2
       WHERE p.competition_id = $1 AND p.status = ANY($3::text[]) GROUP BY p.id`,
      [competitionId, stage, statuses],
    );
    return found.map((row) => ({
      proposalId: row.id,
      title: row.title,
      group: row.group_code,
      category: row.category,
      value: Number(row.trimmed ?? row.mean),
      evaluators: row.n,
      spread: Number((Number(row.max) - Number(row.min)).toFixed(2)),
    }));
  }

  /** Competition ranking ("1224") from @simpul/reporting over the stage aggregates. */
  rank(cohort: RankingRow[]): RankedProposal[] {
    return rankCohort(cohort, { key: (row) => row.proposalId, value: (row) => row.value }).map((ranked) => ({
      rank: ranked.rank,
      of: ranked.of,
      tied: ranked.tied,
      value: ranked.value,
      proposalId: ranked.row.proposalId,
      title: ranked.row.title,
      group: ranked.row.group,
      category: ranked.row.category,
      evaluators: ranked.row.evaluators,
      spread: ranked.row.spread,
    }));
  }

  async ranking(
    context: SubgraphContext,
    competitionId: string,
    stage: Stage,
    first?: number | null,
    after?: string | null,
  ): Promise<Connection<RankedProposal>> {
    requireSignedIn(context.caller);
    if (context.caller.role !== 'NATIONAL_ADMIN') await this.access.requireEvaluator(context, competitionId, 'TPI');
    if (!SCORED_STAGES.includes(stage))
      throw badUserInput('stage', 'Only scored stages are ranked.', 'Hanya tahap yang dinilai yang diperingkat.');
    // By position on purpose: the ranking is computed in memory over the whole cohort (competition
    // ranking "1224", ties share a place), so a page is a slice of it, not a range of stored rows.
    const page = offsetPage(first, after);
    const competition = await this.competitions.require(this.dataSource, competitionId);
    const statuses =
      stage === Stage.DESK_ASSESSMENT
        ? [ProposalStatus.ADMIN_PASSED, ProposalStatus.TOP99, ProposalStatus.TOP45, ProposalStatus.DISQUALIFIED]
        : [ProposalStatus.TOP99, ProposalStatus.TOP45];
    const ranked = this.rank(await this.cohort(this.dataSource, competition.id, stage, statuses));
    return offsetConnection(ranked.slice(page.offset, page.offset + page.limit + 1), ranked.length, page);
  }
}
