import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { BilingualText, ReminderBatchResult, ReminderRequest } from '@simpul/contracts';
import { crossedThreshold, NotificationClient, rows, type JobSource, type ServiceJob } from '@simpul/service-kit';
import { CyclePhase, PHASE_LABELS } from '../cycles/cycle-phase.enum';
import { jakartaTime } from '../cycles/jakarta-time';
import { cycleUrl, indicatorTotal, lokusUrl } from '../tasks/task-facts';
import { daysLeft, PHASE_REMINDER_DAYS } from './phase-thresholds';

/** An open phase of a cycle that is not finalised, ending within the largest threshold. */
interface EndingPhase {
  cycleId: string;
  cycleName: string;
  phase: CyclePhase;
  endsAt: Date;
}

interface UnsentF01 {
  cycleId: string;
  lokusId: string;
  serviceUnitId: string;
  unitName: string;
  instrumentId: string;
  claimed: number;
}

interface Assignment {
  cycleId: string;
  evaluatorId: string;
  instrumentId: string;
  scored: number;
}

/** An ending phase with the threshold it crossed today. */
interface Due extends EndingPhase {
  days: number;
  threshold: number;
}

/**
 * "Tenggat tahap": every day, each open phase of a cycle that is not finalised and ends in 7, 3 or 1
 * days (the threshold crossed) is sent to the registry as reminders — to the national admins for
 * every phase but publication, to the desks of lokus whose F-01 is not sent in the F-01 phase, and to
 * evaluators with assigned lokus not fully scored in the scoring phase. The occasion is
 * `phase:<cycle>:<phase>:<threshold>` plus the recipients' scope, so the registry keeps one per person
 * and occasion however often and by how many replicas the scan runs.
 */
@Injectable()
export class PhaseReminders implements JobSource {
  constructor(
    private readonly db: DataSource,
    private readonly notifications: NotificationClient,
  ) {}

  jobs(): ServiceJob[] {
    // 01:00 UTC is 08:00 WIB: the reminder is there when the working day starts.
    return [{ name: 'phase-deadline-reminders', cron: '0 1 * * *', run: (now) => this.scan(now) }];
  }

  /** Sends the reminders due on `now`'s day in Indonesia; resolves with what the registry added. */
  async scan(now: Date): Promise<ReminderBatchResult & { phases: number; reminders: number }> {
    const ending = await rows<EndingPhase>(
      this.db,
      `SELECT p.cycle_id AS "cycleId", c.name AS "cycleName", p.phase, p.ends_at AS "endsAt"
       FROM evaluation.cycle_phases p JOIN evaluation.cycles c ON c.id = p.cycle_id AND c.finalised_at IS NULL
       WHERE p.phase <> 'PUBLISHED' AND p.starts_at <= $1 AND $1 <= p.ends_at AND p.ends_at < $1 + make_interval(days => $2)`,
      [now, Math.max(...PHASE_REMINDER_DAYS) + 1],
    );
    const due = ending.flatMap((phase): Due[] => {
      const days = daysLeft(now, phase.endsAt);
      const threshold = crossedThreshold(days, PHASE_REMINDER_DAYS);
      return threshold === null ? [] : [{ ...phase, days, threshold }];
    });
    if (due.length === 0) return { phases: 0, reminders: 0, notifications: 0, emails: 0 };
    const reminders = [
      ...due.map(adminReminder),
      ...(await this.deskReminders(due.filter((phase) => phase.phase === CyclePhase.F01_FILLING))),
      ...(await this.evaluatorReminders(due.filter((phase) => phase.phase === CyclePhase.EVALUATOR_SCORING))),
    ];
    return { phases: due.length, reminders: reminders.length, ...(await this.notifications.send(reminders)) };
  }

  /** The desk of each lokus whose F-01 is not sent (no open submission): one statement for every such cycle. */
  private async deskReminders(phases: readonly Due[]): Promise<ReminderRequest[]> {
    if (phases.length === 0) return [];
    const byCycle = new Map(phases.map((phase) => [phase.cycleId, phase]));
    const unsent = await rows<UnsentF01>(
      this.db,
      `SELECT l.cycle_id AS "cycleId", l.id AS "lokusId", l.service_unit_id AS "serviceUnitId", l.unit_name AS "unitName",
         l.instrument_id AS "instrumentId", (SELECT count(*)::int FROM evaluation.f01_claims f WHERE f.lokus_id = l.id) AS claimed
       FROM evaluation.lokus l
       WHERE l.cycle_id = ANY($1::uuid[])
         AND NOT EXISTS (SELECT 1 FROM evaluation.f01_submissions s WHERE s.lokus_id = l.id AND s.reopened_at IS NULL)`,
      [[...byCycle.keys()]],
    );
    return unsent.map((lokus) => {
      const phase = byCycle.get(lokus.cycleId) as Due;
      const total = indicatorTotal(lokus.instrumentId);
      return {
        kind: 'PHASE_DEADLINE',
        occasion: `${occasionOf(phase)}:lokus:${lokus.lokusId}`,
        module: 'PEKPPP',
        audience: { serviceUnitIds: [lokus.serviceUnitId] },
        title: { id: `Kirim F-01 ${phase.cycleName} ${left(phase).id}`, en: `Send F-01 of ${phase.cycleName} ${left(phase).en}` },
        body: {
          id: `F-01 ${lokus.unitName} untuk ${phase.cycleName} belum dikirim (${lokus.claimed}/${total} indikator terisi). Tahap pengisian F-01 berakhir ${jakartaTime(phase.endsAt, 'id')}.`,
          en: `The F-01 of ${lokus.unitName} for ${phase.cycleName} has not been sent (${lokus.claimed}/${total} indicators claimed). The F-01 phase ends on ${jakartaTime(phase.endsAt, 'en')}.`,
        },
        url: lokusUrl(lokus.lokusId),
      };
    });
  }

  /** Each evaluator with assigned lokus (first or second rater) not fully scored: one statement for every such cycle. */
  private async evaluatorReminders(phases: readonly Due[]): Promise<ReminderRequest[]> {
    if (phases.length === 0) return [];
    const byCycle = new Map(phases.map((phase) => [phase.cycleId, phase]));
    const assignments = await rows<Assignment>(
      this.db,
      `SELECT l.cycle_id AS "cycleId", a.evaluator_id AS "evaluatorId", l.instrument_id AS "instrumentId",
         CASE WHEN a.role = 'PRIMARY' THEN (SELECT count(*)::int FROM evaluation.f02_scores s WHERE s.lokus_id = l.id)
              ELSE (SELECT count(*)::int FROM evaluation.f02_second_scores s WHERE s.lokus_id = l.id AND s.evaluator_id = a.evaluator_id) END AS scored
       FROM evaluation.assignments a JOIN evaluation.lokus l ON l.id = a.lokus_id
       WHERE l.cycle_id = ANY($1::uuid[])`,
      [[...byCycle.keys()]],
    );
    const unfinished = new Map<string, { cycleId: string; evaluatorId: string; lokus: number }>();
    for (const assignment of assignments) {
      if (assignment.scored >= indicatorTotal(assignment.instrumentId)) continue;
      const key = `${assignment.cycleId}:${assignment.evaluatorId}`;
      const entry = unfinished.get(key) ?? { cycleId: assignment.cycleId, evaluatorId: assignment.evaluatorId, lokus: 0 };
      entry.lokus += 1;
      unfinished.set(key, entry);
    }
    return [...unfinished.values()].map((entry) => {
      const phase = byCycle.get(entry.cycleId) as Due;
      return {
        kind: 'PHASE_DEADLINE',
        occasion: `${occasionOf(phase)}:evaluator:${entry.evaluatorId}`,
        module: 'PEKPPP',
        audience: { userIds: [entry.evaluatorId] },
        title: {
          id: `Selesaikan penilaian F-02 ${phase.cycleName} ${left(phase).id}`,
          en: `Finish the F-02 scoring of ${phase.cycleName} ${left(phase).en}`,
        },
        body: {
          id: `${entry.lokus} lokus yang ditugaskan kepada Anda belum selesai dinilai. Tahap penilaian evaluator berakhir ${jakartaTime(phase.endsAt, 'id')}.`,
          en: `${entry.lokus} lokus assigned to you ${entry.lokus === 1 ? 'is' : 'are'} not fully scored. The evaluator scoring phase ends on ${jakartaTime(phase.endsAt, 'en')}.`,
        },
        url: cycleUrl(entry.cycleId),
      };
    });
  }
}

/** `phase:<cycle>:<phase>:<threshold>`; each audience adds its scope. */
function occasionOf(phase: Due): string {
  return `phase:${phase.cycleId}:${phase.phase}:${phase.threshold}`;
}

/** "dalam 3 hari" / "in 3 days", "hari ini" / "today". */
function left(phase: Due): BilingualText {
  if (phase.days === 0) return { id: 'hari ini', en: 'today' };
  return { id: `dalam ${phase.days} hari`, en: `within ${phase.days} day${phase.days === 1 ? '' : 's'}` };
}

function adminReminder(phase: Due): ReminderRequest {
  const label = PHASE_LABELS[phase.phase];
  return {
    kind: 'PHASE_DEADLINE',
    occasion: `${occasionOf(phase)}:admins`,
    module: 'PEKPPP',
    audience: { nationalAdmins: true },
    title: {
      id: `Tahap ${label.id} ${phase.cycleName} berakhir ${left(phase).id}`,
      en: `The ${label.en} phase of ${phase.cycleName} ends ${left(phase).en}`,
    },
    body: {
      id: `Tahap ${label.id} ${phase.cycleName} berakhir ${jakartaTime(phase.endsAt, 'id')}. Perpanjang tahap dengan alasan bila pekerjaannya belum selesai.`,
      en: `The ${label.en} phase of ${phase.cycleName} ends on ${jakartaTime(phase.endsAt, 'en')}. Extend it, with a reason, if its work is not done.`,
    },
    url: cycleUrl(phase.cycleId),
  };
}
