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

export interface SkippedLokus {
  lokusId: string;
  field: string;
  message: { id: string; en: string };
}

/**
 * computeIpp for every lokus, then competition ranking within each cohort with rankCohort.
 * A lokus whose F-02 is incomplete or invalid is skipped and reported, never half-scored.
 */
export function computeResults(inputs: readonly LokusInputs[]): { results: ComputedResult[]; skipped: SkippedLokus[] } {
  const computed: Omit<ComputedResult, 'rank' | 'cohortSize'>[] = [];
  const skipped: SkippedLokus[] = [];
  for (const lokus of inputs) {
    const respondents = lokus.f03.length;
    const f03Used = respondents > 0 && respondents >= lokus.minRespondents;
    try {
      const ipp = computeIpp(getInstrument(lokus.instrumentId), { f02: lokus.f02, f03: f03Used ? lokus.f03 : null });
      computed.push({ lokusId: lokus.lokusId, cohort: lokus.cohort, ipp, f03Used, respondents });
    } catch (error) {
      if (!isScoringInputError(error)) throw error;
      skipped.push({ lokusId: lokus.lokusId, field: error.field, message: error.messages });
    }
  }
  const byCohort = new Map<string, typeof computed>();
  for (const row of computed) {
    const list = byCohort.get(row.cohort);
    if (list) list.push(row);
    else byCohort.set(row.cohort, [row]);
  }
  const results: ComputedResult[] = [];
  for (const cohort of [...byCohort.keys()].sort()) {
    for (const ranked of rankCohort(byCohort.get(cohort) ?? [], { key: (row) => row.lokusId, value: (row) => row.ipp.index })) {
      results.push({ ...ranked.row, rank: ranked.rank, cohortSize: ranked.of });
    }
  }
  return { results, skipped };
}

/** The inputs stored with a result (the explanation beside them holds every intermediate value). */
export function storedInputs(lokus: LokusInputs, result: Pick<ComputedResult, 'f03Used' | 'respondents' | 'ipp'>): Record<string, unknown> {
  return {
    instrumentId: lokus.instrumentId,
    f02: lokus.f02,
    f03: result.f03Used ? lokus.f03 : [],
    f03Used: result.f03Used,
    respondents: result.respondents,
    minRespondents: lokus.minRespondents,
  };
}
