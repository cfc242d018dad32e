import type { DataSource } from 'typeorm';
import type { SubgraphContext } from '@simpul/service-kit';
import type { Lokus } from '../lokus/lokus.model';
import { listLoader, rows } from '@simpul/service-kit';

interface AssignmentKey {
  lokusId: string;
  evaluatorId: string;
}

/**
 * Whether the caller may see a lokus' working data (claims, scores, comments, evidence). A lokus of a
 * published cycle is public, its working data is not. Batched: one statement per request for evaluators.
 */
export async function canSeeWork(context: SubgraphContext, dataSource: DataSource, lokus: Lokus): Promise<boolean> {
  const caller = context.caller;
  if (!caller) return false;
  if (caller.role === 'NATIONAL_ADMIN') return true;
  if (caller.role === 'UNIT_DESK') return caller.serviceUnitId === lokus.serviceUnitId;
  if (caller.role !== 'EVALUATOR') return false;
  const assigned = await listLoader<AssignmentKey>(
    context,
    'work.assignments',
    (ids) =>
      rows<AssignmentKey>(
        dataSource,
        `SELECT lokus_id AS "lokusId", evaluator_id AS "evaluatorId" FROM evaluation.assignments WHERE lokus_id = ANY($1::uuid[])`,
        [ids],
      ),
    (row) => row.lokusId,
  ).load(lokus.id);
  return assigned.some((row) => row.evaluatorId === caller.userId);
}
