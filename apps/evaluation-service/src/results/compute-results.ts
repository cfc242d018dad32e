import { rankCohort } from '@simpul/reporting';
import { computeIpp, getInstrument, isScoringInputError, type IppResult } from '@simpul/scoring';

/** What one lokus contributes to a recompute. */
export interface LokusInputs {
  lokusId: string;
  cohort: string;
  instrumentId: string;
  f02: Record<string, number>;
  /** One row per respondent, answers in the instrument's item order. */
  f03: (number | null)[][];
  minRespondents: number;
}

export interface ComputedResult {
  lokusId: string;
  cohort: string;
  ipp: IppResult;
  /** False when the survey had fewer respondents than the lokus' minimum: then IPP = F-02 index. */
  f03Used: boolean;
  respondents: number;
  rank: number;
  cohortSize: number;
}

export type UnrankedResult = Omit<ComputedResult, 'rank' | 'cohortSize'>;

export interface SkippedLokus {
  lokusId: string;
  field: string;
  message: { id: string; en: string };
}

/**
 * computeIpp for one lokus: F-03 counts only when the lokus reached its minimum respondents.
 * Throws ScoringInputError when its F-02 is incomplete or invalid.
 */
export function computeLokus(lokus: LokusInputs): UnrankedResult {
  const respondents = lokus.f03.length;
  const f03Used = respondents > 0 && respondents >= lokus.minRespondents;
  const ipp = computeIpp(getInstrument(lokus.instrumentId), { f02: lokus.f02, f03: f03Used ? lokus.f03 : null });
  return { lokusId: lokus.lokusId, cohort: lokus.cohort, ipp, f03Used, respondents };
}

/**
 * Competition ranking ("k of n") within each cohort with rankCohort, cohorts in code order: the one
 * ranking of a recompute, the seed and a correction.
 */
export function rankWithinCohorts<T>(
  rows: readonly T[],
  of: { cohort: (row: T) => string; key: (row: T) => string; index: (row: T) => number },
): { row: T; rank: number; cohortSize: number }[] {
  const byCohort = new Map<string, T[]>();
  for (const row of rows) {
    const list = byCohort.get(of.cohort(row));
    if (list) list.push(row);
    else byCohort.set(of.cohort(row), [row]);
  }
  const ranked: { row: T; rank: number; cohortSize: number }[] = [];
  for (const cohort of [...byCohort.keys()].sort()) {
    for (const item of rankCohort(byCohort.get(cohort) ?? [], { key: of.key, value: of.index })) {
      ranked.push({ row: item.row, rank: item.rank, cohortSize: item.of });
    }
  }
  return ranked;
}

/**
 * computeIpp for every lokus, then competition ranking within each cohort.
 * A lokus whose F-02 is incomplete or invalid is skipped and reported, never half-scored.
 */
export function computeResults(inputs: readonly LokusInputs[]): { results: ComputedResult[]; skipped: SkippedLokus[] } {
  const computed: UnrankedResult[] = [];
  const skipped: SkippedLokus[] = [];
  for (const lokus of inputs) {
    try {
      computed.push(computeLokus(lokus));
    } catch (error) {
      if (!isScoringInputError(error)) throw error;
      skipped.push({ lokusId: lokus.lokusId, field: error.field, message: error.messages });
    }
  }
  const ranked = rankWithinCohorts(computed, { cohort: (row) => row.cohort, key: (row) => row.lokusId, index: (row) => row.ipp.index });
  return { results: ranked.map(({ row, rank, cohortSize }) => ({ ...row, rank, cohortSize })), skipped };
}

/** What a result keeps of its inputs (`results.inputs`); the explanation beside them holds every intermediate value. */
export interface StoredInputs {
  instrumentId: string;
  f02: Record<string, number>;
  /** The answers that counted: empty when the survey stayed under the minimum. */
  f03: (number | null)[][];
  f03Used: boolean;
  respondents: number;
  minRespondents: number;
}

/** The inputs stored with a result. */
export function storedInputs(lokus: LokusInputs, result: Pick<ComputedResult, 'f03Used' | 'respondents'>): StoredInputs {
  return {
    instrumentId: lokus.instrumentId,
    f02: lokus.f02,
    f03: result.f03Used ? lokus.f03 : [],
    f03Used: result.f03Used,
    respondents: result.respondents,
    minRespondents: lokus.minRespondents,
  };
}
