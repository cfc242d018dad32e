import { rankRanges, type SampledPart } from '@simpul/reporting';
import { getInstrument, hasInstrument } from '@simpul/scoring';
import { rows } from '@simpul/service-kit';
import type { DataSource } from 'typeorm';
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
  const instrument = member.instrumentId && hasInstrument(member.instrumentId) ? getInstrument(member.instrumentId) : null;
  return {
    weight: instrument ? Number(instrument.blend.user) : 0.25,
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

/** Ranges of whole cohorts, kept until RANKING_TOPIC clears their cycle (a recompute or a correction) or 30 s pass. */
export class CohortRanges {
  private readonly entries = new Map<string, { ranges: RankUncertainty[]; until: number }>();
  /** Bumped by every clear: ranges computed from rows read before a clear are not kept. */
  generation = 0;

  constructor(private readonly ttlMs = 30_000) {}

  get(key: string, now = Date.now()): RankUncertainty[] | undefined {
    const entry = this.entries.get(key);
    if (entry && entry.until >= now) return entry.ranges;
    this.entries.delete(key);
    return undefined;
  }

  set(key: string, ranges: RankUncertainty[], readAt: number, now = Date.now()): void {
    if (readAt !== this.generation) return;
    if (this.entries.size >= 500) this.entries.delete(this.entries.keys().next().value as string);
    this.entries.set(key, { ranges, until: now + this.ttlMs });
  }

  clearCycle(cycleId: string | null): void {
    this.generation += 1;
    for (const key of this.entries.keys()) if (cycleId === null || key.startsWith(`${cycleId}|`)) this.entries.delete(key);
  }
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
  cache: CohortRanges,
): Promise<RankUncertainty[]> {
  const found: RankUncertainty[] = [];
  const missing = cohorts.filter((item) => {
    const cached = cache.get(cohortKey(item.cycleId, item.cohort));
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
  for (const [key, list] of byCohort) {
    const ranges = cohortUncertainty(list);
    cache.set(key, ranges, readAt);
    found.push(...ranges);
  }
  return found;
}
