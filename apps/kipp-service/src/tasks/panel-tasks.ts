import { rows, taskStatus, TaskModule, type Queryable, type Task } from '@simpul/service-kit';
import { dayInWords } from '../competitions/stage-names';
import { endOfWibDay, type TaskScope } from './task-scope';

interface ScoringRow {
  competition_id: string;
  year: number;
  closes_on: string;
  total: number;
  scored: number;
}

function scoringTask(row: ScoringRow, scope: TaskScope, kind: 'assessment' | 'presentation'): Task {
  const dueDate = endOfWibDay(row.closes_on);
  const progress = { done: row.scored, total: row.total };
  const done = row.scored >= row.total;
  return {
    id: `kipp:${kind}:${row.competition_id}`,
    title:
      kind === 'assessment'
        ? {
            id: `Nilai ${row.total} proposal KIPP ${row.year}`,
            en: `Score ${row.total} KIPP ${row.year} ${row.total === 1 ? 'proposal' : 'proposals'}`,
          }
        : { id: `Nilai presentasi Top 99 KIPP ${row.year}`, en: `Score the KIPP ${row.year} Top 99 presentations` },
    detail: {
      id: `${row.scored}/${row.total} dinilai; tahap ditutup ${dayInWords(row.closes_on, 'id')}`,
      en: `${row.scored}/${row.total} scored; the stage closes ${dayInWords(row.closes_on, 'en')}`,
    },
    module: TaskModule.KIPP,
    dueDate,
    status: taskStatus({ done, dueDate, progress, now: scope.now }),
    progress,
    url: kind === 'assessment' ? '/kipp/penilaian' : '/kipp/panel',
  };
}

/**
 * Tim Evaluasi: the proposals assigned to the caller while the desk assessment is open, one task per
 * competition with how many are scored; DONE once all are (listed only with includeDone).
 */
export async function assessmentTasks(db: Queryable, scope: TaskScope): Promise<Task[]> {
  const found = await rows<ScoringRow>(
    db,
    `SELECT c.id AS competition_id, c.year, s.closes_on::text AS closes_on, count(*)::int AS total, count(sc.proposal_id)::int AS scored
     FROM kipp.assignments a
     JOIN kipp.proposals p ON p.id = a.proposal_id AND p.status = 'ADMIN_PASSED'
     JOIN kipp.competitions c ON c.id = p.competition_id
     JOIN kipp.competition_stages s ON s.competition_id = c.id AND s.stage = 'DESK_ASSESSMENT' AND s.decided_at IS NULL AND s.opens_on <= $2::date
     LEFT JOIN kipp.scores sc ON sc.proposal_id = a.proposal_id AND sc.stage = 'DESK_ASSESSMENT' AND sc.evaluator_id = a.evaluator_id
     WHERE a.evaluator_id = $1 AND a.stage = 'DESK_ASSESSMENT'
     GROUP BY c.id, c.year, s.closes_on`,
    [scope.caller.userId, scope.today],
    { prepared: true },
  );
  return found.map((row) => scoringTask(row, scope, 'assessment'));
}

/**
 * Panel (TPI): every decided Top 99 proposal's presentation while that stage is open, except those
 * from the member's own agency (conflict of interest), one task per competition the member sits on.
 */
export async function presentationTasks(db: Queryable, scope: TaskScope): Promise<Task[]> {
  const found = await rows<ScoringRow>(
    db,
    `SELECT c.id AS competition_id, c.year, s.closes_on::text AS closes_on, count(*)::int AS total, count(sc.proposal_id)::int AS scored
     FROM kipp.panel_members m
     JOIN kipp.evaluator_profiles e ON e.user_id = m.user_id
     JOIN kipp.competitions c ON c.id = m.competition_id
     JOIN kipp.competition_stages s ON s.competition_id = c.id AND s.stage = 'PRESENTATION' AND s.decided_at IS NULL AND s.opens_on <= $2::date
     JOIN kipp.competition_stages t ON t.competition_id = c.id AND t.stage = 'TOP99_PANEL' AND t.decided_at IS NOT NULL
     JOIN kipp.proposals p ON p.competition_id = c.id AND p.status = 'TOP99' AND p.agency_id IS DISTINCT FROM e.agency_id
     LEFT JOIN kipp.scores sc ON sc.proposal_id = p.id AND sc.stage = 'PRESENTATION' AND sc.evaluator_id = m.user_id
     WHERE m.user_id = $1 AND m.panel = 'TPI'
     GROUP BY c.id, c.year, s.closes_on`,
    [scope.caller.userId, scope.today],
    { prepared: true },
  );
  return found.map((row) => scoringTask(row, scope, 'presentation'));
}
