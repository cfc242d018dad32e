import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import type { Caller, Identity } from '@simpul/contracts';
import { aggregateLevels } from '@simpul/reporting';
import { ippCategory, roundHalfUp } from '@simpul/scoring';
import {
  CacheInvalidation,
  badUserInput,
  DataOrigin,
  mapConnection,
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
import { requireLevel, scoring } from '../instruments/scoring-input';
import { CyclePhase, EvaluationScheme } from '../cycles/cycle-phase.enum';
import type { CycleRow } from '../cycles/cycle.row';
import { CycleService } from '../cycles/cycle.service';
import { requirePhase } from '../cycles/phase-rules';
import { F02Service } from '../f02/f02.service';
import { indicatorOf } from '../instruments/instrument-lookup';
import { requireAdminUntilPublished, resultScope } from '../access/result-access';
import { computeLokus, computeResults, rankWithinCohorts, type LokusInputs, type StoredInputs } from './compute-results';
import { pageOfRanking, RANKING_TOPIC, RankingCache } from './ranking-cache';
import { RankRangeService } from './rank-range.service';
import { resultLabel } from './result-label';
import { insertResults, replaceCycleResults, updateRanks, type Provenance } from './result-writer';
import {
  categoryOf,
  RANKED_KEYS,
  RESULT_COLUMNS,
  RESULT_FROM,
  RESULT_SELECT,
  toExplanation,
  toLokusResult,
  type RawResult,
  type StoredResult,
} from './result.row';
import type { CorrectResultInput } from './results.model';
import { CycleAggregates, IppExplanation, IppResult, RecomputeReport, TrendPointInfo, TrendSource } from './results.model';

export const RECOMPUTE_PHASES = [CyclePhase.VERIFICATION, CyclePhase.APPEAL, CyclePhase.FINALISATION];

/** Every input of every lokus of a cycle in one statement: F-02 levels as an object, F-03 rows as arrays. */
const LOAD_INPUTS = `
  WITH cycle_lokus AS (SELECT id FROM evaluation.lokus WHERE cycle_id = $1),
  s AS (SELECT lokus_id, jsonb_object_agg(indicator_code, level) AS f02 FROM evaluation.f02_scores WHERE lokus_id IN (SELECT id FROM cycle_lokus) GROUP BY lokus_id),
  r AS (SELECT lokus_id, jsonb_agg(to_jsonb(answers) ORDER BY submitted_at, id) AS f03 FROM evaluation.survey_responses WHERE lokus_id IN (SELECT id FROM cycle_lokus) GROUP BY lokus_id)
  SELECT l.id AS "lokusId", l.cohort, l.instrument_id AS "instrumentId", l.min_respondents AS "minRespondents", l.unit_name AS "unitName",
    COALESCE(s.f02, '{}'::jsonb) AS f02, COALESCE(r.f03, '[]'::jsonb) AS f03
  FROM evaluation.lokus l LEFT JOIN s ON s.lokus_id = l.id LEFT JOIN r ON r.lokus_id = l.id
  WHERE l.cycle_id = $1`;

/** A cycle's results name the cycle (and its scheme) as their source; demo ones have none. */
export function cycleProvenance(origin: 'OFFICIAL' | 'DEMO', cycle: Pick<CycleRow, 'name' | 'scheme'>): Provenance {
  return { origin, source: origin === 'OFFICIAL' ? resultLabel(cycle.name, cycle.scheme, null, null).id : null };
}

@Injectable()
export class ResultsService {
  private readonly published = new RankingCache();

  constructor(
    private readonly dataSource: DataSource,
    private readonly cycles: CycleService,
    private readonly f02: F02Service,
    private readonly invalidation: CacheInvalidation,
    private readonly ranges: RankRangeService,
  ) {
    invalidation.subscribe(RANKING_TOPIC, (cycleId) => (cycleId === null ? this.published.clear() : this.published.clearCycle(cycleId)));
  }

  async recompute(cycleId: string, caller: Identity): Promise<RecomputeReport> {
    const cycle = await this.cycles.load(cycleId);
    requirePhase(cycle, RECOMPUTE_PHASES, this.cycles.now(), { en: 'Recomputing results', id: 'Penghitungan ulang hasil' });
    const report = await this.dataSource.transaction((manager) => this.recomputeIn(manager, cycle, caller.userId));
    this.ranges.clearCycle(cycleId);
    return report;
  }

  /**
   * Recomputes and re-ranks a whole cycle inside `manager`'s transaction: one SELECT for the
   * inputs, computeIpp and rankCohort in memory, set-based INSERTs for the results.
   */
  async recomputeIn(manager: EntityManager, cycle: CycleRow, computedBy: string | null): Promise<RecomputeReport> {
    const started = performance.now();
    // Serialises recomputes of one cycle and waits for a finalisation in flight.
    const locked = await one<{ finalised_at: Date | null; origin: 'OFFICIAL' | 'DEMO'; holds_aggregates: boolean }>(
      manager,
      `SELECT finalised_at, origin,
         EXISTS (SELECT 1 FROM evaluation.results WHERE cycle_id = $1 AND basis = 'PUBLISHED_AGGREGATE') AS holds_aggregates
       FROM evaluation.cycles WHERE id = $1 FOR UPDATE`,
      [cycle.id],
    );
    // Recomputing would replace the published figures with nothing: there are no scores behind them.
    if (locked?.holds_aggregates)
      throw conflict(
        'This cycle holds published figures without the scores behind them; its results cannot be recomputed.',
        'Siklus ini memuat angka yang dipublikasikan tanpa nilai di baliknya; hasilnya tidak dapat dihitung ulang.',
        'cycleId',
      );
    if (locked?.finalised_at)
      requirePhase({ ...cycle, finalisedAt: locked.finalised_at }, RECOMPUTE_PHASES, this.cycles.now(), {
        en: 'Recomputing results',
        id: 'Penghitungan ulang hasil',
      });
    const inputs = await rows<LokusInputs & { unitName: string }>(manager, LOAD_INPUTS, [cycle.id]);
    const loaded = performance.now();
    const { results, skipped } = computeResults(inputs);
    const computed = performance.now();
    // Results computed here from a cycle's work take the cycle's origin: real work is not demo, a demo cycle's is.
    const provenance = cycleProvenance(locked?.origin ?? 'OFFICIAL', cycle);
    await replaceCycleResults(manager, cycle.id, inputs, results, computedBy, this.cycles.now(), () => provenance);
    // Every replica drops what it keeps of this cycle's rankings (their rank ranges) when this commits.
    await this.invalidation.publish(manager, RANKING_TOPIC, cycle.id);
    const written = performance.now();
    const names = new Map(inputs.map((lokus) => [lokus.lokusId, lokus.unitName]));
    return {
      cycleId: cycle.id,
      computed: results.length,
      skipped: skipped.map((item) => ({ ...item, unitName: names.get(item.lokusId) ?? '' })),
      cohorts: new Set(results.map((result) => result.cohort)).size,
      durationMs: Math.round(written - started),
      loadMs: Math.round(loaded - started),
      computeMs: Math.round(computed - loaded),
      writeMs: Math.round(written - computed),
    };
  }

  /** Current results by cohort, then rank: a keyset page (two statements whatever the page). */
  async list(cycleId: string, caller: Caller, cohort: string | null | undefined, page: PageArgs): Promise<Connection<StoredResult>> {
    await this.cycles.loadVisible(cycleId, caller);
    const first = pageSize(page);
    const scope = resultScope(caller, 2);
    const found = await keysetPage<RawResult>(this.dataSource, {
      columns: RESULT_COLUMNS,
      from: RESULT_FROM,
      where: `r.cycle_id = $1 AND r.current AND ${scope.clause} AND ($3::text IS NULL OR r.cohort = $3)`,
      params: [cycleId, scope.value, cohort ?? null],
      keys: [{ sql: 'r.cohort', type: 'text' }, ...RANKED_KEYS],
      direction: 'ASC',
      first,
      after: page.after,
    });
    return mapConnection(found, toLokusResult);
  }

  /** The cohorts of a cycle's current results the caller may read, for a cohort filter: a short list. */
  async cohorts(cycleId: string, caller: Caller): Promise<string[]> {
    await this.cycles.loadVisible(cycleId, caller);
    const scope = resultScope(caller, 2);
    const found = await rows<{ cohort: string }>(
      this.dataSource,
      `SELECT DISTINCT r.cohort FROM ${RESULT_FROM} WHERE r.cycle_id = $1 AND r.current AND ${scope.clause} ORDER BY r.cohort`,
      [cycleId, scope.value],
    );
    return found.map((row) => row.cohort);
  }

  /** Every current result of the cycle the caller may read, optionally of one cohort, in the order of `list` (exports). */
  async allVisible(cycleId: string, caller: Caller, cohort: string | null = null): Promise<RawResult[]> {
    const scope = resultScope(caller, 2);
    return rows<RawResult>(
      this.dataSource,
      `${RESULT_SELECT} WHERE r.cycle_id = $1 AND r.current AND ${scope.clause} AND ($3::text IS NULL OR r.cohort = $3)
       ORDER BY r.cohort, ${RANKED_KEYS.map((key) => key.sql).join(', ')}`,
      [cycleId, scope.value, cohort],
    );
  }

  async currentFor(lokusIds: readonly string[], caller: Caller): Promise<StoredResult[]> {
    const scope = resultScope(caller, 2);
    const found = await rows<RawResult>(
      this.dataSource,
      `${RESULT_SELECT} WHERE r.lokus_id = ANY($1::uuid[]) AND r.current AND ${scope.clause}`,
      [lokusIds, scope.value],
    );
    return found.map(toLokusResult);
  }

  async historyFor(lokusIds: readonly string[], caller: Caller): Promise<StoredResult[]> {
    const scope = resultScope(caller, 2);
    const found = await rows<RawResult>(
      this.dataSource,
      `${RESULT_SELECT} WHERE r.lokus_id = ANY($1::uuid[]) AND ${scope.clause} ORDER BY r.version`,
      [lokusIds, scope.value],
    );
    return found.map(toLokusResult);
  }

  /** Explanations by result id (only results the caller can already see reach this). */
  async explanations(resultIds: readonly string[]): Promise<{ id: string; explanation: IppExplanation }[]> {
    const found = await rows<{ id: string; explanation: IppExplanation }>(
      this.dataSource,
      `SELECT id, explanation FROM evaluation.results WHERE id = ANY($1::uuid[])`,
      [resultIds],
    );
    return found.map((row) => ({ id: row.id, explanation: toExplanation(row.explanation) }));
  }

  /** ServiceUnit.ippResults: one row per cycle, oldest first; published results, plus the unit's own desk's and the admin's. */
  async unitResults(unitIds: readonly string[], caller: Caller): Promise<(IppResult & { serviceUnitId: string })[]> {
    const valid = unitIds.filter(isUuid);
    if (!valid.length) return [];
    const scope = resultScope(caller, 2);
    const found = await rows<RawResult & { published: boolean }>(
      this.dataSource,
      `SELECT * FROM (${RESULT_SELECT.replace('r.computed_at AS "computedAt"', 'r.computed_at AS "computedAt", c.published_at IS NOT NULL AS published')}
         WHERE l.service_unit_id = ANY($1::uuid[]) AND r.current AND ${scope.clause}) x ORDER BY year, "computedAt"`,
      [valid, scope.value],
      // Prepared: asked for every page of units that shows their IPP (one text per caller scope).
      { prepared: true },
    );
    return found.map((raw) => ({
      serviceUnitId: raw.serviceUnitId,
      year: raw.year,
      cycleId: raw.cycleId,
      lokusId: raw.lokusId,
      index: Number(raw.index),
      category: categoryOf(Number(raw.index)),
      rank: raw.rank,
      cohortSize: raw.cohortSize,
      cohort: raw.cohort,
      published: raw.published,
      cycleName: raw.cycleName,
      scheme: raw.scheme,
      origin: raw.origin,
      source: raw.source,
      label: resultLabel(raw.cycleName, raw.scheme, raw.rank, raw.cohortSize),
    }));
  }

  /**
   * A cohort ranked from the stored results (rank k of n), for the public once published. A
   * published cohort is read whole once and kept in the replica's cache, pages then come from
   * memory; an unpublished one (the admin) is read a keyset page at a time.
   */
  async cohortRanking(cycleId: string, cohort: string, caller: Caller, page: PageArgs): Promise<Connection<StoredResult>> {
    const first = pageSize(page);
    const cached = this.published.get(cycleId, cohort);
    const fromCache = cached ? pageOfRanking(cached, first, page.after) : null;
    if (fromCache) return fromCache;
    const cycle = await this.cycles.loadVisible(cycleId, caller);
    if (!cycle.publishedAt) {
      requireAdminUntilPublished(cycle, caller);
      const found = await keysetPage<RawResult>(this.dataSource, {
        columns: RESULT_COLUMNS,
        from: RESULT_FROM,
        where: 'r.cycle_id = $1 AND r.current AND r.cohort = $2',
        params: [cycleId, cohort],
        keys: RANKED_KEYS,
        direction: 'ASC',
        first,
        after: page.after,
      });
      return mapConnection(found, toLokusResult);
    }
    const readAt = this.published.generation;
    const whole = await rows<RawResult>(
      this.dataSource,
      `${RESULT_SELECT} WHERE r.cycle_id = $1 AND r.current AND r.cohort = $2 ORDER BY ${RANKED_KEYS.map((key) => key.sql).join(', ')}`,
      [cycleId, cohort],
    );
    const ranked = whole.map(toLokusResult);
    this.published.set(cycleId, cohort, ranked, Date.now(), readAt);
    const paged = pageOfRanking(ranked, first, page.after);
    if (!paged) throw badUserInput('after', 'The cursor is not valid for this list.', 'Kursor tidak valid untuk daftar ini.');
    return paged;
  }

  async aggregates(cycleId: string, caller: Caller): Promise<CycleAggregates> {
    const cycle = await this.cycles.loadVisible(cycleId, caller);
    requireAdminUntilPublished(cycle, caller);
    const found = await rows<{
      index: string;
      agencyId: string;
      agencyName: string | null;
      provinceCode: string;
      provinceName: string | null;
      origin: DataOrigin;
    }>(
      this.dataSource,
      `SELECT r.index, r.origin, l.agency_id AS "agencyId", l.agency_name AS "agencyName", l.province_code AS "provinceCode", l.province_name AS "provinceName"
       FROM evaluation.results r JOIN evaluation.lokus l ON l.id = r.lokus_id WHERE r.cycle_id = $1 AND r.current`,
      [cycleId],
    );
    const levels = aggregateLevels(
      found,
      { instansi: (row) => row.agencyId, province: (row) => row.provinceCode },
      { value: (row) => Number(row.index) },
    );
    const agencyNames = new Map(found.map((row) => [row.agencyId, row.agencyName]));
    const provinceNames = new Map(found.map((row) => [row.provinceCode, row.provinceName]));
    // A mean is derived; a mean with demo results in it is demo, never to be read as an official figure.
    const demoGroups = new Set(
      found.filter((row) => row.origin === DataOrigin.DEMO).flatMap((row) => [`i:${row.agencyId}`, `p:${row.provinceCode}`, 'nasional']),
    );
    const originOf = (key: string) => (demoGroups.has(key) ? DataOrigin.DEMO : DataOrigin.DERIVED);
    const figure = (
      group: string,
      name: string | null,
      result: { count: number; value: number | null; min: number | null; max: number | null; method: string },
      key: string,
    ) => ({
      group,
      name,
      count: result.count,
      value: result.value,
      min: result.min,
      max: result.max,
      method: result.method,
      category: result.value === null ? null : ippCategory(result.value),
      origin: originOf(key),
    });
    return {
      cycleId,
      nation: figure('nasional', 'Nasional', levels.nation, 'nasional'),
      instansiFigures: levels.instansi
        .map((group) => figure(group.group, agencyNames.get(group.group) ?? null, group, `i:${group.group}`))
        .sort((a, b) => (a.name ?? '').localeCompare(b.name ?? '', 'id') || a.group.localeCompare(b.group)),
      province: levels.province.map((group) => figure(group.group, provinceNames.get(group.group) ?? null, group, `p:${group.group}`)),
    };
  }

  /**
   * The national IPP series: the published national figures (OFFICIAL, with their source), then one
   * point per published national PEMANTAUAN cycle of a year without an official figure, computed
   * from its real results (DERIVED, named by the cycle). A KHUSUS or MANDIRI cycle never enters it
   * (its lokus are not a national sample), and neither does a mean of demo results: those never sit
   * on the same line as official figures.
   */
  async nationalTrend(): Promise<TrendPointInfo[]> {
    const figures = await rows<{ year: number; index: string; source: string }>(
      this.dataSource,
      `SELECT year, index, source FROM evaluation.national_figures WHERE origin = 'OFFICIAL' ORDER BY year`,
    );
    const figureYears = figures.map((row) => row.year);
    const cycles = await rows<{ cycleId: string; year: number; name: string; scheme: EvaluationScheme; value: string; lokusCount: number }>(
      this.dataSource,
      `SELECT c.id AS "cycleId", c.year, c.name, c.scheme, avg(r.index) AS value, count(*)::int AS "lokusCount"
       FROM evaluation.results r JOIN evaluation.cycles c ON c.id = r.cycle_id
       WHERE r.current AND c.published_at IS NOT NULL AND c.scheme = 'PEMANTAUAN' AND c.origin = 'OFFICIAL' AND NOT (c.year = ANY($1::int[]))
       GROUP BY c.id HAVING bool_and(r.origin <> 'DEMO')
       ORDER BY c.year, c.name`,
      [figureYears],
    );
    const points = [
      ...figures.map((row) => ({
        year: row.year,
        value: Number(row.index),
        lokusCount: null,
        basis: TrendSource.PUBLISHED_FIGURE,
        origin: DataOrigin.OFFICIAL,
        source: row.source,
        cycleId: null,
        cycleName: null,
        scheme: null,
      })),
      ...cycles.map((row) => ({
        year: row.year,
        value: roundHalfUp(Number(row.value), 2),
        lokusCount: row.lokusCount,
        basis: TrendSource.COMPUTED,
        origin: DataOrigin.DERIVED,
        source: resultLabel(row.name, row.scheme, null, null).id,
        cycleId: row.cycleId,
        cycleName: row.name,
        scheme: row.scheme,
      })),
    ].sort((a, b) => a.year - b.year);
    return points.map((point, i) => ({
      ...point,
      change: i === 0 ? null : roundHalfUp(point.value - points[i - 1].value, 2),
      category: ippCategory(point.value),
    }));
  }

  /**
   * After finalisation results are frozen; a correction writes a new version of one lokus' result
   * with its reason (the previous version stays), stores the corrected F-02 levels through the F-02
   * feature and re-ranks the lokus' cohort, with computeLokus and rankWithinCohorts as a recompute
   * does, so every current rank stays "k of n".
   */
  async correct(input: CorrectResultInput, caller: Identity): Promise<StoredResult> {
    if (!isUuid(input.lokusId)) throw badUserInput('input.lokusId', 'Unknown lokus.', 'Lokus tidak dikenal.');
    const reason = requireText(input.reason, 'input.reason', 'A correction needs a reason.', 'Koreksi wajib disertai alasan.');
    if (!input.scores.length) throw badUserInput('input.scores', 'List the corrected scores.', 'Cantumkan nilai yang dikoreksi.');
    const current = await one<{
      id: string;
      cycleId: string;
      version: number;
      inputs: StoredInputs | null;
      cohort: string;
      finalisedAt: Date | null;
      cycleOrigin: 'OFFICIAL' | 'DEMO';
      cycleName: string;
      scheme: CycleRow['scheme'];
    }>(
      this.dataSource,
      `SELECT r.id, r.cycle_id AS "cycleId", r.version, r.inputs, r.cohort, c.finalised_at AS "finalisedAt", c.origin AS "cycleOrigin", c.name AS "cycleName", c.scheme
       FROM evaluation.results r JOIN evaluation.cycles c ON c.id = r.cycle_id WHERE r.lokus_id = $1 AND r.current`,
      [input.lokusId],
    );
    if (!current)
      throw conflict('This lokus has no result to correct.', 'Lokus ini belum memiliki hasil untuk dikoreksi.', 'input.lokusId');
    if (!current.finalisedAt) {
      throw conflict(
        'The results are not final yet: change the F-02 scores and recompute instead.',
        'Hasil belum final: ubah nilai F-02 lalu hitung ulang.',
        'input.lokusId',
      );
    }
    const inputs = current.inputs;
    if (!inputs)
      throw conflict(
        'This result is a published figure without the scores behind it: there is no score to correct.',
        'Hasil ini angka yang dipublikasikan tanpa nilai di baliknya: tidak ada nilai untuk dikoreksi.',
        'input.lokusId',
      );
    const f02 = { ...inputs.f02 };
    input.scores.forEach((score, i) => {
      indicatorOf(inputs.instrumentId, score.indicatorCode, `input.scores.${i}.indicatorCode`);
      f02[score.indicatorCode] = requireLevel(score.level, `input.scores.${i}.level`);
    });
    const lokusInputs: LokusInputs = {
      lokusId: input.lokusId,
      cohort: current.cohort,
      instrumentId: inputs.instrumentId,
      f02,
      f03: inputs.f03,
      minRespondents: inputs.minRespondents,
    };
    // The stored F-03 rows are the ones that counted; the respondent count is kept as it was.
    const corrected = { ...scoring(() => computeLokus(lokusInputs), 'input'), respondents: inputs.respondents };
    const now = this.cycles.now();
    // A corrected figure is no longer the published one it may have been: it takes the cycle's provenance.
    const provenance = cycleProvenance(current.cycleOrigin, { name: current.cycleName, scheme: current.scheme });
    await this.dataSource.transaction(async (manager) => {
      const cohort = await rows<{ lokusId: string; index: string }>(
        manager,
        `SELECT lokus_id AS "lokusId", index FROM evaluation.results WHERE cycle_id = $1 AND cohort = $2 AND current FOR UPDATE`,
        [current.cycleId, current.cohort],
      );
      const others = cohort.filter((row) => row.lokusId !== input.lokusId);
      const ranked = rankWithinCohorts(
        [
          ...others.map((row) => ({ lokusId: row.lokusId, index: Number(row.index) })),
          { lokusId: input.lokusId, index: corrected.ipp.index },
        ],
        {
          cohort: () => current.cohort,
          key: (row) => row.lokusId,
          index: (row) => row.index,
        },
      );
      const own = ranked.find((item) => item.row.lokusId === input.lokusId);
      await manager.query(`UPDATE evaluation.results SET current = false WHERE id = $1`, [current.id]);
      await insertResults(
        manager,
        current.cycleId,
        [
          {
            result: { ...corrected, rank: own?.rank ?? null, cohortSize: own?.cohortSize ?? null },
            inputs: lokusInputs,
            version: current.version + 1,
            reason,
            provenance,
          },
        ],
        caller.userId,
        now,
      );
      await updateRanks(
        manager,
        current.cycleId,
        ranked
          .filter((item) => item.row.lokusId !== input.lokusId)
          .map((item) => ({ lokusId: item.row.lokusId, rank: item.rank, cohortSize: item.cohortSize })),
      );
      await this.f02.overwriteScores(manager, input.lokusId, input.scores, { by: caller.userId, at: now, note: `Koreksi: ${reason}` });
      // Heard by every replica when this commits; this one also clears below, so its own next read is fresh.
      await this.invalidation.publish(manager, RANKING_TOPIC, current.cycleId);
    });
    this.published.clearCycle(current.cycleId);
    this.ranges.clearCycle(current.cycleId);
    const [result] = await this.currentFor([input.lokusId], caller);
    return result;
  }
}
