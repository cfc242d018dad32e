import type { Task } from '@simpul/service-kit';
import { rows } from '@simpul/service-kit';
import { indicatorTotal, lokusUrl, pekpppTask, type TaskQuery } from './task-facts';

interface AssignmentRow {
  lokusId: string;
  role: 'PRIMARY' | 'SECOND_RATER';
  unitName: string;
  instrumentId: string;
  cycleName: string;
  scoringOpen: boolean;
  scoringEnds: Date | null;
  verificationOpen: boolean;
  verificationEnds: Date | null;
  appealOpen: boolean;
  appealEnds: Date | null;
  scored: number | null;
  visited: boolean | null;
  pendingAppeals: number | null;
}

/**
 * The windows of every cycle that is not finalised, as columns: F-02 (first and second) scores and
 * field visits are accepted in the scoring and verification phases (f02.service's SCORING_PHASES),
 * appeals are decided in the appeal phase. `$2` is now.
 */
const WINDOWS = `
  SELECT p.cycle_id,
    bool_or(p.phase IN ('EVALUATOR_SCORING', 'VERIFICATION') AND p.starts_at <= $2 AND $2 <= p.ends_at) AS scoring_open,
    max(p.ends_at) FILTER (WHERE p.phase = 'EVALUATOR_SCORING') AS scoring_ends,
    bool_or(p.phase = 'VERIFICATION' AND p.starts_at <= $2 AND $2 <= p.ends_at) AS verification_open,
    max(p.ends_at) FILTER (WHERE p.phase = 'VERIFICATION') AS verification_ends,
    bool_or(p.phase = 'APPEAL' AND p.starts_at <= $2 AND $2 <= p.ends_at) AS appeal_open,
    max(p.ends_at) FILTER (WHERE p.phase = 'APPEAL') AS appeal_ends
  FROM evaluation.cycle_phases p JOIN evaluation.cycles c ON c.id = p.cycle_id AND c.finalised_at IS NULL
  GROUP BY p.cycle_id`;

/**
 * The evaluator's assigned lokus whose work is open now — F-02 scoring ("2/30 dinilai", due at the end
 * of the scoring phase), blind second scoring, a field visit in the verification phase, appeals to
 * decide — in one statement: only the caller's assignments are read, and each count only where its
 * window is open.
 */
export async function evaluatorTasks(query: TaskQuery, evaluatorId: string): Promise<Task[]> {
  const found = await rows<AssignmentRow>(
    query.db,
    `WITH w AS (${WINDOWS})
     SELECT l.id AS "lokusId", a.role, l.unit_name AS "unitName", l.instrument_id AS "instrumentId", c.name AS "cycleName",
       w.scoring_open AS "scoringOpen", w.scoring_ends AS "scoringEnds", w.verification_open AS "verificationOpen",
       w.verification_ends AS "verificationEnds", w.appeal_open AS "appealOpen", w.appeal_ends AS "appealEnds",
       CASE WHEN NOT w.scoring_open THEN NULL
            WHEN a.role = 'PRIMARY' THEN (SELECT count(*)::int FROM evaluation.f02_scores s WHERE s.lokus_id = l.id)
            ELSE (SELECT count(*)::int FROM evaluation.f02_second_scores s WHERE s.lokus_id = l.id AND s.evaluator_id = a.evaluator_id) END AS scored,
       CASE WHEN w.verification_open AND a.role = 'PRIMARY'
            THEN EXISTS (SELECT 1 FROM evaluation.field_verifications v WHERE v.lokus_id = l.id) END AS visited,
       CASE WHEN w.appeal_open AND a.role = 'PRIMARY'
            THEN (SELECT count(*)::int FROM evaluation.appeals ap WHERE ap.lokus_id = l.id AND ap.status = 'OPEN') END AS "pendingAppeals"
     FROM evaluation.assignments a
     JOIN evaluation.lokus l ON l.id = a.lokus_id
     JOIN evaluation.cycles c ON c.id = l.cycle_id
     JOIN w ON w.cycle_id = l.cycle_id AND (w.scoring_open OR w.appeal_open)
     WHERE a.evaluator_id = $1`,
    [evaluatorId, query.now],
    { prepared: true },
  );
  return found.flatMap((row) => tasksOf(query, row));
}

function tasksOf(query: TaskQuery, row: AssignmentRow): Task[] {
  const tasks: Task[] = [];
  const url = lokusUrl(row.lokusId);
  if (row.scoringOpen && row.scored !== null) {
    const total = indicatorTotal(row.instrumentId);
    const done = Math.min(row.scored, total);
    const primary = row.role === 'PRIMARY';
    tasks.push(
      pekpppTask(query, {
        id: `pekppp:${primary ? 'f02' : 'f02-second'}:${row.lokusId}`,
        title: primary
          ? { id: `Nilai F-02 — ${row.unitName}`, en: `Score F-02 — ${row.unitName}` }
          : { id: `Penilaian kedua F-02 — ${row.unitName}`, en: `Second F-02 scoring — ${row.unitName}` },
        detail: { id: `${done}/${total} dinilai · ${row.cycleName}`, en: `${done}/${total} scored · ${row.cycleName}` },
        dueDate: row.scoringEnds,
        progress: { done, total },
        url,
        done: total > 0 && done >= total,
      }),
    );
  }
  if (row.verificationOpen && row.visited !== null) {
    tasks.push(
      pekpppTask(query, {
        id: `pekppp:field-visit:${row.lokusId}`,
        title: { id: `Verifikasi lapangan — ${row.unitName}`, en: `Field verification — ${row.unitName}` },
        detail: {
          id: `Catat hasil kunjungan bila lokus perlu diverifikasi · ${row.cycleName}`,
          en: `Record the visit if the lokus needs verifying on site · ${row.cycleName}`,
        },
        dueDate: row.verificationEnds,
        url,
        done: row.visited,
      }),
    );
  }
  if (row.appealOpen && row.pendingAppeals) {
    tasks.push(
      pekpppTask(query, {
        id: `pekppp:appeal-decision:${row.lokusId}`,
        title: { id: `Putuskan sanggahan — ${row.unitName}`, en: `Decide appeals — ${row.unitName}` },
        detail: {
          id: `${row.pendingAppeals} sanggahan menunggu keputusan · ${row.cycleName}`,
          en: `${row.pendingAppeals} appeal${row.pendingAppeals === 1 ? '' : 's'} awaiting a decision · ${row.cycleName}`,
        },
        dueDate: row.appealEnds,
        url,
      }),
    );
  }
  return tasks;
}
