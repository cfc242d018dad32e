import type { FollowUpAction, FollowUpPlan } from './follow-up.model';

/** A plan with its lokus (`l`) and the lokus' cycle (`pc`), as the access rules expect them. */
export const PLAN_FROM = `evaluation.follow_up_plans p JOIN evaluation.lokus l ON l.id = p.lokus_id JOIN evaluation.cycles pc ON pc.id = l.cycle_id`;

export const PLAN_COLUMNS = `p.id, p.lokus_id AS "lokusId", p.service_unit_id AS "serviceUnitId", l.unit_name AS "unitName", pc.year, p.status, p.version,
  p.created_at AS "createdAt", p.submitted_at AS "submittedAt", p.reviewed_by_name AS "reviewedByName", p.reviewed_at AS "reviewedAt",
  p.review_comment AS "reviewComment", p.origin = 'DEMO' AS demo`;

export const ACTION_COLUMNS = `a.id, a.plan_id AS "planId", a.position, a.title, a.indicator_codes AS "indicatorCodes", a.owner_name AS "ownerName",
  to_char(a.due_on, 'YYYY-MM-DD') AS "dueOn", a.status, a.evidence, a.drop_reason AS "dropReason", a.quick_win AS "quickWin", a.version,
  a.closed_by_name AS "closedByName", a.closed_at AS "closedAt"`;

export type PlanRow = FollowUpPlan;
export type ActionRow = FollowUpAction;

/** More actions than an instrument has indicators is no plan; the cap keeps `FollowUpPlan.actions` one bounded list. */
export const MAX_ACTIONS = 40;
