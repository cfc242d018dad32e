import { ippCategory, type IppCategory } from '@simpul/scoring';
import type { DataOrigin } from '@simpul/service-kit';
import type { EvaluationScheme } from '../cycles/cycle-phase.enum';
import { resultLabel } from './result-label';
import { ResultBasis, type IppExplanation, type LokusResult } from './results.model';

export type StoredResult = Omit<LokusResult, 'explanation'>;

export interface RawResult {
  id: string;
  lokusId: string;
  cycleId: string;
  year: number;
  unitName: string;
  serviceUnitId: string;
  provinceCode: string;
  version: number;
  current: boolean;
  index: string;
  evaluatorIndex: string | null;
  userIndex: string | null;
  basis: ResultBasis;
  respondents: number;
  minRespondents: number;
  cohort: string;
  rank: number | null;
  cohortSize: number | null;
  reason: string | null;
  computedAt: Date;
  origin: DataOrigin;
  source: string | null;
  indicatorsOrigin: DataOrigin;
  cycleName: string;
  scheme: EvaluationScheme;
}

// A lokus' minimum respondents is fixed when it is added: the one its results were computed with.
export const RESULT_COLUMNS = `
  r.id, r.lokus_id AS "lokusId", r.cycle_id AS "cycleId", c.year, l.unit_name AS "unitName", l.service_unit_id AS "serviceUnitId",
    l.province_code AS "provinceCode", r.version, r.current, r.index, r.evaluator_index AS "evaluatorIndex", r.user_index AS "userIndex", r.basis,
    r.respondents, l.min_respondents AS "minRespondents", r.cohort, r.rank, r.cohort_size AS "cohortSize", r.reason, r.computed_at AS "computedAt",
    r.origin, r.source, c.origin AS "indicatorsOrigin", c.name AS "cycleName", c.scheme`;

export const RESULT_FROM = `evaluation.results r JOIN evaluation.lokus l ON l.id = r.lokus_id JOIN evaluation.cycles c ON c.id = r.cycle_id`;

export const RESULT_SELECT = `SELECT ${RESULT_COLUMNS} FROM ${RESULT_FROM}`;

/** Ranked order inside a cohort: rank (unranked last), then unit name, then id for a total order. */
export const RANKED_KEYS = [
  { sql: 'COALESCE(r.rank, 2147483647)', type: 'int' },
  { sql: 'l.unit_name', type: 'text' },
  { sql: 'r.id', type: 'uuid' },
] as const;

// A reported index has at most 501 values (0.00–5.00): remember each category once.
const CATEGORY_OF = new Map<number, IppCategory>();

/** ippCategory of a reported (two-decimal) index, memoised. */
export function categoryOf(index: number): IppCategory {
  let category = CATEGORY_OF.get(index);
  if (!category) {
    category = ippCategory(index);
    CATEGORY_OF.set(index, category);
  }
  return category;
}

/** Only a result computed by this service had a survey to judge; a published aggregate has none. */
export function surveyJudged(basis: ResultBasis): boolean {
  return basis === ResultBasis.BLENDED || basis === ResultBasis.EVALUATOR_ONLY;
}

/** The category is always read from the stored, already rounded index through @simpul/scoring. */
export function toLokusResult(raw: RawResult): StoredResult {
  const index = Number(raw.index);
  return {
    ...raw,
    index,
    evaluatorIndex: raw.evaluatorIndex === null ? null : Number(raw.evaluatorIndex),
    userIndex: raw.userIndex === null ? null : Number(raw.userIndex),
    category: categoryOf(index),
    sampleBelowMinimum: surveyJudged(raw.basis) ? raw.respondents < raw.minRespondents : null,
    rankLabel:
      raw.rank !== null && raw.cohortSize !== null
        ? { id: `peringkat ${raw.rank} dari ${raw.cohortSize}`, en: `rank ${raw.rank} of ${raw.cohortSize}` }
        : null,
    label: resultLabel(raw.cycleName, raw.scheme, raw.rank, raw.cohortSize),
  };
}

/** Explanations are a few kB each: loaded only when a query asks for them. */
export function toExplanation(stored: IppExplanation): IppExplanation {
  return {
    ...stored,
    steps: stored.steps.map((step) => ({
      ...step,
      exact: step.exact ?? null,
      inputs: step.inputs.map((input) => ({ ...input, weight: input.weight ?? null })),
    })),
  };
}
