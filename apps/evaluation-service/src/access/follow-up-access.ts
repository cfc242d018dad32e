import type { Caller, Identity } from '@simpul/contracts';
import { forbidden, one, requireSignedIn, type Queryable } from '@simpul/service-kit';

/** What the follow-up rules need of a plan. */
export interface PlanOwner {
  id: string;
  serviceUnitId: string;
}

/**
 * Plans an evaluator follows: those of a unit they are assigned to in the plan's cycle or a later
 * one (the evaluator of the next cycle reads the plan's results in its F-01). `p` is the plan, `pc`
 * the cycle of the plan's lokus.
 */
function evaluatorFollows(parameter: number): string {
  return `EXISTS (SELECT 1 FROM evaluation.assignments fa JOIN evaluation.lokus fl ON fl.id = fa.lokus_id JOIN evaluation.cycles fc ON fc.id = fl.cycle_id
    WHERE fa.evaluator_id = $${parameter}::uuid AND fl.service_unit_id = p.service_unit_id AND fc.year >= pc.year)`;
}

/**
 * Plans the caller may read (aliases `p` plan, `pc` its cycle): the admin all, a desk its unit's,
 * an evaluator those `evaluatorFollows`; nobody else (the public sees only FollowUpProgress).
 */
export function followUpPlanScope(caller: Identity, parameter: number): { clause: string; value: string | null } {
  if (caller.role === 'NATIONAL_ADMIN') return { clause: `$${parameter}::uuid IS NULL`, value: null };
  if (caller.role === 'UNIT_DESK') return { clause: `p.service_unit_id = $${parameter}::uuid`, value: caller.serviceUnitId };
  if (caller.role === 'EVALUATOR') return { clause: evaluatorFollows(parameter), value: caller.userId };
  return { clause: `($${parameter}::uuid IS NULL AND false)`, value: null };
}

/** The unit's own desk (or the admin) drafts, edits, submits and reports progress. */
export function requirePlanDesk(caller: Caller, plan: PlanOwner): Identity {
  requireSignedIn(caller);
  const signedIn = caller;
  if (signedIn.role === 'NATIONAL_ADMIN') return signedIn;
  if (signedIn.role === 'UNIT_DESK' && signedIn.serviceUnitId === plan.serviceUnitId) return signedIn;
  throw forbidden(
    "Only the unit's own desk may change its follow-up plan.",
    'Hanya desk unit itu sendiri yang boleh mengubah rencana tindak lanjutnya.',
  );
}

/** The admin, or an evaluator who follows the unit, accepts or returns the plan and closes actions. */
export async function requirePlanReviewer(db: Queryable, caller: Caller, plan: PlanOwner): Promise<Identity> {
  requireSignedIn(caller);
  const signedIn = caller;
  if (signedIn.role === 'NATIONAL_ADMIN') return signedIn;
  if (signedIn.role === 'EVALUATOR' && (await follows(db, signedIn, plan))) return signedIn;
  throw forbidden(
    "Only the unit's evaluator or the national admin may review its follow-up plan.",
    'Hanya evaluator unit ini atau admin nasional yang boleh memeriksa rencana tindak lanjutnya.',
  );
}

/** Whoever may change or review the plan may read it. */
export async function requirePlanReader(db: Queryable, caller: Caller, plan: PlanOwner): Promise<Identity> {
  requireSignedIn(caller);
  const signedIn = caller;
  if (signedIn.role === 'UNIT_DESK') return requirePlanDesk(signedIn, plan);
  return requirePlanReviewer(db, signedIn, plan);
}

async function follows(db: Queryable, caller: Identity, plan: PlanOwner): Promise<boolean> {
  const found = await one(
    db,
    `SELECT 1 FROM evaluation.follow_up_plans p JOIN evaluation.lokus l ON l.id = p.lokus_id JOIN evaluation.cycles pc ON pc.id = l.cycle_id
     WHERE p.id = $1 AND ${evaluatorFollows(2)}`,
    [plan.id, caller.userId],
  );
  return found !== null;
}
