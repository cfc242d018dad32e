import { rows, taskStatus, TaskModule, type Queryable, type Task } from '@simpul/service-kit';
import { dayInWords } from '../competitions/stage-names';
import { ALL_SECTIONS, COMMON_SECTIONS } from '../proposals/proposal-sections';
import { endOfWibDay, type TaskScope } from './task-scope';

interface DraftRow {
  id: string;
  title: string;
  year: number;
  submitted: boolean;
  shared_with_admin: boolean;
  return_note: string | null;
  own_unit: boolean;
  administered: boolean;
  closes_on: string;
  sections_done: number;
  sections_total: number;
}

/**
 * Drafts of competitions whose registration is open today, in one statement:
 * - the desk's own drafts not yet shared with the local admin: "Lengkapi proposal …", or "Perbaiki
 *   proposal …" when the local admin returned it (the note stays until the next share);
 * - the local admin's shared drafts of its agencies: "Periksa dan kirim proposal …".
 * Each is DONE once its part is (the desk's when shared or submitted, the local admin's when
 * submitted), listed only with includeDone. Due when registration closes; after that a draft can no
 * longer be submitted, so none of it is a task any more.
 * Progress counts the sections the group requires (proposal-sections.ts) that are filled in.
 */
export async function draftTasks(db: Queryable, scope: TaskScope): Promise<Task[]> {
  if (!scope.unitId && scope.agencies.length === 0) return [];
  const found = await rows<DraftRow>(
    db,
    `SELECT p.id, p.title, c.year, p.status = 'SUBMITTED' AS submitted, p.shared_with_admin, p.return_note,
            p.service_unit_id = $1::uuid AS own_unit, p.agency_id = ANY($2::uuid[]) AS administered, r.closes_on::text AS closes_on,
            (SELECT count(*)::int FROM unnest(CASE WHEN p.group_code = 'REPLIKASI' THEN $4::text[] ELSE $5::text[] END) AS k(key)
              WHERE btrim(coalesce(p.sections ->> k.key, '')) <> '') AS sections_done,
            cardinality(CASE WHEN p.group_code = 'REPLIKASI' THEN $4::text[] ELSE $5::text[] END) AS sections_total
     FROM kipp.proposals p
     JOIN kipp.competition_stages r ON r.competition_id = p.competition_id AND r.stage = 'REGISTRATION'
     JOIN kipp.competitions c ON c.id = p.competition_id
     WHERE p.status IN ('DRAFT', 'SUBMITTED') AND r.decided_at IS NULL AND $3::date BETWEEN r.opens_on AND r.closes_on
       AND (p.service_unit_id = $1::uuid OR p.agency_id = ANY($2::uuid[]))`,
    [scope.unitId, scope.agencies, scope.today, ALL_SECTIONS, COMMON_SECTIONS],
    { prepared: true },
  );
  return found.flatMap((row) => {
    const progress = { done: row.sections_done, total: row.sections_total };
    const dueDate = endOfWibDay(row.closes_on);
    const closes = {
      id: `Pendaftaran KIPP ${row.year} ditutup ${dayInWords(row.closes_on, 'id')}`,
      en: `KIPP ${row.year} registration closes ${dayInWords(row.closes_on, 'en')}`,
    };
    const facts = (done: boolean) => ({
      module: TaskModule.KIPP,
      dueDate,
      progress,
      status: taskStatus({ done, dueDate, progress, now: scope.now }),
    });
    const tasks: Task[] = [];
    if (row.own_unit) {
      const deskDone = row.submitted || row.shared_with_admin;
      tasks.push(
        !deskDone && row.return_note
          ? {
              ...facts(false),
              id: `kipp:returned:${row.id}`,
              title: { id: `Perbaiki proposal ${row.title}`, en: `Revise the proposal ${row.title}` },
              detail: { id: `Dikembalikan admin lokal: ${row.return_note}`, en: `Returned by the local admin: ${row.return_note}` },
              url: `/kipp/usulan/${row.id}`,
            }
          : {
              ...facts(deskDone),
              id: `kipp:draft:${row.id}`,
              title: { id: `Lengkapi proposal ${row.title}`, en: `Complete the proposal ${row.title}` },
              detail: closes,
              url: `/kipp/usulan/${row.id}`,
            },
      );
    }
    if (row.administered && (row.shared_with_admin || row.submitted)) {
      tasks.push({
        ...facts(row.submitted),
        id: `kipp:review:${row.id}`,
        title: { id: `Periksa dan kirim proposal ${row.title}`, en: `Review and submit the proposal ${row.title}` },
        detail: closes,
        url: `/kipp/admin-lokal/usulan/${row.id}`,
      });
    }
    return tasks;
  });
}
