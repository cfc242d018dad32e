import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { Caller } from '@simpul/contracts';
import { decodeCursor, encodeCursor, validateFirst, type Connection } from '@simpul/service-kit';
import { canRead, readScope, requireCan } from '../access/skm-access';
import { pageOf } from '../common/page';
import { rows } from '../common/sql';
import type { SkmProfileDimension } from '../surveys/respondent-profile';
import { periodLabel, type SkmPeriodKind } from '../surveys/survey-period';
import { SURVEY_COLUMNS, type SurveyRow } from '../surveys/survey.row';
import { SurveyService } from '../surveys/survey.service';
import { ikmOf, resultOf, sampleOf, totalsOf, type RollupCell } from './result-builder';
import type { SkmDeskIkm } from '../federation/desk.model';
import type { SkmBreakdownRow, SkmExclusions, SkmLatestIkm, SkmResult } from './result.model';

/** A survey (alias s) with at least one counted questionnaire, folded or still in the delta table. */
const HAS_ANSWERS = `(SELECT coalesce(sum(c.answers), 0) FROM (
    SELECT answers FROM skm.survey_rollup WHERE survey_id = s.id AND dimension = 'ALL' AND bucket = '' AND element_index = -1
    UNION ALL SELECT answers FROM skm.rollup_delta WHERE survey_id = s.id AND dimension = 'ALL' AND bucket = '' AND element_index = -1) c) > 0`;

export interface ResultFilter {
  year: number;
  periodKind?: SkmPeriodKind | null;
  serviceUnitId?: string | null;
  mallId?: string | null;
}

/** Results read only rollups and a few survey rows: no statement here scans raw answers. */
@Injectable()
export class ResultsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly surveys: SurveyService,
  ) {}

  private async cells(surveyIds: readonly string[], dimension = 'ALL'): Promise<Map<string, RollupCell[]>> {
    const found = await rows<RollupCell & { surveyId: string }>(
      this.dataSource,
      // Both tables without the view's GROUP BY: totalsOf adds cells up anyway, and for 'ALL' the
      // folded side is an index-only scan of survey_rollup_all (a page of 100 surveys in ~1 ms).
      `SELECT survey_id AS "surveyId", element_index AS "elementIndex", value, answers FROM skm.survey_rollup
       WHERE survey_id = ANY($1::uuid[]) AND dimension = $2 AND bucket = ''
       UNION ALL
       SELECT survey_id, element_index, value, answers FROM skm.rollup_delta
       WHERE survey_id = ANY($1::uuid[]) AND dimension = $2 AND bucket = ''`,
      [surveyIds, dimension],
    );
    const map = new Map<string, RollupCell[]>();
    for (const cell of found) {
      const list = map.get(cell.surveyId) ?? [];
      list.push(cell);
      map.set(cell.surveyId, list);
    }
    return map;
  }

  private async exclusions(surveyIds: readonly string[]): Promise<Map<string, SkmExclusions>> {
    const [excluded, pending] = await Promise.all([
      rows<{ surveyId: string; reason: string; responses: number }>(this.dataSource,
        `SELECT survey_id AS "surveyId", reason, responses FROM skm.exclusion_rollup WHERE survey_id = ANY($1::uuid[]) AND responses > 0 ORDER BY reason`, [surveyIds]),
      rows<{ surveyId: string; count: number }>(this.dataSource,
        `SELECT "surveyId", sum(count)::int AS count FROM (
           SELECT survey_id AS "surveyId", count(*) AS count FROM skm.responses WHERE survey_id = ANY($1::uuid[]) AND review = 'PENDING' GROUP BY survey_id
           UNION ALL SELECT survey_id, sum(row_count) FROM skm.import_batches WHERE survey_id = ANY($1::uuid[]) AND review = 'PENDING' GROUP BY survey_id) p GROUP BY "surveyId"`, [surveyIds]),
    ]);
    const map = new Map<string, SkmExclusions>(surveyIds.map((id) => [id, { excluded: 0, reasons: [], pendingReview: 0 }]));
    for (const row of excluded) {
      const entry = map.get(row.surveyId);
      if (!entry) continue;
      if (row.reason === 'ALL') entry.excluded = row.responses;
      else entry.reasons.push({ reason: row.reason, responses: row.responses });
    }
    for (const row of pending) {
      const entry = map.get(row.surveyId);
      if (entry) entry.pendingReview = row.count;
    }
    return map;
  }

  /** Results of many surveys in three statements, whatever their number. */
  async resultsOf(surveys: readonly SurveyRow[]): Promise<SkmResult[]> {
    if (surveys.length === 0) return [];
    const ids = surveys.map((survey) => survey.id);
    const [cells, exclusions] = await Promise.all([this.cells(ids), this.exclusions(ids)]);
    return surveys.map((survey) => resultOf(survey, cells.get(survey.id) ?? [], exclusions.get(survey.id) ?? { excluded: 0, reasons: [], pendingReview: 0 }));
  }

  async result(surveyId: string, caller: Caller): Promise<SkmResult> {
    const survey = await this.surveys.load(surveyId);
    requireCan(canRead, survey, caller);
    return (await this.resultsOf([survey]))[0];
  }

  /** Every survey of a year the caller may read (e.g. all units' IKM), keyset-paged by (start date, id). */
  async results(filter: ResultFilter, first: number | null | undefined, after: string | null | undefined, caller: Caller): Promise<Connection<SkmResult>> {
    const size = validateFirst(first);
    const scope = readScope(caller, 2);
    const params: unknown[] = [filter.year, ...scope.params];
    const where = [`s.period_year = $1`, scope.sql];
    if (filter.periodKind) where.push(`s.period_kind = $${params.push(filter.periodKind)}`);
    if (filter.serviceUnitId) where.push(`s.service_unit_id = $${params.push(filter.serviceUnitId)}`);
    if (filter.mallId) where.push(`s.mall_id = $${params.push(filter.mallId)}`);
    const countParams = [...params];
    const countWhere = [...where];
    if (after) {
      const [sort, id] = decodeCursor(after);
      where.push(`(s.starts_on, s.id) > ($${params.push(String(sort))}::date, $${params.push(id)}::uuid)`);
    }
    const [page, count] = await Promise.all([
      rows<SurveyRow>(this.dataSource, `SELECT ${SURVEY_COLUMNS} FROM skm.surveys s WHERE ${where.join(' AND ')} ORDER BY s.starts_on, s.id LIMIT ${size + 1}`, params),
      rows<{ n: number }>(this.dataSource, `SELECT count(*)::int AS n FROM skm.surveys s WHERE ${countWhere.join(' AND ')}`, countParams),
    ]);
    const results = await this.resultsOf(page.slice(0, size));
    const edges = results.map((node, i) => ({ node, cursor: encodeCursor(page[i].startsOn, page[i].id) }));
    return {
      totalCount: count[0].n,
      edges,
      pageInfo: { hasNextPage: page.length > size, hasPreviousPage: Boolean(after), startCursor: edges[0]?.cursor ?? null, endCursor: edges.at(-1)?.cursor ?? null },
    };
  }

  /** IKM per profile bucket (age band, sex, education, occupation, service used). */
  async breakdown(survey: SurveyRow, dimension: SkmProfileDimension, first: number | null | undefined, after: string | null | undefined): Promise<Connection<SkmBreakdownRow>> {
    const found = await rows<RollupCell & { bucket: string }>(
      this.dataSource,
      `SELECT bucket, element_index AS "elementIndex", value, answers FROM skm.rollup_now WHERE survey_id = $1 AND dimension = $2 ORDER BY bucket`,
      [survey.id, dimension],
    );
    const byBucket = new Map<string, RollupCell[]>();
    for (const cell of found) byBucket.set(cell.bucket, [...(byBucket.get(cell.bucket) ?? []), cell]);
    const buckets: SkmBreakdownRow[] = [];
    for (const [bucket, cells] of byBucket) {
      const totals = totalsOf(survey.elements.length, cells);
      if (totals.respondents === 0) continue;
      // A small bucket may leave an element unanswered; its IKM is then not computable.
      const answeredAll = totals.histograms.every((h) => h.some((n) => n > 0));
      const { ikm } = answeredAll ? ikmOf(survey, totals) : { ikm: null };
      buckets.push({ bucket, respondents: totals.respondents, ikm: ikm?.value ?? null, categoryCode: ikm?.category.code ?? null });
    }
    return pageOf(buckets, first, after);
  }

  /** The latest survey with counted answers per unit (unit-wide surveys before desk surveys), in one statement. */
  async latestForUnits(unitIds: readonly string[]): Promise<Map<string, SkmLatestIkm>> {
    const latest = await rows<SurveyRow>(
      this.dataSource,
      `SELECT DISTINCT ON (s.service_unit_id) ${SURVEY_COLUMNS} FROM skm.surveys s
       WHERE s.service_unit_id = ANY($1::uuid[]) AND ${HAS_ANSWERS}
       ORDER BY s.service_unit_id, (s.desk_id IS NULL) DESC, s.ends_on DESC, s.id`,
      [unitIds],
    );
    const cells = await this.cells(latest.map((survey) => survey.id));
    const map = new Map<string, SkmLatestIkm>();
    for (const survey of latest) {
      const totals = totalsOf(survey.elements.length, cells.get(survey.id) ?? []);
      const { ikm } = ikmOf(survey, totals);
      if (!ikm || !survey.serviceUnitId) continue;
      map.set(survey.serviceUnitId, {
        surveyId: survey.id, value: ikm.value, category: ikm.category, periodLabel: periodLabel(survey.periodKind, survey.periodYear, survey.periodNumber),
        startsOn: survey.startsOn, endsOn: survey.endsOn, respondents: totals.respondents, sampleAdequate: sampleOf(survey.expectedUsers, totals.respondents).adequate ?? false,
      });
    }
    return map;
  }

  /**
   * The newest desk survey with counted answers per desk, with its rollup cells, in ONE statement
   * (the operator's dashboard asks for every desk of a mall at once). A new period without answers
   * yet does not blank the dashboard: the previous period's IKM stays until the first answer.
   */
  async latestForDesks(deskIds: readonly string[]): Promise<Map<string, SkmDeskIkm>> {
    const map = new Map<string, SkmDeskIkm>();
    if (deskIds.length === 0) return map;
    const latest = await rows<SurveyRow & { cells: RollupCell[] }>(
      this.dataSource,
      `WITH latest AS (
         SELECT DISTINCT ON (s.desk_id) ${SURVEY_COLUMNS} FROM skm.surveys s
         WHERE s.desk_id = ANY($1::uuid[]) AND ${HAS_ANSWERS}
         ORDER BY s.desk_id, s.ends_on DESC, s.id)
       SELECT l.*, coalesce((SELECT json_agg(json_build_object('elementIndex', r.element_index, 'value', r.value, 'answers', r.answers))
         FROM skm.rollup_now r WHERE r.survey_id = l.id AND r.dimension = 'ALL' AND r.bucket = ''), '[]'::json) AS cells
       FROM latest l`,
      [deskIds],
    );
    for (const survey of latest) {
      const totals = totalsOf(survey.elements.length, survey.cells);
      const { ikm } = ikmOf(survey, totals);
      if (!ikm || !survey.deskId) continue;
      map.set(survey.deskId, {
        surveyId: survey.id, value: ikm.value, category: ikm.category, respondents: totals.respondents,
        periodLabel: periodLabel(survey.periodKind, survey.periodYear, survey.periodNumber), startsOn: survey.startsOn, endsOn: survey.endsOn,
        sample: sampleOf(survey.expectedUsers, totals.respondents),
      });
    }
    return map;
  }

  /** A unit's published trend: its unit-wide surveys with answers, oldest first. */
  async unitTrend(unitId: string): Promise<SkmResult[]> {
    const surveys = await rows<SurveyRow>(
      this.dataSource,
      `SELECT ${SURVEY_COLUMNS} FROM skm.surveys s WHERE s.service_unit_id = $1 AND s.desk_id IS NULL
       AND ${HAS_ANSWERS}
       ORDER BY s.starts_on, s.period_kind, s.id`,
      [unitId],
    );
    return this.resultsOf(surveys);
  }
}
