import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import type { Caller } from '@simpul/contracts';
import {
  badUserInput,
  decodeCursor,
  encodeCursor,
  notFound,
  validateFirst,
  type Connection,
  one,
  rows,
  conflict,
  wibDate,
  requireUuid,
} from '@simpul/service-kit';
import { canReview, requireCan } from '../access/skm-access';
import { bucketsSql, RESPONDENT_ROW } from '../results/rollup-cells';
import { RollupDelta } from '../results/rollup-writer';
import { SurveyService } from '../surveys/survey.service';
import { SkmReviewDecision, SkmReviewState, type SkmFlaggedResponse, type SkmImportBatch, type SkmReviewOutcome } from './review.model';

interface FlaggedRow extends SkmFlaggedResponse {
  surveyId: string;
  ageBand: string | null;
  sex: string | null;
  education: string | null;
  occupation: string | null;
  serviceId: string | null;
}

/**
 * An admin (or the mall's operator) decides on flagged answers; until then they count. Excluding
 * takes them out of the rollups in the same transaction and records why, so the IKM can say how
 * many were excluded and for what. A decision is taken once: a second reviewer gets CONFLICT.
 */
@Injectable()
export class ReviewService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly surveys: SurveyService,
  ) {}

  async flagged(
    surveyId: string,
    state: SkmReviewState,
    first: number | null | undefined,
    after: string | null | undefined,
    caller: Caller,
  ): Promise<Connection<SkmFlaggedResponse>> {
    const survey = await this.surveys.load(surveyId);
    requireCan(canReview, survey, caller);
    const size = validateFirst(first);
    const params: unknown[] = [survey.id, state];
    let keyset = '';
    if (after) keyset = ` AND id > $${params.push(requireUuid(decodeCursor(after)[1], 'after'))}`;
    const [page, count] = await Promise.all([
      rows<SkmFlaggedResponse>(
        this.dataSource,
        `SELECT id, channel, answered_at AS "answeredAt", flags, review, answers FROM skm.responses WHERE survey_id = $1 AND review = $2${keyset} ORDER BY id LIMIT ${size + 1}`,
        params,
      ),
      rows<{ n: number }>(this.dataSource, `SELECT count(*)::int AS n FROM skm.responses WHERE survey_id = $1 AND review = $2`, [
        survey.id,
        state,
      ]),
    ]);
    const edges = page.slice(0, size).map((node) => ({ node, cursor: encodeCursor(0, node.id) }));
    return {
      totalCount: count[0].n,
      edges,
      pageInfo: {
        hasNextPage: page.length > size,
        hasPreviousPage: Boolean(after),
        startCursor: edges[0]?.cursor ?? null,
        endCursor: edges.at(-1)?.cursor ?? null,
      },
    };
  }

  async batches(
    surveyId: string,
    first: number | null | undefined,
    after: string | null | undefined,
    caller: Caller,
  ): Promise<Connection<SkmImportBatch>> {
    const survey = await this.surveys.load(surveyId);
    requireCan(canReview, survey, caller);
    const size = validateFirst(first);
    const params: unknown[] = [survey.id];
    let keyset = '';
    if (after) keyset = ` AND id > $${params.push(requireUuid(decodeCursor(after)[1], 'after'))}`;
    const [page, count] = await Promise.all([
      rows<SkmImportBatch>(
        this.dataSource,
        `SELECT id, file_name AS "fileName", row_count AS "rowCount", review, imported_at AS "importedAt" FROM skm.import_batches WHERE survey_id = $1${keyset} ORDER BY id LIMIT ${size + 1}`,
        params,
      ),
      rows<{ n: number }>(this.dataSource, `SELECT count(*)::int AS n FROM skm.import_batches WHERE survey_id = $1`, [survey.id]),
    ]);
    const edges = page.slice(0, size).map((node) => ({ node, cursor: encodeCursor(0, node.id) }));
    return {
      totalCount: count[0].n,
      edges,
      pageInfo: {
        hasNextPage: page.length > size,
        hasPreviousPage: Boolean(after),
        startCursor: edges[0]?.cursor ?? null,
        endCursor: edges.at(-1)?.cursor ?? null,
      },
    };
  }

  async reviewResponses(
    responseIds: readonly string[],
    decision: SkmReviewDecision,
    note: string | null | undefined,
    caller: Caller,
  ): Promise<SkmReviewOutcome> {
    if (responseIds.length === 0 || responseIds.length > 100)
      throw badUserInput('responseIds', 'Review 1 to 100 answers at a time.', 'Tinjau 1 sampai 100 jawaban sekaligus.');
    const ids = responseIds.map((id, i) => requireUuid(id, `responseIds[${i}]`));
    const surveyIds = await rows<{ surveyId: string }>(
      this.dataSource,
      `SELECT DISTINCT survey_id AS "surveyId" FROM skm.responses WHERE id = ANY($1::uuid[])`,
      [ids],
    );
    if (surveyIds.length === 0) throw notFound('There are no such answers.', 'Jawaban tidak ditemukan.', 'responseIds');
    for (const survey of await this.surveys.loadMany(surveyIds.map((s) => s.surveyId))) requireCan(canReview, survey, caller);
    const state = decision === SkmReviewDecision.EXCLUDE ? SkmReviewState.EXCLUDED : SkmReviewState.KEPT;
    return this.dataSource.transaction(async (manager) => {
      // Only PENDING rows move, and the UPDATE locks them: of two reviewers, one decides.
      const decided = await rows<FlaggedRow>(
        manager,
        `UPDATE skm.responses SET review = $2, review_note = $3, reviewed_by = $4, reviewed_at = now() WHERE id = ANY($1::uuid[]) AND review = 'PENDING'
         RETURNING id, survey_id AS "surveyId", answered_at AS "answeredAt", flags, answers, age_band AS "ageBand", sex, education, occupation, service_id AS "serviceId"`,
        [ids, state, note?.trim() || null, caller?.userId ?? null],
      );
      if (decided.length !== ids.length) {
        throw conflict(
          'Some of these answers are not waiting for review (already decided or never flagged).',
          'Sebagian jawaban ini tidak menunggu tinjauan (sudah diputuskan atau tidak bertanda).',
          'responseIds',
        );
      }
      if (state === SkmReviewState.EXCLUDED) {
        const delta = new RollupDelta();
        for (const row of decided) delta.exclude({ ...row, day: wibDate(new Date(row.answeredAt)) }, row.flags);
        await delta.flush(manager);
      }
      return { decided: decided.length, excluded: state === SkmReviewState.EXCLUDED ? decided.length : 0 };
    });
  }

  async reviewBatch(batchId: string, decision: SkmReviewDecision, caller: Caller): Promise<SkmReviewOutcome> {
    const batch = await one<{ surveyId: string }>(this.dataSource, `SELECT survey_id AS "surveyId" FROM skm.import_batches WHERE id = $1`, [
      requireUuid(batchId, 'batchId'),
    ]);
    if (!batch) throw notFound('There is no such import batch.', 'Batch impor tidak ditemukan.', 'batchId');
    requireCan(canReview, await this.surveys.load(batch.surveyId), caller);
    const state = decision === SkmReviewDecision.EXCLUDE ? SkmReviewState.EXCLUDED : SkmReviewState.KEPT;
    return this.dataSource.transaction(async (manager) => {
      const moved = await rows<{ rowCount: number }>(
        manager,
        `UPDATE skm.import_batches SET review = $2 WHERE id = $1 AND review = 'PENDING' RETURNING row_count AS "rowCount"`,
        [batchId, state],
      );
      if (moved.length === 0) throw conflict('This batch was already reviewed.', 'Batch ini sudah ditinjau.', 'batchId');
      if (state === SkmReviewState.EXCLUDED) await this.excludeBatch(manager, batchId, batch.surveyId, moved[0].rowCount);
      return { decided: moved[0].rowCount, excluded: state === SkmReviewState.EXCLUDED ? moved[0].rowCount : 0 };
    });
  }

  /** Takes a whole batch out of the rollups with aggregate statements (a batch may hold a million rows). */
  private async excludeBatch(manager: EntityManager, batchId: string, surveyId: string, rowCount: number): Promise<void> {
    // The batch row now says EXCLUDED; its paper answers (skm.paper_answers) carry no review of their own.
    await manager.query(
      `WITH dims AS (
         SELECT d.dimension, d.bucket, p.answers FROM skm.paper_answers p
         CROSS JOIN LATERAL (${bucketsSql('p', 'p.answered_on::text')}) AS d(dimension, bucket)
         WHERE p.import_batch_id = $1),
       cells AS (
         SELECT dimension, bucket, ${RESPONDENT_ROW}::smallint AS element_index, 0::smallint AS value, count(*) AS n FROM dims GROUP BY 1, 2
         UNION ALL
         SELECT dimension, bucket, (e.ord - 1)::smallint, e.v::smallint, count(*) FROM dims CROSS JOIN LATERAL unnest(string_to_array(dims.answers, NULL)) WITH ORDINALITY AS e(v, ord)
         WHERE e.v <> '0' GROUP BY 1, 2, 3, 4)
       UPDATE skm.survey_rollup r SET answers = r.answers - c.n FROM cells c
       WHERE r.survey_id = $2 AND r.dimension = c.dimension AND r.bucket = c.bucket AND r.element_index = c.element_index AND r.value = c.value`,
      [batchId, surveyId],
    );
    await manager.query(
      `INSERT INTO skm.exclusion_rollup AS r (survey_id, reason, responses) VALUES ($1, 'STAFF_ENTERED', $2), ($1, 'ALL', $2)
       ON CONFLICT (survey_id, reason) DO UPDATE SET responses = r.responses + excluded.responses`,
      [surveyId, rowCount],
    );
  }
}
