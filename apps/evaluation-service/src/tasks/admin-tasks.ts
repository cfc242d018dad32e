import type { Task } from '@simpul/service-kit';
import { rows } from '@simpul/service-kit';
import { CyclePhase, PHASE_LABELS } from '../cycles/cycle-phase.enum';
import { cycleUrl, pekpppTask, type TaskQuery } from './task-facts';

/** How far ahead the national admin sees a phase ending. */
export const PHASE_END_HORIZON_DAYS = 14;
const DAY_MS = 24 * 60 * 60 * 1000;

interface PhaseRow {
  cycleId: string;
  cycleName: string;
  phase: CyclePhase;
  endsAt: Date;
  finalised: boolean;
  lokus: number;
  sent: number;
}

/**
 * Each cycle's current phase ending within 14 days — every open one, since F-01 and F-03 run side by
 * side; publication is no deadline. The finalisation phase is done once the results are finalised; in the
 * F-01 phase the progress is how many lokus have sent their F-01. One statement.
 */
export async function adminPhaseTasks(query: TaskQuery): Promise<Task[]> {
  const found = await rows<PhaseRow>(
    query.db,
    `SELECT cur.cycle_id AS "cycleId", c.name AS "cycleName", cur.phase, cur.ends_at AS "endsAt", c.finalised_at IS NOT NULL AS finalised,
       CASE WHEN cur.phase = 'F01_FILLING' THEN (SELECT count(*)::int FROM evaluation.lokus l WHERE l.cycle_id = c.id) ELSE 0 END AS lokus,
       CASE WHEN cur.phase = 'F01_FILLING' THEN (SELECT count(*)::int FROM evaluation.f01_submissions s JOIN evaluation.lokus l ON l.id = s.lokus_id
         WHERE l.cycle_id = c.id AND s.reopened_at IS NULL) ELSE 0 END AS sent
     FROM evaluation.cycle_phases cur
     JOIN evaluation.cycles c ON c.id = cur.cycle_id
     WHERE cur.starts_at <= $1 AND $1 <= cur.ends_at AND cur.ends_at <= $2 AND cur.phase <> 'PUBLISHED'
       AND (c.finalised_at IS NULL OR cur.phase = 'FINALISATION')`,
    [query.now, new Date(query.now.getTime() + PHASE_END_HORIZON_DAYS * DAY_MS)],
    { prepared: true },
  );
  return found.map((row) => {
    const label = PHASE_LABELS[row.phase];
    const f01 = row.phase === CyclePhase.F01_FILLING;
    return pekpppTask(query, {
      id: `pekppp:phase:${row.cycleId}:${row.phase}`,
      title: {
        id: `Tahap ${label.id} segera berakhir — ${row.cycleName}`,
        en: `The ${label.en} phase ends soon — ${row.cycleName}`,
      },
      detail: f01
        ? { id: `${row.sent}/${row.lokus} lokus sudah mengirim F-01`, en: `${row.sent}/${row.lokus} lokus have sent F-01` }
        : row.phase === CyclePhase.FINALISATION
          ? { id: 'Finalisasi hasil sebelum tahap berakhir', en: 'Finalise the results before the phase ends' }
          : null,
      dueDate: row.endsAt,
      progress: f01 ? { done: row.sent, total: row.lokus } : null,
      url: cycleUrl(row.cycleId),
      done: row.finalised,
    });
  });
}

interface PendingAppealsRow {
  cycleId: string;
  cycleName: string;
  pending: number;
  appealEnds: Date | null;
}

/** Open appeals, one task per cycle that has any (in practice one cycle is in its appeal phase). */
export async function adminAppealTasks(query: TaskQuery): Promise<Task[]> {
  const found = await rows<PendingAppealsRow>(
    query.db,
    `SELECT c.id AS "cycleId", c.name AS "cycleName", count(*)::int AS pending,
       (SELECT p.ends_at FROM evaluation.cycle_phases p WHERE p.cycle_id = c.id AND p.phase = 'APPEAL') AS "appealEnds"
     FROM evaluation.appeals a
     JOIN evaluation.lokus l ON l.id = a.lokus_id
     JOIN evaluation.cycles c ON c.id = l.cycle_id
     WHERE a.status = 'OPEN'
     GROUP BY c.id, c.name`,
    [],
    { prepared: true },
  );
  return found.map((row) =>
    pekpppTask(query, {
      id: `pekppp:appeals:${row.cycleId}`,
      title: { id: `Sanggahan menunggu keputusan — ${row.cycleName}`, en: `Appeals awaiting a decision — ${row.cycleName}` },
      detail: { id: `${row.pending} sanggahan terbuka`, en: `${row.pending} open appeal${row.pending === 1 ? '' : 's'}` },
      dueDate: row.appealEnds,
      url: cycleUrl(row.cycleId),
    }),
  );
}
