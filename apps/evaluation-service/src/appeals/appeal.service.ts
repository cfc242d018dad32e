import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { Caller, Identity } from '@simpul/contracts';
import {
  badUserInput,
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
import { requireLevel } from '../instruments/scoring-input';
import { CyclePhase } from '../cycles/cycle-phase.enum';
import { CycleService } from '../cycles/cycle.service';
import { requirePhase } from '../cycles/phase-rules';
import { indicatorOf } from '../instruments/instrument-lookup';
import { LokusAccess, lokusScope } from '../access/lokus-access.service';
import { F02Service } from '../f02/f02.service';
import { ResultsService } from '../results/results.service';
import { AppealDecision, type Appeal, type AppealStatus, type DecideAppealInput, type FileAppealInput } from './appeal.model';

const APPEAL_COLUMNS = `id, lokus_id AS "lokusId", indicator_code AS "indicatorCode", disputed_level AS "disputedLevel", requested_level AS "requestedLevel", reason,
  filed_by AS "filedBy", filed_at AS "filedAt", status, decision_reason AS "decisionReason", new_level AS "newLevel", decided_by AS "decidedBy", decided_at AS "decidedAt",
  (SELECT lu.unit_name FROM evaluation.lokus lu WHERE lu.id = lokus_id) AS "unitName"`;

@Injectable()
export class AppealService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly cycles: CycleService,
    private readonly access: LokusAccess,
    private readonly results: ResultsService,
    private readonly f02: F02Service,
  ) {}

  async file(input: FileAppealInput, caller: Identity): Promise<Appeal> {
    const lokus = await this.access.forDesk(input.lokusId, caller);
    const cycle = await this.cycles.load(lokus.cycleId);
    requirePhase(cycle, [CyclePhase.APPEAL], this.cycles.now(), { en: 'Filing an appeal', id: 'Pengajuan sanggahan' });
    indicatorOf(lokus.instrumentId, input.indicatorCode);
    const reason = requireText(input.reason, 'input.reason', 'Say why the score is disputed.', 'Jelaskan alasan sanggahan.');
    if (input.requestedLevel !== null && input.requestedLevel !== undefined) requireLevel(input.requestedLevel, 'input.requestedLevel');
    const score = await one<{ level: number }>(
      this.dataSource,
      `SELECT level FROM evaluation.f02_scores WHERE lokus_id = $1 AND indicator_code = $2`,
      [lokus.id, input.indicatorCode],
    );
    if (!score)
      throw badUserInput(
        'input.indicatorCode',
        `${input.indicatorCode} has no evaluator score to dispute.`,
        `${input.indicatorCode} belum memiliki nilai evaluator untuk disanggah.`,
      );
    const filed = await one<Appeal>(
      this.dataSource,
      `INSERT INTO evaluation.appeals (id, lokus_id, indicator_code, disputed_level, requested_level, reason, filed_by, filed_at, status)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, 'OPEN') ON CONFLICT (lokus_id, indicator_code) WHERE status = 'OPEN' DO NOTHING RETURNING ${APPEAL_COLUMNS}`,
      [randomUUID(), lokus.id, input.indicatorCode, score.level, input.requestedLevel ?? null, reason, caller.userId, this.cycles.now()],
    );
    if (!filed)
      throw conflict(
        `An appeal on ${input.indicatorCode} is already open.`,
        `Sanggahan atas ${input.indicatorCode} masih terbuka.`,
        'input.indicatorCode',
      );
    return filed;
  }

  /** A rescore changes the F-02 score (new version) and recomputes the cycle in the same transaction. */
  async decide(input: DecideAppealInput, caller: Identity): Promise<Appeal> {
    const appeal = isUuid(input.appealId)
      ? await one<Appeal>(this.dataSource, `SELECT ${APPEAL_COLUMNS} FROM evaluation.appeals WHERE id = $1`, [input.appealId])
      : null;
    if (!appeal) throw notFound('This appeal does not exist.', 'Sanggahan ini tidak ada.', 'input.appealId');
    const lokus = await this.access.forEvaluator(appeal.lokusId, caller, ['PRIMARY']);
    const cycle = await this.cycles.load(lokus.cycleId);
    requirePhase(cycle, [CyclePhase.APPEAL], this.cycles.now(), { en: 'Deciding an appeal', id: 'Keputusan sanggahan' });
    const reason = requireText(input.reason, 'input.reason', 'Give the reason for the decision.', 'Sertakan alasan keputusan.');
    let newLevel: number | null = null;
    if (input.decision === AppealDecision.RESCORE) {
      if (input.newLevel === null || input.newLevel === undefined)
        throw badUserInput('input.newLevel', 'A rescore needs the new level.', 'Penilaian ulang memerlukan level baru.');
      newLevel = requireLevel(input.newLevel, 'input.newLevel');
    }
    const now = this.cycles.now();
    return this.dataSource.transaction(async (manager) => {
      const decided = await one<Appeal>(
        manager,
        `UPDATE evaluation.appeals SET status = $2, decision_reason = $3, new_level = $4, decided_by = $5, decided_at = $6 WHERE id = $1 AND status = 'OPEN' RETURNING ${APPEAL_COLUMNS}`,
        [appeal.id, input.decision === AppealDecision.RESCORE ? 'RESCORED' : 'REJECTED', reason, newLevel, caller.userId, now],
      );
      if (!decided) throw conflict('This appeal has already been decided.', 'Sanggahan ini sudah diputuskan.', 'input.appealId');
      if (newLevel !== null) {
        await this.f02.overwriteScores(manager, appeal.lokusId, [{ indicatorCode: appeal.indicatorCode, level: newLevel }], {
          by: caller.userId,
          at: now,
          note: `Sanggahan dikabulkan: ${reason}`,
        });
        const hasResults = await one(manager, `SELECT 1 FROM evaluation.results WHERE cycle_id = $1 LIMIT 1`, [cycle.id]);
        if (hasResults) await this.results.recomputeIn(manager, cycle, caller.userId);
      }
      return decided;
    });
  }

  async forLokus(lokusIds: readonly string[]): Promise<Appeal[]> {
    return rows<Appeal>(this.dataSource, `SELECT ${APPEAL_COLUMNS} FROM evaluation.appeals WHERE lokus_id = ANY($1::uuid[]) ORDER BY seq`, [
      lokusIds,
    ]);
  }

  /**
   * A cycle's appeals, newest first (open work filed last is on the first page), optionally of one
   * status: all of them for the admin, those of the lokus assigned to them for an evaluator.
   */
  async forCycle(cycleId: string, status: AppealStatus | null | undefined, page: PageArgs, caller: Caller): Promise<Connection<Appeal>> {
    const first = pageSize(page);
    await this.cycles.load(cycleId);
    const scope = lokusScope(caller, 3);
    return keysetPage<Appeal>(this.dataSource, {
      columns: APPEAL_COLUMNS,
      from: 'evaluation.appeals',
      where: `lokus_id IN (SELECT l.id FROM evaluation.lokus l WHERE l.cycle_id = $1 AND ${scope.clause}) AND ($2::text IS NULL OR status = $2)`,
      params: [cycleId, status ?? null, scope.value],
      keys: [{ sql: 'seq', type: 'bigint' }],
      direction: 'DESC',
      first,
      after: page.after,
    });
  }
}
