import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { ReminderBatchResult, ReminderRequest } from '@simpul/contracts';
import { crossedThreshold, NotificationClient, rows, wibDate, type JobSource, type ServiceJob } from '@simpul/service-kit';
import { dayInWords } from '../competitions/stage-names';

/** Days before registration closes when the owners of a draft not yet submitted are reminded (issue #14 §4). */
export const DRAFT_REMINDER_DAYS = [7, 2] as const;

interface DueDraft {
  id: string;
  title: string;
  year: number;
  service_unit_id: string;
  created_by: string;
  shared_with_admin: boolean;
  local_admins: string[];
  closes_on: string;
  days_left: number;
}

/**
 * "Proposal KIPP belum dikirim": every day, each draft of a competition whose registration is open
 * and closes within 7 days is sent to the registry as a reminder, keyed by the threshold crossed (7
 * or 2 days). It reaches the draft's owners as the model records them: the desks of its unit and the
 * person who created it (on the draft's page) and, once the draft is shared, the agency's local
 * admins, who submit it (on their review page). The registry keeps one per person and occasion, so
 * the daily scan, a missed day or a second replica never sends one twice.
 */
@Injectable()
export class DraftReminders implements JobSource {
  constructor(
    private readonly db: DataSource,
    private readonly notifications: NotificationClient,
  ) {}

  jobs(): ServiceJob[] {
    // 01:00 UTC is 08:00 WIB: the reminder is there when the working day starts.
    return [{ name: 'kipp-draft-reminders', cron: '0 1 * * *', run: (now) => this.scan(now) }];
  }

  /** Sends the reminders due on `now`'s day in Indonesia; resolves with what the registry added. */
  async scan(now: Date): Promise<ReminderBatchResult & { drafts: number }> {
    const today = wibDate(now);
    const due = await rows<DueDraft>(
      this.db,
      `SELECT p.id, p.title, c.year, p.service_unit_id, p.created_by, p.shared_with_admin, r.closes_on::text AS closes_on,
              (r.closes_on - $1::date) AS days_left,
              coalesce((SELECT array_agg(l.user_id ORDER BY l.user_id) FROM kipp.local_admins l WHERE l.agency_id = p.agency_id), '{}') AS local_admins
       FROM kipp.competition_stages r
       JOIN kipp.competitions c ON c.id = r.competition_id
       JOIN kipp.proposals p ON p.competition_id = r.competition_id AND p.status = 'DRAFT'
       WHERE r.stage = 'REGISTRATION' AND r.decided_at IS NULL AND r.opens_on <= $1::date AND r.closes_on BETWEEN $1::date AND $1::date + $2::int`,
      [today, Math.max(...DRAFT_REMINDER_DAYS)],
    );
    const reminders = due.flatMap((draft) => draftReminders(draft));
    if (reminders.length === 0) return { drafts: 0, notifications: 0, emails: 0 };
    return { drafts: due.length, ...(await this.notifications.send(reminders)) };
  }
}

function draftReminders(draft: DueDraft): ReminderRequest[] {
  const threshold = crossedThreshold(draft.days_left, DRAFT_REMINDER_DAYS);
  if (threshold === null) return [];
  const on = { id: dayInWords(draft.closes_on, 'id'), en: dayInWords(draft.closes_on, 'en') };
  const left =
    draft.days_left === 0
      ? { id: 'hari ini', en: 'today' }
      : { id: `${draft.days_left} hari lagi`, en: `in ${draft.days_left} day${draft.days_left === 1 ? '' : 's'}` };
  const closes = {
    id: `Pendaftaran KIPP ${draft.year} ditutup ${on.id} (${left.id}).`,
    en: `KIPP ${draft.year} registration closes on ${on.en} (${left.en}).`,
  };
  const reminder = {
    kind: 'KIPP_DRAFT_DEADLINE' as const,
    // One occasion for the desk's and the local admin's reminder: each person gets it once.
    occasion: `kipp-draft:${draft.id}:${threshold}`,
    module: 'KIPP' as const,
    title: { id: `Proposal KIPP "${draft.title}" belum dikirim`, en: `KIPP proposal "${draft.title}" not submitted yet` },
  };
  const owners: ReminderRequest = {
    ...reminder,
    audience: { serviceUnitIds: [draft.service_unit_id], userIds: [draft.created_by] },
    body: draft.shared_with_admin
      ? {
          id: `${closes.id} Draf sudah dibagikan ke admin lokal, yang mengirimnya; lengkapi bila masih ada yang kurang.`,
          en: `${closes.en} The draft is shared with the local admin, who submits it; complete it if anything is missing.`,
        }
      : {
          id: `${closes.id} Lengkapi draf dan bagikan ke admin lokal agar dapat dikirim sebelum tanggal itu.`,
          en: `${closes.en} Complete the draft and share it with the local admin so it can be submitted before then.`,
        },
    url: `/kipp/usulan/${draft.id}`,
  };
  if (!draft.shared_with_admin || draft.local_admins.length === 0) return [owners];
  return [
    owners,
    {
      ...reminder,
      audience: { userIds: draft.local_admins },
      body: {
        id: `${closes.id} Desk sudah membagikan draf ini kepada Anda; periksa dan kirim sebelum tanggal itu.`,
        en: `${closes.en} The desk has shared this draft with you; review and submit it before then.`,
      },
      url: `/kipp/admin-lokal/usulan/${draft.id}`,
    },
  ];
}
