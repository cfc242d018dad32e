import { rows, taskStatus, TaskModule, type Queryable, type Task } from '@simpul/service-kit';
import { dayInWords } from '../competitions/stage-names';
import { endOfWibDay, type TaskScope } from './task-scope';

interface DecisionRow {
  competition_id: string;
  year: number;
  stage: 'TOP99_PANEL' | 'TOP45';
  closes_on: string;
  proposed: number;
}

const DECISIONS = {
  TOP99_PANEL: { id: 'Tetapkan Top 99', en: 'Decide the Top 99' },
  TOP45: { id: 'Tetapkan Top 45', en: 'Decide the Top 45' },
} as const;

/**
 * Top 99 and Top 45 decisions the national admin owes: the stage has opened (its calendar start, or
 * earlier when the previous stage closed early) and is not decided yet; due when it closes.
 * The Top 99 says whether a shortlist has been proposed yet (proposeTop99).
 */
export async function shortlistDecisionTasks(db: Queryable, scope: TaskScope): Promise<Task[]> {
  const found = await rows<DecisionRow>(
    db,
    `SELECT c.id AS competition_id, c.year, s.stage, s.closes_on::text AS closes_on,
            (SELECT count(*)::int FROM kipp.shortlist_entries e WHERE e.competition_id = c.id AND e.tier = 'TOP99') AS proposed
     FROM kipp.competition_stages s JOIN kipp.competitions c ON c.id = s.competition_id
     WHERE s.stage IN ('TOP99_PANEL', 'TOP45') AND s.decided_at IS NULL AND s.opens_on <= $1::date`,
    [scope.today],
    { prepared: true },
  );
  return found.map((row) => {
    const decision = DECISIONS[row.stage];
    const dueDate = endOfWibDay(row.closes_on);
    return {
      id: `kipp:decide:${row.stage === 'TOP99_PANEL' ? 'top99' : 'top45'}:${row.competition_id}`,
      title: { id: `${decision.id} KIPP ${row.year}`, en: `${decision.en} of KIPP ${row.year}` },
      detail:
        row.stage === 'TOP99_PANEL'
          ? {
              id: row.proposed
                ? `${row.proposed} proposal diusulkan; tahap ditutup ${dayInWords(row.closes_on, 'id')}`
                : `Usulkan dari peringkat Tim Evaluasi; tahap ditutup ${dayInWords(row.closes_on, 'id')}`,
              en: row.proposed
                ? `${row.proposed} proposals proposed; the stage closes ${dayInWords(row.closes_on, 'en')}`
                : `Propose from the Evaluation Team ranking; the stage closes ${dayInWords(row.closes_on, 'en')}`,
            }
          : {
              id: `Dari peringkat presentasi; tahap ditutup ${dayInWords(row.closes_on, 'id')}`,
              en: `From the presentation ranking; the stage closes ${dayInWords(row.closes_on, 'en')}`,
            },
      module: TaskModule.KIPP,
      dueDate,
      status: taskStatus({ dueDate, progress: null, now: scope.now }),
      progress: null,
      url: `/kipp/kompetisi/${row.competition_id}`,
    };
  });
}

/** Public objections waiting for the national admin's decision, one task per competition, due when the objection window closes. */
export async function objectionTasks(db: Queryable, scope: TaskScope): Promise<Task[]> {
  const found = await rows<{ competition_id: string; year: number; closes_on: string; undecided: number }>(
    db,
    `SELECT c.id AS competition_id, c.year, w.closes_on::text AS closes_on, count(*)::int AS undecided
     FROM kipp.objections o
     JOIN kipp.proposals p ON p.id = o.proposal_id
     JOIN kipp.competitions c ON c.id = p.competition_id
     JOIN kipp.competition_stages w ON w.competition_id = c.id AND w.stage = 'OBJECTION_WINDOW' AND w.decided_at IS NULL
     WHERE o.decided_at IS NULL
     GROUP BY c.id, c.year, w.closes_on`,
    [],
    { prepared: true },
  );
  return found.map((row) => {
    const dueDate = endOfWibDay(row.closes_on);
    return {
      id: `kipp:objections:${row.competition_id}`,
      title: {
        id: `Putuskan ${row.undecided} sanggahan KIPP ${row.year}`,
        en: `Decide ${row.undecided} ${row.undecided === 1 ? 'objection' : 'objections'} for KIPP ${row.year}`,
      },
      detail: {
        id: `Masa sanggah ditutup ${dayInWords(row.closes_on, 'id')}`,
        en: `The objection window closes ${dayInWords(row.closes_on, 'en')}`,
      },
      module: TaskModule.KIPP,
      dueDate,
      status: taskStatus({ dueDate, progress: null, now: scope.now }),
      progress: null,
      url: `/kipp/kompetisi/${row.competition_id}`,
    };
  });
}
