import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { Identity } from '@simpul/contracts';
import { badUserInput, type Connection, one, rows, conflict, keysetPagesPerParent, type Queryable, requireText } from '@simpul/service-kit';
import { requireLevel } from '../instruments/scoring-input';
import { CyclePhase } from '../cycles/cycle-phase.enum';
import { CycleService } from '../cycles/cycle.service';
import { requireNotFrozen, requirePhase } from '../cycles/phase-rules';
import { descriptorOf, indicatorOf } from '../instruments/instrument-lookup';
import { LokusAccess } from '../access/lokus-access.service';
import type { LokusRow } from '../lokus/lokus.row';
import type { AddCommentInput, FieldVerificationInput, SaveScoreInput, SaveSecondScoreInput } from './f02.model';
import { F02Score, FieldVerification, InterRaterAgreement, ScoreComment, SecondScore } from './f02.model';
import { quadraticWeightedKappa } from './weighted-kappa';

export const SCORING_PHASES = [CyclePhase.EVALUATOR_SCORING, CyclePhase.VERIFICATION];
const SCORE_COLUMNS = `lokus_id AS "lokusId", indicator_code AS "indicatorCode", level, note, version, scored_by AS "scoredBy", updated_at AS "updatedAt"`;
const COMMENT_COLUMNS = `id, lokus_id AS "lokusId", indicator_code AS "indicatorCode", author_id AS "authorId", author_role AS "authorRole", body, created_at AS "createdAt"`;
const VERIFICATION_COLUMNS = `id, lokus_id AS "lokusId", to_char(visited_on, 'YYYY-MM-DD') AS "visitedOn", team, findings, recorded_by AS "recordedBy", recorded_at AS "recordedAt"`;

type ScoreRow = Omit<F02Score, 'descriptor'>;

@Injectable()
export class F02Service {
  constructor(
    private readonly dataSource: DataSource,
    private readonly cycles: CycleService,
    private readonly access: LokusAccess,
  ) {}

  /**
   * F-02 levels changed by a decision after scoring (an appeal granted, a correction after
   * finalisation): each a new version with the decision as its note, inside the caller's
   * transaction. The caller checks the phase and the levels; this and `save` are the only writers
   * of f02_scores.
   */
  async overwriteScores(
    db: Queryable,
    lokusId: string,
    scores: readonly { indicatorCode: string; level: number }[],
    change: { by: string; at: Date; note: string },
  ): Promise<void> {
    for (const score of scores) {
      await db.query(
        `UPDATE evaluation.f02_scores SET level = $3, version = version + 1, scored_by = $4, updated_at = $5, note = $6 WHERE lokus_id = $1 AND indicator_code = $2`,
        [lokusId, score.indicatorCode, score.level, change.by, change.at, change.note],
      );
    }
  }

  withDescriptor(row: ScoreRow, instrumentId: string | null): F02Score {
    return { ...row, descriptor: descriptorOf(instrumentId, row.indicatorCode, row.level) };
  }

  /**
   * Optimistic version check: a save names the version it edited; if someone saved in between,
   * the UPDATE matches no row and the caller gets CONFLICT with the value now stored — nothing is
   * overwritten silently. Row locks make two simultaneous saves of version n serialise.
   */
  async save(input: SaveScoreInput, caller: Identity): Promise<F02Score> {
    const lokus = await this.access.forEvaluator(input.lokusId, caller, ['PRIMARY']);
    const cycle = await this.cycles.load(lokus.cycleId);
    requirePhase(cycle, SCORING_PHASES, this.cycles.now(), { en: 'Saving an F-02 score', id: 'Penyimpanan nilai F-02' });
    indicatorOf(lokus.instrumentId, input.indicatorCode);
    requireLevel(input.level, 'input.level');
    if (!Number.isInteger(input.expectedVersion) || input.expectedVersion < 0) {
      throw badUserInput(
        'input.expectedVersion',
        'expectedVersion must be 0 (new) or the version you edited.',
        'expectedVersion harus 0 (baru) atau versi yang Anda sunting.',
      );
    }
    const note = input.note?.trim() || null;
    const params = [lokus.id, input.indicatorCode, input.level, note, caller.userId, this.cycles.now()];
    const saved =
      input.expectedVersion === 0
        ? await one<ScoreRow>(
            this.dataSource,
            `INSERT INTO evaluation.f02_scores (lokus_id, indicator_code, level, note, version, scored_by, updated_at) VALUES ($1, $2, $3, $4, 1, $5, $6)
             ON CONFLICT (lokus_id, indicator_code) DO NOTHING RETURNING ${SCORE_COLUMNS}`,
            params,
          )
        : await one<ScoreRow>(
            this.dataSource,
            `UPDATE evaluation.f02_scores SET level = $3, note = $4, version = version + 1, scored_by = $5, updated_at = $6
             WHERE lokus_id = $1 AND indicator_code = $2 AND version = $7 RETURNING ${SCORE_COLUMNS}`,
            [...params, input.expectedVersion],
          );
    if (saved) return this.withDescriptor(saved, lokus.instrumentId);
    const current = await one<ScoreRow>(
      this.dataSource,
      `SELECT ${SCORE_COLUMNS} FROM evaluation.f02_scores WHERE lokus_id = $1 AND indicator_code = $2`,
      [lokus.id, input.indicatorCode],
    );
    if (!current) {
      throw conflict(
        `There is no saved score for ${input.indicatorCode} yet: save it with expectedVersion 0.`,
        `Belum ada nilai tersimpan untuk ${input.indicatorCode}: simpan dengan expectedVersion 0.`,
        'input.expectedVersion',
      );
    }
    throw conflict(
      `Someone saved ${input.indicatorCode} first (now level ${current.level}, version ${current.version}); reload, compare and save again. Your level ${input.level} was not stored.`,
      `Orang lain sudah menyimpan ${input.indicatorCode} lebih dulu (sekarang level ${current.level}, versi ${current.version}); muat ulang, bandingkan, lalu simpan lagi. Nilai ${input.level} Anda tidak disimpan.`,
      'input.expectedVersion',
    );
  }

  async saveSecond(input: SaveSecondScoreInput, caller: Identity): Promise<SecondScore> {
    const lokus = await this.access.forEvaluator(input.lokusId, caller, ['SECOND_RATER']);
    const cycle = await this.cycles.load(lokus.cycleId);
    requirePhase(cycle, SCORING_PHASES, this.cycles.now(), { en: 'Saving a second-rater score', id: 'Penyimpanan nilai penilai kedua' });
    indicatorOf(lokus.instrumentId, input.indicatorCode);
    requireLevel(input.level, 'input.level');
    return (await one<SecondScore>(
      this.dataSource,
      `INSERT INTO evaluation.f02_second_scores (lokus_id, evaluator_id, indicator_code, level, updated_at) VALUES ($1, $2, $3, $4, $5)
       ON CONFLICT (lokus_id, evaluator_id, indicator_code) DO UPDATE SET level = EXCLUDED.level, updated_at = EXCLUDED.updated_at
       RETURNING lokus_id AS "lokusId", evaluator_id AS "evaluatorId", indicator_code AS "indicatorCode", level, updated_at AS "updatedAt"`,
      [lokus.id, caller.userId, input.indicatorCode, input.level, this.cycles.now()],
    )) as SecondScore;
  }

  async scoresFor(lokusIds: readonly string[]): Promise<ScoreRow[]> {
    return rows<ScoreRow>(
      this.dataSource,
      `SELECT ${SCORE_COLUMNS} FROM evaluation.f02_scores WHERE lokus_id = ANY($1::uuid[]) ORDER BY lokus_id, indicator_code`,
      [lokusIds],
    );
  }

  async secondScoresFor(lokusIds: readonly string[]): Promise<SecondScore[]> {
    return rows<SecondScore>(
      this.dataSource,
      `SELECT lokus_id AS "lokusId", evaluator_id AS "evaluatorId", indicator_code AS "indicatorCode", level, updated_at AS "updatedAt"
       FROM evaluation.f02_second_scores WHERE lokus_id = ANY($1::uuid[]) ORDER BY lokus_id, evaluator_id, indicator_code`,
      [lokusIds],
    );
  }

  /** The desk and the lokus' evaluators talk per indicator until the results are frozen. */
  async addComment(input: AddCommentInput, caller: Identity): Promise<ScoreComment> {
    const lokus: LokusRow = await this.access.forWork(input.lokusId, caller);
    const cycle = await this.cycles.load(lokus.cycleId);
    requireNotFrozen(cycle, { en: 'Commenting', id: 'Pemberian komentar' });
    if (input.indicatorCode) indicatorOf(lokus.instrumentId, input.indicatorCode);
    const body = requireText(input.body, 'input.body', 'The comment is empty.', 'Komentar masih kosong.');
    if (body.length > 4000) throw badUserInput('input.body', 'Keep a comment under 4,000 characters.', 'Komentar maksimal 4.000 karakter.');
    return (await one<ScoreComment>(
      this.dataSource,
      `INSERT INTO evaluation.score_comments (id, lokus_id, indicator_code, author_id, author_role, body, created_at) VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING ${COMMENT_COLUMNS}`,
      [randomUUID(), lokus.id, input.indicatorCode ?? null, caller.userId, caller.role, body, this.cycles.now()],
    )) as ScoreComment;
  }

  /** The same page of each lokus' thread, oldest first: two statements for any number of lokus. */
  commentPagesFor(
    lokusIds: readonly string[],
    first: number,
    after: string | null | undefined,
  ): Promise<Map<string, Connection<ScoreComment>>> {
    return keysetPagesPerParent<ScoreComment>(this.dataSource, {
      columns: COMMENT_COLUMNS,
      from: 'evaluation.score_comments',
      where: 'TRUE',
      params: [],
      parent: 'lokus_id',
      parentIds: lokusIds,
      keys: [{ sql: 'seq', type: 'bigint' }],
      direction: 'ASC',
      first,
      after,
    });
  }

  async recordVerification(input: FieldVerificationInput, caller: Identity): Promise<FieldVerification> {
    const lokus = await this.access.forEvaluator(input.lokusId, caller, ['PRIMARY']);
    const cycle = await this.cycles.load(lokus.cycleId);
    requirePhase(cycle, SCORING_PHASES, this.cycles.now(), { en: 'Recording a field verification', id: 'Pencatatan verifikasi lapangan' });
    if (!/^\d{4}-\d{2}-\d{2}$/.test(input.visitedOn) || Number.isNaN(Date.parse(input.visitedOn))) {
      throw badUserInput('input.visitedOn', 'The visit date must be YYYY-MM-DD.', 'Tanggal kunjungan harus YYYY-MM-DD.');
    }
    const team = input.team.map((member) => member.trim()).filter(Boolean);
    if (!team.length) throw badUserInput('input.team', 'Name at least one team member.', 'Sebutkan sedikitnya satu anggota tim.');
    const findings = requireText(input.findings, 'input.findings', 'Write down the findings.', 'Tuliskan temuan verifikasi.');
    return (await one<FieldVerification>(
      this.dataSource,
      `INSERT INTO evaluation.field_verifications (id, lokus_id, visited_on, team, findings, recorded_by, recorded_at) VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING ${VERIFICATION_COLUMNS}`,
      [randomUUID(), lokus.id, input.visitedOn, team, findings, caller.userId, this.cycles.now()],
    )) as FieldVerification;
  }

  async verificationsFor(lokusIds: readonly string[]): Promise<FieldVerification[]> {
    return rows<FieldVerification>(
      this.dataSource,
      `SELECT ${VERIFICATION_COLUMNS} FROM evaluation.field_verifications WHERE lokus_id = ANY($1::uuid[]) ORDER BY visited_on, id`,
      [lokusIds],
    );
  }

  /** Per pair (official scorer, second rater): quadratic weighted kappa over the indicators both scored. */
  async agreement(cycleId: string): Promise<InterRaterAgreement[]> {
    await this.cycles.load(cycleId);
    const pairs = await rows<{ a: string; b: string; lokusId: string; levelA: number; levelB: number }>(
      this.dataSource,
      `SELECT s.scored_by AS a, t.evaluator_id AS b, s.lokus_id AS "lokusId", s.level AS "levelA", t.level AS "levelB"
       FROM evaluation.f02_scores s
       JOIN evaluation.f02_second_scores t ON t.lokus_id = s.lokus_id AND t.indicator_code = s.indicator_code
       JOIN evaluation.lokus l ON l.id = s.lokus_id
       WHERE l.cycle_id = $1 AND s.scored_by IS NOT NULL AND s.scored_by <> t.evaluator_id`,
      [cycleId],
    );
    const groups = new Map<string, typeof pairs>();
    for (const pair of pairs) {
      const key = `${pair.a}|${pair.b}`;
      const list = groups.get(key);
      if (list) list.push(pair);
      else groups.set(key, [pair]);
    }
    return [...groups.entries()]
      .sort(([x], [y]) => x.localeCompare(y))
      .map(([, list]) => ({
        evaluatorA: list[0].a,
        evaluatorB: list[0].b,
        lokusCount: new Set(list.map((pair) => pair.lokusId)).size,
        items: list.length,
        kappa: quadraticWeightedKappa(list.map((pair) => [pair.levelA, pair.levelB] as const)),
        exactAgreement: Math.round((list.filter((pair) => pair.levelA === pair.levelB).length / list.length) * 1000) / 1000,
      }));
  }
}
