import { randomUUID } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { ReminderBatchResult, ReminderRequest } from '@simpul/contracts';
import { crossedThreshold, NotificationClient, rows, wibDate, type JobSource, type ServiceJob } from '@simpul/service-kit';
import { daysBetween } from '../common/dates';
import { REGISTRY_CLIENT, type RegistryClient } from '../registry/registry-client';
import { agreementUrl, longDate } from '../tasks/mpp-task';

/** Days before a PKS ends when its mall's operators are reminded (issue #14 §4). */
export const AGREEMENT_REMINDER_DAYS = [60, 30, 7] as const;

interface EndingAgreement {
  agreementId: string;
  tenancyId: string;
  agencyId: string;
  mallId: string;
  mallName: string;
  number: string;
  expiresOn: string;
}

/**
 * "PKS segera berakhir": every day, the current PKS (latest end, addenda included) of each tenancy
 * still in its mall that ends within 60 days is sent to the registry as a reminder for the mall's
 * operators, keyed by the threshold crossed (60, 30 or 7 days). The registry keeps one per person
 * and occasion, so the daily scan, a missed day or a second replica never sends one twice.
 */
@Injectable()
export class AgreementReminders implements JobSource {
  constructor(
    private readonly db: DataSource,
    private readonly notifications: NotificationClient,
    @Inject(REGISTRY_CLIENT) private readonly registry: RegistryClient,
  ) {}

  jobs(): ServiceJob[] {
    // 01:00 UTC is 08:00 WIB: the reminder is there when the working day starts.
    return [{ name: 'agreement-ending-reminders', cron: '0 1 * * *', run: (now) => this.scan(now) }];
  }

  /** Sends the reminders due on `now`'s day in Indonesia; resolves with what the registry added. */
  async scan(now: Date): Promise<ReminderBatchResult & { agreements: number }> {
    const today = wibDate(now);
    const ending = await rows<EndingAgreement>(
      this.db,
      `SELECT a.id AS "agreementId", t.id AS "tenancyId", t.agency_id AS "agencyId", t.mall_id AS "mallId", m.name AS "mallName",
              a.number, to_char(a.expires_on, 'YYYY-MM-DD') AS "expiresOn"
       FROM mpp.tenancies t
       JOIN mpp.malls m ON m.id = t.mall_id
       JOIN LATERAL (SELECT x.id, x.number, x.expires_on FROM mpp.agreements x WHERE x.tenancy_id = t.id ORDER BY x.expires_on DESC, x.id LIMIT 1) a ON TRUE
       WHERE t.step <> 'LEFT' AND a.expires_on BETWEEN $1::date AND $1::date + $2::int`,
      [today, Math.max(...AGREEMENT_REMINDER_DAYS)],
    );
    if (ending.length === 0) return { agreements: 0, notifications: 0, emails: 0 };
    // The registry owns agency names (public data): one request for all of them.
    const names = await this.registry.agencyNames(
      ending.map((agreement) => agreement.agencyId),
      { caller: null, requestId: randomUUID() },
    );
    const reminders = ending.flatMap((agreement) => {
      const reminder = agreementReminder(agreement, names.get(agreement.agencyId), today);
      return reminder ? [reminder] : [];
    });
    return { agreements: reminders.length, ...(await this.notifications.send(reminders)) };
  }
}

function agreementReminder(agreement: EndingAgreement, agencyName: string | undefined, today: string): ReminderRequest | null {
  const daysLeft = daysBetween(today, agreement.expiresOn);
  const threshold = crossedThreshold(daysLeft, AGREEMENT_REMINDER_DAYS);
  if (threshold === null) return null;
  const agency = agencyName ? { id: agencyName, en: agencyName } : { id: 'instansi', en: 'the agency' };
  const on = longDate(agreement.expiresOn);
  const left =
    daysLeft === 0
      ? { id: 'hari ini', en: 'today' }
      : { id: `${daysLeft} hari lagi`, en: `in ${daysLeft} day${daysLeft === 1 ? '' : 's'}` };
  return {
    kind: 'AGREEMENT_ENDING',
    occasion: `agreement:${agreement.agreementId}:${threshold}`,
    module: 'MPP',
    audience: { mallIds: [agreement.mallId] },
    title: { id: `PKS dengan ${agency.id} segera berakhir`, en: `The agreement (PKS) with ${agency.en} ends soon` },
    body: {
      id: `PKS ${agreement.number} antara ${agreement.mallName} dan ${agency.id} berakhir ${on.id} (${left.id}). Perpanjang PKS atau catat adendumnya sebelum tanggal itu.`,
      en: `Agreement ${agreement.number} between ${agreement.mallName} and ${agency.en} ends on ${on.en} (${left.en}). Renew it or record its addendum before then.`,
    },
    url: agreementUrl(agreement.tenancyId),
  };
}
