import { rankRanges, type SampledPart } from '@simpul/reporting';
import { getInstrument } from '@simpul/scoring';
import { rows } from '@simpul/service-kit';
import type { DataSource } from 'typeorm';
import type { RankingCache } from './ranking-cache';
import { surveyJudged } from './result.row';
import { ResultBasis } from './results.model';

/** What a ranked result's range says, by result id. */
export interface RankUncertainty {
  /** `cycleId|cohort` */
  cohortKey: string;
  resultId: string;
  best: number;
  worst: number;
  uncertain: boolean;
  /** Half-width of the index interval (rounding + F-03 margin). */
  margin: number;
}

interface CohortMember {
  id: string;
  cycleId: string;
  cohort: string;
  index: string;
  respondents: number;
  basis: ResultBasis;
  minRespondents: number;
  instrumentId: string | null;
  /** Sample standard deviation of the respondents' mean answers; null under two respondents. */
  spread: string | null;
}

/**
 * Every current ranked result of the given cohorts, with the spread of its F-03 respondents computed
 * from the stored answers that counted: one statement for every cohort on a page.
 */
const COHORT_MEMBERS = `
  SELECT r.id, r.cycle_id AS "cycleId", r.cohort, r.index, r.respondents, r.basis,
    l.min_respondents AS "minRespondents", l.instrument_id AS "instrumentId",
    -- Only a blended result has answers that counted; the others skip reading their stored inputs at all.
    CASE WHEN r.basis = 'BLENDED' THEN (SELECT stddev_samp(m) FROM (
       SELECT avg(a.value::text::numeric) AS m
       FROM jsonb_array_elements(COALESCE(r.inputs->'f03', '[]'::jsonb)) WITH ORDINALITY AS answered(answers, n)
       CROSS JOIN LATERAL jsonb_array_elements(answered.answers) AS a(value)
       WHERE jsonb_typeof(a.value) = 'number'
       GROUP BY answered.n) per_respondent) END AS spread
  FROM evaluation.results r JOIN evaluation.lokus l ON l.id = r.lokus_id
  WHERE r.current AND r.rank IS NOT NULL
    AND (r.cycle_id, r.cohort) IN (SELECT * FROM unnest($1::uuid[], $2::text[]))`;

/** The F-03 part of a result: its blend weight from the result's instrument, none for a published aggregate. */
function surveyPart(member: CohortMember): SampledPart | null {
  if (!surveyJudged(member.basis)) return null;
  // A surveyed result was computed with its lokus's instrument: without one the weight is unknown, not guessed.
  if (!member.instrumentId) throw new Error(`result ${member.id} is ${member.basis} but its lokus has no instrument`);
  return {
    weight: Number(getInstrument(member.instrumentId).blend.user),
    respondents: member.respondents,
    spread: member.spread === null ? null : Number(member.spread),
    used: member.basis === ResultBasis.BLENDED,
    minimum: member.minRespondents,
  };
}

/** rankRanges over one cohort's stored results. */
export function cohortUncertainty(members: readonly CohortMember[]): RankUncertainty[] {
  return rankRanges(members, { key: (member) => member.id, value: (member) => Number(member.index), sample: surveyPart }).map((entry) => ({
    cohortKey: cohortKey(entry.row.cycleId, entry.row.cohort),
    resultId: entry.key,
    best: entry.best,
    worst: entry.worst,
    uncertain: entry.uncertain,
    margin: entry.margin,
  }));
}

/** `cycleId|cohort` */
export const cohortKey = (cycleId: string, cohort: string): string => `${cycleId}|${cohort}`;

/**
 * The ranges of every result in the asked cohorts: from `cache` when it has them, the rest in one
 * statement (computed per cohort, then kept).
 */
export async function loadCohortUncertainty(
  db: DataSource,
  cohorts: readonly { cycleId: string; cohort: string }[],
  cache: RankingCache<RankUncertainty[]>,
): Promise<RankUncertainty[]> {
  const found: RankUncertainty[] = [];
  const missing = cohorts.filter((item) => {
    const cached = cache.get(item.cycleId, item.cohort);
    if (cached) found.push(...cached);
    return !cached;
  });
  if (!missing.length) return found;
  const readAt = cache.generation;
  const members = await rows<CohortMember>(db, COHORT_MEMBERS, [missing.map((item) => item.cycleId), missing.map((item) => item.cohort)]);
  const byCohort = new Map<string, CohortMember[]>();
  for (const member of members) {
    const key = cohortKey(member.cycleId, member.cohort);
    const list = byCohort.get(key);
    if (list) list.push(member);
    else byCohort.set(key, [member]);
  }
  for (const list of byCohort.values()) {
    const ranges = cohortUncertainty(list);
    cache.set(list[0].cycleId, list[0].cohort, ranges, Date.now(), readAt);
    found.push(...ranges);
  }
  return found;
}
