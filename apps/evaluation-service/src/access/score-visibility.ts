import type { DataSource } from 'typeorm';
import { rowLoader, type SubgraphContext, rows } from '@simpul/service-kit';
import { CyclePhase } from '../cycles/cycle-phase.enum';
import type { CycleRow } from '../cycles/cycle.row';
import type { CycleService } from '../cycles/cycle.service';
import { indicatorsOf, instrumentOf } from '../instruments/instrument-lookup';
import type { Lokus } from '../lokus/lokus.model';

/** What of a lokus' evaluation (F-02 levels and notes, second-rater levels, field findings, totals) a caller may see. */
export interface ScoreVisibility {
  /** The official (primary) levels and notes, field-visit findings and the computed result. */
  official: boolean;
  /** Second-rater levels: all of them, only the caller's own, or none. */
  second: 'ALL' | 'OWN' | 'NONE';
  /** The caller's assignment on this lokus, if they are an evaluator on it. */
  role: 'PRIMARY' | 'SECOND_RATER' | null;
  /** Whether the two raters still cannot see each other's work. */
  blind: boolean;
  primaryScored: number;
  secondScored: number;
  indicatorCount: number;
}

interface RatingProgress {
  lokusId: string;
  primaryScored: number;
  assignments: { evaluatorId: string; role: 'PRIMARY' | 'SECOND_RATER'; scored: number }[];
}

/**
 * The desk sees how it was scored once the appeal phase has opened (it may dispute only then), and
 * for good once the results are frozen or published — not while the evaluators are still at work.
 */
export function evaluationReleasedToDesk(cycle: CycleRow, now: Date): boolean {
  if (cycle.finalisedAt || cycle.publishedAt) return true;
  const appeal = cycle.phases.find((phase) => phase.phase === CyclePhase.APPEAL);
  return Boolean(appeal && appeal.startsAt.getTime() <= now.getTime());
}

/**
 * Blind double rating: until the primary has scored every indicator and every second rater has
 * too, neither sees the other's levels, notes, findings or totals. Only then can their agreement
 * mean anything. The national admin sees both throughout.
 */
export function blindRatingLifted(progress: RatingProgress, indicatorCount: number): boolean {
  const seconds = progress.assignments.filter((a) => a.role === 'SECOND_RATER');
  return progress.primaryScored >= indicatorCount && seconds.length > 0 && seconds.every((a) => a.scored >= indicatorCount);
}

function progressOf(dataSource: DataSource, lokusIds: readonly string[]): Promise<RatingProgress[]> {
  return rows<RatingProgress>(
    dataSource,
    `SELECT l.id AS "lokusId",
       (SELECT count(*)::int FROM evaluation.f02_scores s WHERE s.lokus_id = l.id) AS "primaryScored",
       COALESCE((SELECT json_agg(json_build_object('evaluatorId', a.evaluator_id, 'role', a.role,
           'scored', (SELECT count(*) FROM evaluation.f02_second_scores t WHERE t.lokus_id = l.id AND t.evaluator_id = a.evaluator_id)))
         FROM evaluation.assignments a WHERE a.lokus_id = l.id), '[]') AS assignments
     FROM evaluation.lokus l WHERE l.id = ANY($1::uuid[])`,
    [lokusIds],
  );
}

const NOTHING = { official: false, second: 'NONE', role: null, blind: false } as const;

/** Batched per request: one statement for the progress of every lokus on the page, cycles through the shared loader. */
export async function scoreVisibility(
  context: SubgraphContext,
  dataSource: DataSource,
  cycles: CycleService,
  lokus: Lokus,
): Promise<ScoreVisibility> {
  const caller = context.caller;
  const progress = (await rowLoader(
    context,
    'lokus.ratingProgress',
    (ids) => progressOf(dataSource, ids),
    (row) => row.lokusId,
  ).load(lokus.id)) ?? {
    lokusId: lokus.id,
    primaryScored: 0,
    assignments: [],
  };
  const indicatorCount = indicatorsOf(instrumentOf(lokus.instrumentId)).length;
  const mine = caller ? progress.assignments.find((a) => a.evaluatorId === caller.userId) : undefined;
  const counts = {
    primaryScored: progress.primaryScored,
    secondScored:
      mine?.role === 'SECOND_RATER'
        ? mine.scored
        : Math.max(0, ...progress.assignments.filter((a) => a.role === 'SECOND_RATER').map((a) => a.scored)),
    indicatorCount,
  };
  const lifted = blindRatingLifted(progress, indicatorCount);
  if (!caller) return { ...NOTHING, ...counts };
  if (caller.role === 'NATIONAL_ADMIN') return { official: true, second: 'ALL', role: null, blind: !lifted, ...counts };
  if (caller.role === 'UNIT_DESK') {
    if (caller.serviceUnitId !== lokus.serviceUnitId) return { ...NOTHING, ...counts };
    const cycle = await rowLoader(
      context,
      'cycle.byId',
      (ids) => cycles.loadMany(ids),
      (row) => row.id,
    ).load(lokus.cycleId);
    return { ...NOTHING, official: cycle ? evaluationReleasedToDesk(cycle, cycles.now()) : false, ...counts };
  }
  if (caller.role !== 'EVALUATOR' || !mine) return { ...NOTHING, ...counts };
  if (lifted) return { official: true, second: 'ALL', role: mine.role, blind: false, ...counts };
  return mine.role === 'PRIMARY'
    ? { official: true, second: 'NONE', role: 'PRIMARY', blind: true, ...counts }
    : { official: false, second: 'OWN', role: 'SECOND_RATER', blind: true, ...counts };
}
