import { rows, taskStatus, TaskModule, type Queryable, type Task, type BilingualText } from '@simpul/service-kit';
import type { TaskScope } from './task-scope';

interface OwnerCheckRow {
  year: number;
  own_unit: boolean;
  unanswered: number;
  titles: string[];
}

/** "A, B, C dan 4 lainnya" / "A, B, C and 4 more": a task names what it is about without growing long. */
function someTitles(titles: string[], count: number): BilingualText {
  const shown = titles.slice(0, 3).join(', ');
  const rest = count - Math.min(titles.length, 3);
  return rest > 0 ? { id: `${shown} dan ${rest} lainnya`, en: `${shown} and ${rest} more` } : { id: shown, en: shown };
}

/**
 * Yearly status checks the caller has to answer, one task per year and page: the desk answers for
 * its unit's innovations (on /kipp/usulan), the local admin for its agencies' (on /kipp/admin-lokal).
 * Status checks have no deadline.
 */
export async function ownerStatusCheckTasks(db: Queryable, scope: TaskScope): Promise<Task[]> {
  const owners: string[] = [];
  if (scope.unitId) owners.push('i.service_unit_id = $1::uuid');
  if (scope.agencies.length) owners.push('i.agency_id = ANY($2::uuid[])');
  if (owners.length === 0) return [];
  const found = await rows<OwnerCheckRow>(
    db,
    `SELECT c.year, coalesce(i.service_unit_id = $1::uuid, false) AS own_unit, count(*)::int AS unanswered,
            (array_agg(i.title ORDER BY i.title))[1:3] AS titles
     FROM kipp.innovations i JOIN kipp.status_checks c ON c.innovation_id = i.id AND c.answered_at IS NULL
     WHERE ${owners.join(' OR ')}
     GROUP BY c.year, 2`,
    // Only the conditions that apply, so each can use its index ($2 is absent without agencies).
    scope.agencies.length ? [scope.unitId, scope.agencies] : [scope.unitId],
  );
  return found.map((row) => {
    const one = row.unanswered === 1;
    return {
      id: `kipp:status-check:${row.own_unit ? 'unit' : 'agency'}:${row.year}`,
      title: one
        ? { id: `Jawab pemeriksaan status inovasi ${row.year}`, en: `Answer the ${row.year} innovation status check` }
        : {
            id: `Jawab ${row.unanswered} pemeriksaan status inovasi ${row.year}`,
            en: `Answer ${row.unanswered} innovation status checks for ${row.year}`,
          },
      detail: someTitles(row.titles, row.unanswered),
      module: TaskModule.KIPP,
      dueDate: null,
      status: taskStatus({ dueDate: null, progress: null, now: scope.now }),
      progress: null,
      url: row.own_unit ? '/kipp/usulan' : '/kipp/admin-lokal',
    };
  });
}

/** Beyond this many unanswered checks in a year the admin's task says "more than": the exact count would read the whole year. */
const COUNT_CAP = 1000;

function many(count: number): { id: string; en: string } {
  return count > COUNT_CAP
    ? { id: `lebih dari ${COUNT_CAP.toLocaleString('id-ID')}`, en: `more than ${COUNT_CAP.toLocaleString('en-GB')}` }
    : { id: String(count), en: String(count) };
}

/**
 * The national admin chases owners who have not answered: one task per year with the count. The
 * years are walked on the partial index of unanswered checks (a skip scan) and each count stops past
 * COUNT_CAP, so the cost stays small when a whole catalogue year (26,000 innovations) is open.
 */
export async function unansweredStatusCheckTasks(db: Queryable, scope: TaskScope): Promise<Task[]> {
  const found = await rows<{ year: number; unanswered: number }>(
    db,
    `WITH RECURSIVE years AS (
       SELECT min(year) AS year FROM kipp.status_checks WHERE answered_at IS NULL
       UNION ALL
       SELECT (SELECT min(c.year) FROM kipp.status_checks c WHERE c.answered_at IS NULL AND c.year > y.year) FROM years y WHERE y.year IS NOT NULL)
     SELECT y.year, (SELECT count(*)::int FROM (SELECT 1 FROM kipp.status_checks c WHERE c.answered_at IS NULL AND c.year = y.year LIMIT $1) AS capped) AS unanswered
     FROM years y WHERE y.year IS NOT NULL`,
    [COUNT_CAP + 1],
    { prepared: true },
  );
  return found.map((row) => {
    const count = many(row.unanswered);
    return {
      id: `kipp:status-checks:${row.year}`,
      title: {
        id: `Tindak lanjuti ${count.id} pemeriksaan status inovasi ${row.year} yang belum dijawab`,
        en: `Follow up ${count.en} unanswered innovation status checks for ${row.year}`,
      },
      detail: {
        id: 'Pemilik inovasi belum menjawab apakah inovasinya masih berjalan',
        en: 'Innovation owners have not said whether their innovation still runs',
      },
      module: TaskModule.KIPP,
      dueDate: null,
      status: taskStatus({ dueDate: null, progress: null, now: scope.now }),
      progress: null,
      url: '/kipp/status-inovasi',
    };
  });
}
