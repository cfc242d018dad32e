import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { Caller } from '@simpul/contracts';
import { decodeCursor, encodeCursor, validateFirst, type Connection, rows, wibDate, Clock, pageOf } from '@simpul/service-kit';
import { canRead, readScope, requireCan } from '../access/skm-access';
import { PROFILE_VALUES, type SkmProfileDimension } from '../surveys/respondent-profile';
import { periodLabel, type SkmPeriodKind } from '../surveys/survey-period';
import { SURVEY_COLUMNS, type SurveyRow } from '../surveys/survey.row';
import { SurveyService } from '../surveys/survey.service';
import { RESPONDENT_ROW } from './rollup-cells';
import { pickHeadline, SkmHeadlineGap, type HeadlineCandidate, type HeadlineSurvey } from './ikm-headline';
import { ikmOf, resultOf, sampleOf, totalsOf, type RollupCell } from './result-builder';
import type { SkmDeskIkm } from '../federation/desk.model';
import type { SkmBreakdownRow, SkmExclusions, SkmLatestIkm, SkmResult } from './result.model';

/** A survey (alias s) with at least one counted questionnaire, folded or still in the delta table. */
const HAS_ANSWERS = `(SELECT coalesce(sum(c.answers), 0) FROM (
    SELECT answers FROM skm.survey_rollup WHERE survey_id = s.id AND dimension = 'ALL' AND bucket = '' AND element_index = ${RESPONDENT_ROW}
    UNION ALL SELECT answers FROM skm.rollup_delta WHERE survey_id = s.id AND dimension = 'ALL' AND bucket = '' AND element_index = ${RESPONDENT_ROW}) c) > 0`;

export interface UnitHeadline {
  ikm: SkmLatestIkm | null;
  gap: SkmHeadlineGap | null;
  /** The period type its trend is drawn in. */
  periodKind: SkmPeriodKind | null;
}

export interface DeskHeadline {
  ikm: SkmDeskIkm | null;
  gap: SkmHeadlineGap | null;
  periodKind: SkmPeriodKind | null;
}

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
    private readonly clock: Clock,
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
      rows<{ surveyId: string; reason: string; responses: number }>(
        this.dataSource,
        `SELECT survey_id AS "surveyId", reason, responses FROM skm.exclusion_rollup WHERE survey_id = ANY($1::uuid[]) AND responses > 0 ORDER BY reason`,
        [surveyIds],
      ),
      rows<{ surveyId: string; count: number }>(
        this.dataSource,
        `SELECT "surveyId", sum(count)::int AS count FROM (
           SELECT survey_id AS "surveyId", count(*) AS count FROM skm.responses WHERE survey_id = ANY($1::uuid[]) AND review = 'PENDING' GROUP BY survey_id
           UNION ALL SELECT survey_id, sum(row_count) FROM skm.import_batches WHERE survey_id = ANY($1::uuid[]) AND review = 'PENDING' GROUP BY survey_id) p GROUP BY "surveyId"`,
        [surveyIds],
      ),
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
    return surveys.map((survey) =>
      resultOf(survey, cells.get(survey.id) ?? [], exclusions.get(survey.id) ?? { excluded: 0, reasons: [], pendingReview: 0 }),
    );
  }

  async result(surveyId: string, caller: Caller): Promise<SkmResult> {
    const survey = await this.surveys.load(surveyId);
    requireCan(canRead, survey, caller);
    return (await this.resultsOf([survey]))[0];
  }

  /** Every survey of a year the caller may read (e.g. all units' IKM), keyset-paged by (start date, id). */
  async results(
    filter: ResultFilter,
    first: number | null | undefined,
    after: string | null | undefined,
    caller: Caller,
  ): Promise<Connection<SkmResult>> {
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
      rows<SurveyRow>(
        this.dataSource,
        `SELECT ${SURVEY_COLUMNS} FROM skm.surveys s WHERE ${where.join(' AND ')} ORDER BY s.starts_on, s.id LIMIT ${size + 1}`,
        params,
      ),
      rows<{ n: number }>(this.dataSource, `SELECT count(*)::int AS n FROM skm.surveys s WHERE ${countWhere.join(' AND ')}`, countParams),
    ]);
    const results = await this.resultsOf(page.slice(0, size));
    const edges = results.map((node, i) => ({ node, cursor: encodeCursor(page[i].startsOn, page[i].id) }));
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

  /** IKM per profile bucket (age band, sex, education, occupation, service used). */
  async breakdown(
    survey: SurveyRow,
    dimension: SkmProfileDimension,
    first: number | null | undefined,
    after: string | null | undefined,
  ): Promise<Connection<SkmBreakdownRow>> {
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
    // The profile's own order (Under 20 before 20–29 …), not the codes' alphabetical one; unknown last.
    const order: readonly string[] = (PROFILE_VALUES as Record<string, string[]>)[dimension] ?? [];
    const rank = (bucket: string) =>
      order.includes(bucket) ? order.indexOf(bucket) : bucket === 'UNKNOWN' ? Number.MAX_SAFE_INTEGER : order.length;
    buckets.sort((a, b) => rank(a.bucket) - rank(b.bucket) || a.bucket.localeCompare(b.bucket));
    return pageOf(buckets, first, after);
  }

  /**
   * Every survey with counted answers of the given units or desks, with its whole-survey rollup
   * cells and the answers still waiting for review, in ONE statement (a dashboard asks for every
   * desk of a mall at once, a list for every unit of its page). The cells come as three parallel
   * comma-separated lists from both rollup tables (totalsOf adds them up): building a JSON object per
   * cell through the rollup_now view cost PostgreSQL four times as much, and parsing text[] arrays
   * in JavaScript cost Node more than splitting a string.
   */
  private async candidates(owner: 'service_unit_id' | 'desk_id', ids: readonly string[]): Promise<HeadlineCandidate[]> {
    if (ids.length === 0) return [];
    const found = await rows<HeadlineSurvey & { pending: number; elementIndexes: string; values: string; answers: string }>(
      this.dataSource,
      `SELECT s.id, s.service_unit_id AS "serviceUnitId", s.desk_id AS "deskId", s.period_kind AS "periodKind", s.period_year AS "periodYear",
         s.period_number AS "periodNumber", s.starts_on AS "startsOn", s.ends_on AS "endsOn", s.elements, s.expected_users AS "expectedUsers",
         (SELECT count(*)::int FROM skm.responses r WHERE r.survey_id = s.id AND r.review = 'PENDING')
           + (SELECT coalesce(sum(b.row_count), 0)::int FROM skm.import_batches b WHERE b.survey_id = s.id AND b.review = 'PENDING') AS pending,
         c.element_indexes AS "elementIndexes", c.values, c.answers
       FROM skm.surveys s CROSS JOIN LATERAL (
         SELECT string_agg(x.element_index::text, ',') AS element_indexes, string_agg(x.value::text, ',') AS values,
           string_agg(x.answers::text, ',') AS answers,
           sum(x.answers) FILTER (WHERE x.element_index = ${RESPONDENT_ROW}) AS respondents
         FROM (SELECT element_index, value, answers FROM skm.survey_rollup WHERE survey_id = s.id AND dimension = 'ALL' AND bucket = ''
               UNION ALL SELECT element_index, value, answers FROM skm.rollup_delta WHERE survey_id = s.id AND dimension = 'ALL' AND bucket = '') x) c
       WHERE s.${owner} = ANY($1::uuid[]) AND c.respondents > 0`,
      [ids],
      // Prepared: asked for every page of units (latestIkm) and of desks; planning the subqueries
      // costs more than running them.
      { prepared: true },
    );
    return found.map(({ pending, elementIndexes, values, answers, ...survey }) => {
      const valueList = values.split(',');
      const answerList = answers.split(',');
      const cells = elementIndexes.split(',').map((elementIndex, i) => ({
        elementIndex: Number(elementIndex),
        value: Number(valueList[i]),
        answers: Number(answerList[i]),
      }));
      return { survey, pending, cells };
    });
  }

  private headlineIkm(survey: HeadlineSurvey, cells: RollupCell[]): SkmLatestIkm | null {
    const totals = totalsOf(survey.elements.length, cells);
    const { ikm } = ikmOf(survey, totals);
    if (!ikm) return null;
    return {
      surveyId: survey.id,
      value: ikm.value,
      category: ikm.category,
      periodLabel: periodLabel(survey.periodKind, survey.periodYear, survey.periodNumber),
      periodKind: survey.periodKind,
      year: survey.periodYear,
      number: survey.periodNumber,
      startsOn: survey.startsOn,
      endsOn: survey.endsOn,
      respondents: totals.respondents,
      sampleAdequate: sampleOf(survey.expectedUsers, totals.respondents).adequate ?? false,
    };
  }

  private today(): string {
    return wibDate(this.clock.now());
  }

  /**
   * The headline IKM per unit (pickHeadline: most recent completed, reviewed, adequately sampled
   * period) from its unit-wide surveys; a unit surveyed only at MPP desks is judged on those.
   */
  async headlinesForUnits(unitIds: readonly string[]): Promise<Map<string, UnitHeadline>> {
    const all = await this.candidates('service_unit_id', unitIds);
    const today = this.today();
    const map = new Map<string, UnitHeadline>();
    for (const unitId of unitIds) {
      const own = all.filter((c) => c.survey.serviceUnitId === unitId);
      const unitWide = own.filter((c) => c.survey.deskId === null);
      const headline = pickHeadline(unitWide.length ? unitWide : own, today);
      if ('gap' in headline)
        map.set(unitId, { ikm: null, gap: headline.gap, periodKind: this.trendKindOf(unitWide.length ? unitWide : own, today) });
      else {
        const ikm = this.headlineIkm(headline.survey, headline.cells);
        map.set(unitId, { ikm, gap: ikm ? null : SkmHeadlineGap.NO_ANSWERS, periodKind: headline.survey.periodKind });
      }
    }
    return map;
  }

  /** The same rule per MPP desk, with the sample travelling along (the operator's dashboard shows it). */
  async headlinesForDesks(deskIds: readonly string[]): Promise<Map<string, DeskHeadline>> {
    const all = await this.candidates('desk_id', deskIds);
    const today = this.today();
    const map = new Map<string, DeskHeadline>();
    for (const deskId of deskIds) {
      const own = all.filter((c) => c.survey.deskId === deskId);
      const headline = pickHeadline(own, today);
      if ('gap' in headline) {
        map.set(deskId, { ikm: null, gap: headline.gap, periodKind: this.trendKindOf(own, today) });
        continue;
      }
      const { survey, cells } = headline;
      const totals = totalsOf(survey.elements.length, cells);
      const { ikm } = ikmOf(survey, totals);
      map.set(deskId, {
        gap: ikm ? null : SkmHeadlineGap.NO_ANSWERS,
        periodKind: survey.periodKind,
        ikm: ikm
          ? {
              surveyId: survey.id,
              value: ikm.value,
              category: ikm.category,
              respondents: totals.respondents,
              periodLabel: periodLabel(survey.periodKind, survey.periodYear, survey.periodNumber),
              periodKind: survey.periodKind,
              year: survey.periodYear,
              number: survey.periodNumber,
              startsOn: survey.startsOn,
              endsOn: survey.endsOn,
              sample: sampleOf(survey.expectedUsers, totals.respondents),
            }
          : null,
      });
    }
    return map;
  }

  /** Without a headline the trend still keeps to one period type: that of the most recent completed survey, else the most recent. */
  private trendKindOf(candidates: readonly HeadlineCandidate[], today: string): SkmPeriodKind | null {
    const ordered = [...candidates].sort(
      (a, b) => b.survey.endsOn.localeCompare(a.survey.endsOn) || b.survey.startsOn.localeCompare(a.survey.startsOn),
    );
    return (ordered.find((c) => c.survey.endsOn < today) ?? ordered[0])?.survey.periodKind ?? null;
  }

  /** For the federation fields: the headline IKM only. */
  async latestForUnits(unitIds: readonly string[]): Promise<Map<string, SkmLatestIkm>> {
    const map = new Map<string, SkmLatestIkm>();
    for (const [id, headline] of await this.headlinesForUnits(unitIds)) if (headline.ikm) map.set(id, headline.ikm);
    return map;
  }

  async latestForDesks(deskIds: readonly string[]): Promise<Map<string, SkmDeskIkm>> {
    const map = new Map<string, SkmDeskIkm>();
    for (const [id, headline] of await this.headlinesForDesks(deskIds)) if (headline.ikm) map.set(id, headline.ikm);
    return map;
  }

  /**
   * A published trend: the unit-wide (or one desk's) surveys with answers of ONE period type, the
   * headline's, oldest first. Semesters and quarters overlap, so a mixed line would count months twice.
   */
  async trend(owner: { serviceUnitId: string } | { deskId: string }, kind: SkmPeriodKind | null): Promise<SkmResult[]> {
    if (!kind) return [];
    const where = 'deskId' in owner ? 's.desk_id = $1' : 's.service_unit_id = $1 AND s.desk_id IS NULL';
    const surveys = await rows<SurveyRow>(
      this.dataSource,
      `SELECT ${SURVEY_COLUMNS} FROM skm.surveys s WHERE ${where} AND s.period_kind = $2
       AND ${HAS_ANSWERS}
       ORDER BY s.starts_on, s.id`,
      ['deskId' in owner ? owner.deskId : owner.serviceUnitId, kind],
    );
    return this.resultsOf(surveys);
  }

  /** The MPP desks where a unit has a desk survey with answers (each has its own public page). */
  async desksOfUnit(unitId: string): Promise<string[]> {
    const found = await rows<{ deskId: string }>(
      this.dataSource,
      `SELECT DISTINCT s.desk_id AS "deskId" FROM skm.surveys s WHERE s.service_unit_id = $1 AND s.desk_id IS NOT NULL AND ${HAS_ANSWERS} ORDER BY 1`,
      [unitId],
    );
    return found.map((row) => row.deskId);
  }
}
