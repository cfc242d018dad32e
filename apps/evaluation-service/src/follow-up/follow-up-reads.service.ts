import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { Identity } from '@simpul/contracts';
import { keysetPage, pageSize, rows, type Connection, type PageArgs } from '@simpul/service-kit';
import { followUpPlanScope } from '../access/follow-up-access';
import type { FollowUpDoneAction, FollowUpPlanStatus, FollowUpProgress } from './follow-up.model';
import { ACTION_COLUMNS, PLAN_COLUMNS, PLAN_FROM, type ActionRow, type PlanRow } from './follow-up.row';

type ProgressRow = FollowUpProgress & { lokusId: string };
type DoneRow = FollowUpDoneAction & { lokusId: string };

/** Lists and batched reads: one statement per list or per request, whatever the number of plans. */
@Injectable()
export class FollowUpReadsService {
  constructor(private readonly dataSource: DataSource) {}

  /** The plans the caller may read, newest first, optionally of one status (the reviewer's queue: SUBMITTED). */
  list(caller: Identity, status: FollowUpPlanStatus | null | undefined, page: PageArgs): Promise<Connection<PlanRow>> {
    const scope = followUpPlanScope(caller, 2);
    return keysetPage<PlanRow>(this.dataSource, {
      columns: PLAN_COLUMNS,
      from: PLAN_FROM,
      where: `($1::text IS NULL OR p.status = $1) AND ${scope.clause}`,
      params: [status ?? null, scope.value],
      keys: [{ sql: 'p.seq', type: 'bigint' }],
      direction: 'DESC',
      first: pageSize(page),
      after: page.after,
    });
  }

  actionsFor(planIds: readonly string[]): Promise<ActionRow[]> {
    return rows<ActionRow>(
      this.dataSource,
      `SELECT ${ACTION_COLUMNS} FROM evaluation.follow_up_actions a WHERE a.plan_id = ANY($1::uuid[]) ORDER BY a.plan_id, a.position`,
      [planIds],
    );
  }

  /** Counts per status of each lokus' accepted plan; percent done of the actions not dropped. */
  async progressFor(lokusIds: readonly string[]): Promise<ProgressRow[]> {
    const found = await rows<Omit<ProgressRow, 'percentDone'>>(
      this.dataSource,
      `SELECT p.lokus_id AS "lokusId", p.reviewed_at AS "acceptedAt", count(a.id)::int AS total,
         count(a.id) FILTER (WHERE a.status = 'PLANNED')::int AS planned, count(a.id) FILTER (WHERE a.status = 'IN_PROGRESS')::int AS "inProgress",
         count(a.id) FILTER (WHERE a.status = 'DONE')::int AS done, count(a.id) FILTER (WHERE a.status = 'DROPPED')::int AS dropped
       FROM evaluation.follow_up_plans p LEFT JOIN evaluation.follow_up_actions a ON a.plan_id = p.id
       WHERE p.lokus_id = ANY($1::uuid[]) AND p.status = 'ACCEPTED' GROUP BY p.id`,
      [lokusIds],
    );
    return found.map((row) => ({ ...row, percentDone: percentDone(row) }));
  }

  /**
   * For each lokus, the DONE actions of the unit's accepted plans on results of earlier years: what
   * the unit has done since, shown beside the indicators of the next F-01.
   */
  doneBefore(lokusIds: readonly string[]): Promise<DoneRow[]> {
    return rows<DoneRow>(
      this.dataSource,
      `SELECT l.id AS "lokusId", a.id, a.title, a.indicator_codes AS "indicatorCodes", a.evidence, a.closed_at AS "closedAt", pc.year AS "planYear"
       FROM evaluation.lokus l JOIN evaluation.cycles c ON c.id = l.cycle_id
       JOIN evaluation.follow_up_plans p ON p.service_unit_id = l.service_unit_id AND p.status = 'ACCEPTED'
       JOIN evaluation.lokus pl ON pl.id = p.lokus_id JOIN evaluation.cycles pc ON pc.id = pl.cycle_id AND pc.year < c.year
       JOIN evaluation.follow_up_actions a ON a.plan_id = p.id AND a.status = 'DONE'
       WHERE l.id = ANY($1::uuid[]) ORDER BY l.id, a.closed_at, a.position`,
      [lokusIds],
    );
  }
}

export function percentDone(counts: { total: number; done: number; dropped: number }): number {
  const kept = counts.total - counts.dropped;
  return kept > 0 ? Math.round((counts.done / kept) * 1000) / 10 : 0;
}
