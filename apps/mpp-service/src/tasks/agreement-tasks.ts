import { rows, type Task, endOfWibDay } from '@simpul/service-kit';
import { EXPIRY_WARNING_DAYS } from '../agreements/agreement.model';
import { daysBetween } from '../common/dates';
import { agreementUrl, longDate, mppTask, type TaskQuery } from './mpp-task';
import type { RegistryNames } from './registry-names';

export interface EndingAgreement {
  agreementId: string;
  tenancyId: string;
  agencyId: string;
  number: string;
  expiresOn: string;
}

/**
 * The current PKS (latest end, addenda included) of each tenancy still in the mall that ends within
 * the warning window or has already ended: one statement, the lateral join reads one row per tenancy
 * from `agreements_expiry`.
 */
export function endingAgreements(query: TaskQuery, mallId: string): Promise<EndingAgreement[]> {
  return rows<EndingAgreement>(
    query.db,
    `SELECT a.id AS "agreementId", t.id AS "tenancyId", t.agency_id AS "agencyId", a.number, to_char(a.expires_on, 'YYYY-MM-DD') AS "expiresOn"
     FROM mpp.tenancies t
     JOIN LATERAL (SELECT x.id, x.number, x.expires_on FROM mpp.agreements x WHERE x.tenancy_id = t.id ORDER BY x.expires_on DESC, x.id LIMIT 1) a ON TRUE
     WHERE t.mall_id = $1 AND t.step <> 'LEFT' AND a.expires_on <= $2::date + $3::int`,
    [mallId, query.today, EXPIRY_WARNING_DAYS],
    { prepared: true },
  );
}

/** "Perpanjang PKS dengan Pemprov Kalsel", due the PKS's last day; gone once an addendum or a new PKS runs past the window. */
export function agreementTask(query: TaskQuery, agreement: EndingAgreement, names: RegistryNames): Task {
  const agency = names.agency(agreement.agencyId);
  const days = daysBetween(query.today, agreement.expiresOn);
  const on = longDate(agreement.expiresOn);
  const when =
    days > 0
      ? { id: `berakhir ${on.id} (${days} hari lagi)`, en: `ends on ${on.en} (in ${days} days)` }
      : days === 0
        ? { id: `berakhir hari ini, ${on.id}`, en: `ends today, ${on.en}` }
        : { id: `berakhir ${on.id} (${-days} hari lalu)`, en: `ended on ${on.en} (${-days} days ago)` };
  return mppTask(query, {
    id: `mpp:agreement-ending:${agreement.agreementId}`,
    title: { id: `Perpanjang PKS dengan ${agency.id}`, en: `Renew the agreement (PKS) with ${agency.en}` },
    detail: { id: `PKS ${agreement.number} ${when.id}`, en: `PKS ${agreement.number} ${when.en}` },
    dueDate: endOfWibDay(agreement.expiresOn),
    progress: null,
    url: agreementUrl(agreement.tenancyId),
  });
}
