import type { Task } from '@simpul/service-kit';
import { rows } from '@simpul/service-kit';
import { indicatorTotal, lokusUrl, pekpppTask, type TaskQuery } from './task-facts';

interface F01Row {
  lokusId: string;
  instrumentId: string;
  cycleName: string;
  endsAt: Date;
  claimed: number;
  submitted: boolean;
}

/**
 * F-01 of each lokus of the desk's unit whose cycle is in its F-01 window (not finalised): progress is
 * the indicators with a claim; DONE once the desk has sent it (an open, not reopened, submission).
 * One statement; the correlated counts touch only the unit's few lokus.
 */
export async function deskF01Tasks(query: TaskQuery, serviceUnitId: string): Promise<Task[]> {
  const found = await rows<F01Row>(
    query.db,
    `SELECT l.id AS "lokusId", l.instrument_id AS "instrumentId", c.name AS "cycleName", p.ends_at AS "endsAt",
       (SELECT count(*)::int FROM evaluation.f01_claims f WHERE f.lokus_id = l.id) AS claimed,
       EXISTS (SELECT 1 FROM evaluation.f01_submissions s WHERE s.lokus_id = l.id AND s.reopened_at IS NULL) AS submitted
     FROM evaluation.lokus l
     JOIN evaluation.cycles c ON c.id = l.cycle_id AND c.finalised_at IS NULL
     JOIN evaluation.cycle_phases p ON p.cycle_id = c.id AND p.phase = 'F01_FILLING' AND p.starts_at <= $2 AND $2 <= p.ends_at
     WHERE l.service_unit_id = $1`,
    [serviceUnitId, query.now],
    { prepared: true },
  );
  return found.map((row) => {
    const total = indicatorTotal(row.instrumentId);
    return pekpppTask(query, {
      id: `pekppp:f01:${row.lokusId}`,
      title: { id: `Isi F-01 — ${row.cycleName}`, en: `Fill in F-01 — ${row.cycleName}` },
      detail: row.submitted
        ? { id: 'F-01 sudah dikirim', en: 'F-01 has been sent' }
        : { id: `${row.claimed}/${total} indikator terisi`, en: `${row.claimed}/${total} indicators claimed` },
      dueDate: row.endsAt,
      progress: { done: Math.min(row.claimed, total), total },
      url: lokusUrl(row.lokusId),
      done: row.submitted,
    });
  });
}
