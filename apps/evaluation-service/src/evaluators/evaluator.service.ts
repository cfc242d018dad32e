import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { Identity } from '@simpul/contracts';
import { getInstrument } from '@simpul/scoring';
import {
  badUserInput,
  mapConnection,
  notFound,
  type Connection,
  one,
  rows,
  conflict,
  keysetPage,
  isUuid,
  pageSize,
  requireText,
  type PageArgs,
} from '@simpul/service-kit';

import { CyclePhase } from '../cycles/cycle-phase.enum';
import { CycleService } from '../cycles/cycle.service';
import { requirePhase } from '../cycles/phase-rules';
import { declaringEvaluator, listedEvaluator, requireOwnDeclaration } from '../access/conflict-access';
import { LokusAccess } from '../access/lokus-access.service';
import { assignmentRefusal } from './assignment-refusal';
import type { AssignEvaluatorInput, DeclareConflictInput, EvaluatorProfileInput } from './evaluator.input';
import {
  AssignmentCandidate,
  ConflictDeclaration,
  EvaluatorAssignment,
  EvaluatorLevel,
  EvaluatorProfile,
  EvaluatorWorkload,
} from './evaluator.model';

const PROFILE_COLUMNS = `user_id AS "userId", display_name AS "displayName", agency_id AS "agencyId", level, province_code AS "provinceCode"`;
const CONFLICT_COLUMNS = `id, evaluator_id AS "evaluatorId", agency_id AS "agencyId", service_unit_id AS "serviceUnitId", reason, declared_at AS "declaredAt"`;
export const ASSIGNMENT_SELECT = `SELECT a.lokus_id AS "lokusId", a.evaluator_id AS "evaluatorId", p.display_name AS "evaluatorName", a.role, a.assigned_at AS "assignedAt"
  FROM evaluation.assignments a JOIN evaluation.evaluator_profiles p ON p.user_id = a.evaluator_id`;

/** Phases in which evaluators can still be (re)assigned. */
const ASSIGNMENT_PHASES = [CyclePhase.PREPARATION, CyclePhase.F01_FILLING, CyclePhase.F03_SURVEY, CyclePhase.EVALUATOR_SCORING];

@Injectable()
export class EvaluatorService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly cycles: CycleService,
    private readonly access: LokusAccess,
  ) {}

  async upsertProfile(input: EvaluatorProfileInput): Promise<EvaluatorProfile> {
    if (!isUuid(input.userId)) throw badUserInput('input.userId', 'The user id must be a UUID.', 'ID pengguna harus UUID.');
    if (!isUuid(input.agencyId)) throw badUserInput('input.agencyId', 'The agency id must be a UUID.', 'ID instansi harus UUID.');
    const name = requireText(input.displayName, 'input.displayName', 'The name is required.', 'Nama wajib diisi.');
    const province = input.provinceCode ?? null;
    if (input.level !== EvaluatorLevel.KEMENPANRB && !/^\d{2}$/.test(province ?? '')) {
      throw badUserInput(
        'input.provinceCode',
        'Provincial and kab/kota evaluators need their province code.',
        'Evaluator provinsi dan kab/kota wajib memiliki kode provinsi.',
      );
    }
    const saved = await one<EvaluatorProfile>(
      this.dataSource,
      `INSERT INTO evaluation.evaluator_profiles (user_id, display_name, agency_id, level, province_code) VALUES ($1, $2, $3, $4, $5)
       ON CONFLICT (user_id) DO UPDATE SET display_name = EXCLUDED.display_name, agency_id = EXCLUDED.agency_id, level = EXCLUDED.level, province_code = EXCLUDED.province_code
       RETURNING ${PROFILE_COLUMNS}`,
      [input.userId, name, input.agencyId, input.level, input.level === EvaluatorLevel.KEMENPANRB ? province : province],
    );
    return saved as EvaluatorProfile;
  }

  async profile(userId: string): Promise<EvaluatorProfile | null> {
    if (!isUuid(userId)) return null;
    return one<EvaluatorProfile>(this.dataSource, `SELECT ${PROFILE_COLUMNS} FROM evaluation.evaluator_profiles WHERE user_id = $1`, [
      userId,
    ]);
  }

  /** By name; `search` matches part of the name (the assignment picker searches as the admin types). */
  async profiles(search: string | null | undefined, page: PageArgs): Promise<Connection<EvaluatorProfile>> {
    return keysetPage<EvaluatorProfile>(this.dataSource, {
      columns: PROFILE_COLUMNS,
      from: 'evaluation.evaluator_profiles',
      where: `($1::text IS NULL OR display_name ILIKE '%' || $1 || '%')`,
      params: [search?.trim() || null],
      keys: [
        { sql: 'display_name', type: 'text' },
        { sql: 'user_id', type: 'uuid' },
      ],
      direction: 'ASC',
      first: pageSize(page),
      after: page.after,
    });
  }

  async declareConflict(input: DeclareConflictInput, caller: Identity): Promise<ConflictDeclaration> {
    const evaluatorId = declaringEvaluator(caller, input.evaluatorId);
    if (!evaluatorId || !(await this.profile(evaluatorId))) {
      throw badUserInput(
        'input.evaluatorId',
        'There is no evaluator profile for this user.',
        'Belum ada profil evaluator untuk pengguna ini.',
      );
    }
    if (!input.agencyId && !input.serviceUnitId)
      throw badUserInput('input.agencyId', 'Name the instansi or the unit.', 'Sebutkan instansi atau unitnya.');
    if (input.agencyId && !isUuid(input.agencyId))
      throw badUserInput('input.agencyId', 'The agency id must be a UUID.', 'ID instansi harus UUID.');
    if (input.serviceUnitId && !isUuid(input.serviceUnitId))
      throw badUserInput('input.serviceUnitId', 'The unit id must be a UUID.', 'ID unit harus UUID.');
    const reason = requireText(input.reason, 'input.reason', 'Say what the conflict of interest is.', 'Jelaskan konflik kepentingannya.');
    const declared = await one<ConflictDeclaration>(
      this.dataSource,
      `INSERT INTO evaluation.conflict_declarations (id, evaluator_id, agency_id, service_unit_id, reason, declared_at) VALUES ($1, $2, $3, $4, $5, $6) RETURNING ${CONFLICT_COLUMNS}`,
      [randomUUID(), evaluatorId, input.agencyId ?? null, input.serviceUnitId ?? null, reason, this.cycles.now()],
    );
    return declared as ConflictDeclaration;
  }

  async conflicts(caller: Identity, evaluatorId: string | null | undefined, page: PageArgs): Promise<Connection<ConflictDeclaration>> {
    const who = listedEvaluator(caller, evaluatorId);
    if (who !== null && !isUuid(who)) throw badUserInput('evaluatorId', 'The evaluator id must be a UUID.', 'ID evaluator harus UUID.');
    return keysetPage<ConflictDeclaration>(this.dataSource, {
      columns: CONFLICT_COLUMNS,
      from: 'evaluation.conflict_declarations',
      where: '($1::uuid IS NULL OR evaluator_id = $1)',
      params: [who],
      keys: [
        { sql: 'declared_at', type: 'timestamptz' },
        { sql: 'id', type: 'uuid' },
      ],
      direction: 'ASC',
      first: pageSize(page),
      after: page.after,
    });
  }

  /** Refuses evaluators with a declared conflict, from the same instansi, or outside the hierarchy. */
  async assign(input: AssignEvaluatorInput, caller: Identity): Promise<EvaluatorAssignment> {
    const lokus = await this.access.load(input.lokusId);
    const cycle = await this.cycles.load(lokus.cycleId);
    requirePhase(cycle, ASSIGNMENT_PHASES, this.cycles.now(), { en: 'Assigning evaluators', id: 'Penugasan evaluator' });
    const profile = await this.profile(input.evaluatorId);
    if (!profile)
      throw notFound('There is no evaluator profile for this user.', 'Belum ada profil evaluator untuk pengguna ini.', 'input.evaluatorId');
    const [facts] = await this.assignmentFacts(lokus.id, lokus.agencyId, lokus.serviceUnitId, [profile.userId]);
    const refusal = assignmentRefusal(profile, lokus, cycle, facts);
    if (refusal) throw conflict(refusal.en, refusal.id, 'input.evaluatorId');
    const inserted = await rows<{ lokus_id: string }>(
      this.dataSource,
      `INSERT INTO evaluation.assignments (lokus_id, evaluator_id, role, assigned_by, assigned_at) VALUES ($1, $2, $3, $4, $5) ON CONFLICT DO NOTHING RETURNING lokus_id`,
      [lokus.id, profile.userId, input.role, caller.userId, this.cycles.now()],
    );
    if (!inserted.length)
      throw conflict(
        `${profile.displayName} is already assigned to ${lokus.unitName}.`,
        `${profile.displayName} sudah ditugaskan pada ${lokus.unitName}.`,
        'input.evaluatorId',
      );
    return (await one<EvaluatorAssignment>(this.dataSource, `${ASSIGNMENT_SELECT} WHERE a.lokus_id = $1 AND a.evaluator_id = $2`, [
      lokus.id,
      profile.userId,
    ])) as EvaluatorAssignment;
  }

  /** Per evaluator, in the order given: their declared conflict with the lokus' instansi or unit, and their role on it. */
  private async assignmentFacts(
    lokusId: string,
    agencyId: string,
    serviceUnitId: string,
    evaluatorIds: readonly string[],
  ): Promise<{ conflictReason: string | null; assignedAs: 'PRIMARY' | 'SECOND_RATER' | null }[]> {
    const found = await rows<{ evaluatorId: string; conflictReason: string | null; assignedAs: 'PRIMARY' | 'SECOND_RATER' | null }>(
      this.dataSource,
      `SELECT e.id AS "evaluatorId",
         (SELECT c.reason FROM evaluation.conflict_declarations c WHERE c.evaluator_id = e.id AND (c.agency_id = $2 OR c.service_unit_id = $3) ORDER BY c.declared_at LIMIT 1) AS "conflictReason",
         (SELECT a.role FROM evaluation.assignments a WHERE a.lokus_id = $1 AND a.evaluator_id = e.id) AS "assignedAs"
       FROM unnest($4::uuid[]) AS e(id)`,
      [lokusId, agencyId, serviceUnitId, evaluatorIds],
    );
    const byId = new Map(found.map((row) => [row.evaluatorId, row]));
    return evaluatorIds.map((id) => ({
      conflictReason: byId.get(id)?.conflictReason ?? null,
      assignedAs: byId.get(id)?.assignedAs ?? null,
    }));
  }

  /**
   * Every enrolled evaluator (by name, `search` on the name) for one lokus, each with whether they
   * may take it and, if not, why: a declared conflict, the same instansi, the hierarchy, or already assigned.
   */
  async candidates(lokusId: string, search: string | null | undefined, page: PageArgs): Promise<Connection<AssignmentCandidate>> {
    const lokus = await this.access.load(lokusId);
    const cycle = await this.cycles.load(lokus.cycleId);
    const found = await this.profiles(search, page);
    const profiles = found.edges.map((edge) => edge.node);
    const facts = await this.assignmentFacts(
      lokus.id,
      lokus.agencyId,
      lokus.serviceUnitId,
      profiles.map((profile) => profile.userId),
    );
    const factsById = new Map(profiles.map((profile, i) => [profile.userId, facts[i]]));
    return mapConnection(found, (profile) => {
      const refusal = assignmentRefusal(profile, lokus, cycle, factsById.get(profile.userId) ?? { conflictReason: null, assignedAs: null });
      return { evaluator: profile, eligible: refusal === null, refusal };
    });
  }

  /** The admin, or the evaluator who declared it, withdraws a declaration (e.g. entered for the wrong instansi). */
  async withdrawConflict(id: string, caller: Identity): Promise<boolean> {
    const declaration = isUuid(id)
      ? await one<{ evaluatorId: string }>(
          this.dataSource,
          `SELECT evaluator_id AS "evaluatorId" FROM evaluation.conflict_declarations WHERE id = $1`,
          [id],
        )
      : null;
    if (!declaration) throw notFound('This declaration does not exist.', 'Pernyataan ini tidak ada.', 'id');
    requireOwnDeclaration(caller, declaration);
    await this.dataSource.query(`DELETE FROM evaluation.conflict_declarations WHERE id = $1`, [id]);
    return true;
  }

  async unassign(lokusId: string, evaluatorId: string): Promise<boolean> {
    const lokus = await this.access.load(lokusId);
    const cycle = await this.cycles.load(lokus.cycleId);
    requirePhase(cycle, ASSIGNMENT_PHASES, this.cycles.now(), { en: 'Removing an evaluator', id: 'Pencabutan penugasan evaluator' });
    const removed = await rows(
      this.dataSource,
      `DELETE FROM evaluation.assignments WHERE lokus_id = $1 AND evaluator_id = $2 RETURNING lokus_id`,
      [lokusId, isUuid(evaluatorId) ? evaluatorId : null],
    );
    return removed.length > 0;
  }

  async assignmentsFor(lokusIds: readonly string[]): Promise<EvaluatorAssignment[]> {
    return rows<EvaluatorAssignment>(
      this.dataSource,
      `${ASSIGNMENT_SELECT} WHERE a.lokus_id = ANY($1::uuid[]) ORDER BY a.role, p.display_name`,
      [lokusIds],
    );
  }

  /** Per evaluator: lokus by role, progress of scoring on their primary lokus, open appeals. */
  /**
   * Per evaluator with work in the cycle, by name: lokus by role, progress of scoring on their
   * primary lokus, open appeals. Aggregated in SQL, a keyset page of evaluators at a time.
   */
  async workload(cycleId: string, page: PageArgs): Promise<Connection<EvaluatorWorkload>> {
    const first = pageSize(page);
    const cycle = await this.cycles.load(cycleId);
    const perLokus = Object.fromEntries(
      cycle.instrumentIds.map((id) => [id, getInstrument(id).aspects.reduce((sum, aspect) => sum + aspect.indicators.length, 0)]),
    );
    type Totals = { instrumentId: string; count: number }[] | null;
    const found = await keysetPage<
      Omit<EvaluatorWorkload, 'totalIndicators' | 'completedLokus' | 'secondTotalIndicators'> & {
        instrumentTotals: Totals;
        secondInstruments: Totals;
      }
    >(this.dataSource, {
      columns: `p.user_id AS "evaluatorId", p.display_name AS "displayName", p.level, w."primaryLokus", w."secondRaterLokus", w."scoredIndicators",
        w."openAppeals", w."instrumentTotals", w."secondScoredIndicators", w."secondInstruments"`,
      from: `evaluation.evaluator_profiles p JOIN (
          SELECT m.evaluator_id,
            count(*) FILTER (WHERE m.role = 'PRIMARY')::int AS "primaryLokus",
            count(*) FILTER (WHERE m.role = 'SECOND_RATER')::int AS "secondRaterLokus",
            COALESCE(sum(m.scored) FILTER (WHERE m.role = 'PRIMARY'), 0)::int AS "scoredIndicators",
            COALESCE(sum(m.appeals) FILTER (WHERE m.role = 'PRIMARY'), 0)::int AS "openAppeals",
            json_agg(json_build_object('instrumentId', m.instrument_id, 'count', m.scored)) FILTER (WHERE m.role = 'PRIMARY') AS "instrumentTotals",
            COALESCE(sum(m.second_scored) FILTER (WHERE m.role = 'SECOND_RATER'), 0)::int AS "secondScoredIndicators",
            json_agg(json_build_object('instrumentId', m.instrument_id, 'count', m.second_scored)) FILTER (WHERE m.role = 'SECOND_RATER') AS "secondInstruments"
          FROM (
            SELECT a.evaluator_id, a.role, l.instrument_id,
              (SELECT count(*)::int FROM evaluation.f02_scores s WHERE s.lokus_id = l.id) AS scored,
              (SELECT count(*)::int FROM evaluation.f02_second_scores t WHERE t.lokus_id = l.id AND t.evaluator_id = a.evaluator_id) AS second_scored,
              (SELECT count(*)::int FROM evaluation.appeals ap WHERE ap.lokus_id = l.id AND ap.status = 'OPEN') AS appeals
            FROM evaluation.assignments a JOIN evaluation.lokus l ON l.id = a.lokus_id WHERE l.cycle_id = $1
          ) m GROUP BY m.evaluator_id
        ) w ON w.evaluator_id = p.user_id`,
      where: 'true',
      params: [cycleId],
      keys: [
        { sql: 'p.display_name', type: 'text' },
        { sql: 'p.user_id', type: 'uuid' },
      ],
      direction: 'ASC',
      first,
      after: page.after,
    });
    return mapConnection(found, ({ instrumentTotals, secondInstruments, ...row }) => {
      const lokus = instrumentTotals ?? [];
      return {
        ...row,
        secondTotalIndicators: (secondInstruments ?? []).reduce((sum, item) => sum + (perLokus[item.instrumentId] ?? 0), 0),
        totalIndicators: lokus.reduce((sum, item) => sum + (perLokus[item.instrumentId] ?? 0), 0),
        completedLokus: lokus.filter((item) => item.count >= (perLokus[item.instrumentId] ?? Infinity)).length,
      };
    });
  }
}
