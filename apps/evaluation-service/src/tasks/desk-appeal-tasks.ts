import type { Task } from '@simpul/service-kit';
import { rows } from '@simpul/service-kit';
import { lokusUrl, pekpppTask, type TaskQuery } from './task-facts';

interface AppealRow {
  lokusId: string;
  cycleName: string;
  windowOpen: boolean;
  endsAt: Date | null;
  scored: boolean;
  filed: number;
  pending: number;
}

/**
 * Appeals of the desk's unit. In a cycle's appeal phase (the window `fileAppeal` accepts, before
 * finalisation) the desk reviews the evaluator's scores of a scored lokus and may appeal them: that
 * task is done once it has filed one. Appeals it filed that still wait for the evaluator's decision
 * are listed for information (no due date: the deciding is not the desk's work) until decided.
 */
export async function deskAppealTasks(query: TaskQuery, serviceUnitId: string): Promise<Task[]> {
  const found = await rows<AppealRow>(
    query.db,
    `SELECT l.id AS "lokusId", c.name AS "cycleName", p.ends_at AS "endsAt",
       COALESCE(p.starts_at <= $2 AND $2 <= p.ends_at, false) AS "windowOpen",
       EXISTS (SELECT 1 FROM evaluation.f02_scores s WHERE s.lokus_id = l.id) AS scored,
       (SELECT count(*)::int FROM evaluation.appeals a WHERE a.lokus_id = l.id) AS filed,
       (SELECT count(*)::int FROM evaluation.appeals a WHERE a.lokus_id = l.id AND a.status = 'OPEN') AS pending
     FROM evaluation.lokus l
     JOIN evaluation.cycles c ON c.id = l.cycle_id AND c.finalised_at IS NULL
     LEFT JOIN evaluation.cycle_phases p ON p.cycle_id = c.id AND p.phase = 'APPEAL'
     WHERE l.service_unit_id = $1
       AND ((p.starts_at <= $2 AND $2 <= p.ends_at) OR EXISTS (SELECT 1 FROM evaluation.appeals a WHERE a.lokus_id = l.id AND a.status = 'OPEN'))`,
    [serviceUnitId, query.now],
    { prepared: true },
  );
  const tasks: Task[] = [];
  for (const row of found) {
    if (row.windowOpen && row.scored) {
      tasks.push(
        pekpppTask(query, {
          id: `pekppp:appeal:${row.lokusId}`,
          title: {
            id: `Tinjau nilai evaluator dan ajukan sanggahan bila perlu — ${row.cycleName}`,
            en: `Review the evaluator's scores and appeal if needed — ${row.cycleName}`,
          },
          detail: row.filed
            ? { id: `${row.filed} sanggahan diajukan`, en: `${row.filed} appeal${row.filed === 1 ? '' : 's'} filed` }
            : { id: 'Masa sanggah sedang berjalan', en: 'The appeal window is open' },
          dueDate: row.endsAt,
          url: lokusUrl(row.lokusId),
          done: row.filed > 0,
        }),
      );
    }
    if (row.pending > 0) {
      tasks.push(
        pekpppTask(query, {
          id: `pekppp:appeals-pending:${row.lokusId}`,
          title: { id: `Sanggahan menunggu keputusan — ${row.cycleName}`, en: `Appeals awaiting a decision — ${row.cycleName}` },
          detail: {
            id: `${row.pending} sanggahan belum diputuskan evaluator`,
            en: `${row.pending} appeal${row.pending === 1 ? '' : 's'} not yet decided by the evaluator`,
          },
          dueDate: null,
          url: lokusUrl(row.lokusId),
        }),
      );
    }
  }
  return tasks;
}
