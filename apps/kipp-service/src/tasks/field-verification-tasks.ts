import { rows, taskStatus, TaskModule, type Queryable, type Task } from '@simpul/service-kit';
import { dayInWords } from '../competitions/stage-names';
import { endOfWibDay, type TaskScope } from './task-scope';

/** The finalist's page at its field verification section, as the panel page links it (the panel reads it at the presentation stage). */
function visitUrl(proposalId: string, panel: 'TE' | 'TPI'): string {
  return `/kipp/penilaian/${proposalId}${panel === 'TPI' ? '?tahap=PRESENTATION' : ''}#verification-heading`;
}

interface VerificationRow {
  competition_id: string;
  year: number;
  panel: 'TE' | 'TPI';
  closes_on: string;
  total: number;
  visited: number;
  next_id: string | null;
}

/**
 * Field verification, while that stage is open: the proposals that would enter the Top 45 (the best
 * presentation aggregates, as competition.service's requireFinalistsVerified ranks them) each need a
 * panel (TPI) and a Tim Evaluasi visit. A TPI member's task covers every finalist without a TPI
 * visit; a TE member's the finalists it assessed (the only ones its pages show) without a TE visit.
 * The link opens the next finalist to visit, where the visit is recorded.
 */
export async function fieldVerificationTasks(db: Queryable, scope: TaskScope): Promise<Task[]> {
  const found = await rows<VerificationRow>(
    db,
    `WITH teams AS (
       SELECT m.competition_id, m.panel, c.year, (c.rules ->> 'top45Size')::int AS top45_size, s.closes_on
       FROM kipp.panel_members m
       JOIN kipp.competitions c ON c.id = m.competition_id
       JOIN kipp.competition_stages s ON s.competition_id = c.id AND s.stage = 'FIELD_VERIFICATION' AND s.decided_at IS NULL AND s.opens_on <= $2::date
       WHERE m.user_id = $1),
     ranked AS (
       SELECT p.id, p.competition_id, p.title,
              row_number() OVER (PARTITION BY p.competition_id ORDER BY
                CASE WHEN count(*) >= 3 THEN (sum(sc.total) - min(sc.total) - max(sc.total)) / (count(*) - 2) ELSE avg(sc.total) END DESC, p.id) AS position
       FROM kipp.proposals p JOIN kipp.scores sc ON sc.proposal_id = p.id AND sc.stage = 'PRESENTATION'
       WHERE p.competition_id IN (SELECT competition_id FROM teams) AND p.status = 'TOP99'
       GROUP BY p.id),
     mine AS (
       SELECT t.competition_id, t.year, t.panel, t.closes_on, r.id, r.title,
              EXISTS (SELECT 1 FROM kipp.field_verifications v WHERE v.proposal_id = r.id AND v.panel = t.panel) AS visited
       FROM teams t JOIN ranked r ON r.competition_id = t.competition_id AND r.position <= t.top45_size
       WHERE t.panel = 'TPI' OR EXISTS (SELECT 1 FROM kipp.assignments a WHERE a.proposal_id = r.id AND a.evaluator_id = $1 AND a.stage = 'DESK_ASSESSMENT'))
     SELECT competition_id, year, panel, closes_on::text AS closes_on, count(*)::int AS total, count(*) FILTER (WHERE visited)::int AS visited,
            (array_agg(id ORDER BY title, id) FILTER (WHERE NOT visited))[1] AS next_id
     FROM mine GROUP BY competition_id, year, panel, closes_on`,
    [scope.caller.userId, scope.today],
    { prepared: true },
  );
  return found.map((row) => {
    const dueDate = endOfWibDay(row.closes_on);
    const progress = { done: row.visited, total: row.total };
    const team = row.panel === 'TPI' ? { id: 'TPI', en: 'the panel (TPI)' } : { id: 'Tim Evaluasi', en: 'the Evaluation Team' };
    return {
      id: `kipp:field-verification:${row.competition_id}`,
      title: { id: `Verifikasi lapangan finalis KIPP ${row.year}`, en: `Verify the KIPP ${row.year} finalists in the field` },
      detail: {
        id: `${row.visited}/${row.total} sudah dikunjungi ${team.id}; tahap ditutup ${dayInWords(row.closes_on, 'id')}`,
        en: `${row.visited}/${row.total} visited by ${team.en}; the stage closes ${dayInWords(row.closes_on, 'en')}`,
      },
      module: TaskModule.KIPP,
      dueDate,
      status: taskStatus({ done: row.visited >= row.total, dueDate, progress, now: scope.now }),
      progress,
      url: row.next_id ? visitUrl(row.next_id, row.panel) : row.panel === 'TPI' ? '/kipp/panel' : '/kipp/penilaian',
    };
  });
}
