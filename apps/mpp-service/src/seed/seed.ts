import { createHash } from 'node:crypto';
import { DataSource, type DataSourceOptions, type EntityManager } from 'typeorm';
import { stableId, SystemClock } from '@simpul/service-kit';
import { addDays, isoWeekday } from '../common/dates';
import { stepDefinition } from '../tenancies/onboarding-steps';
import { ONBOARDING_PATH, pathIndex, TenancyStep } from '../tenancies/tenancy-step.enum';
import { DEMO_MALLS, deskId, demoTenancies, mallId, PUBLISHED_MALL_COUNTS, tenancyId, type DemoTenancy } from './demo-malls';
import { agencyId, OPERATOR_EMAIL, unitId } from './demo-registry';

/** Days of visitor history the demo carries. */
const HISTORY_DAYS = 120;
const OPERATOR_ID = stableId('user', OPERATOR_EMAIL);

/** A stable pseudo-random number in [0, 1) for a key, so a re-seed writes the same figures. */
function noise(key: string): number {
  return createHash('sha1').update(key).digest().readUInt32BE(0) / 2 ** 32;
}

async function insert(manager: EntityManager, sql: string, rows: unknown[]): Promise<number> {
  if (rows.length === 0) return 0;
  const result: unknown = await manager.query(sql, [JSON.stringify(rows)]);
  // INSERT … RETURNING 1 gives one row per inserted row.
  return Array.isArray(result) ? result.length : 0;
}

/** When each step of the path was completed: a fortnight apart from the invitation, never after today. */
function stepDates(tenancy: DemoTenancy, today: string): Map<TenancyStep, string> {
  const dates = new Map<TenancyStep, string>();
  const last = pathIndex(tenancy.step);
  ONBOARDING_PATH.slice(0, last + 1).forEach((step, index) => {
    const date = addDays(tenancy.invitedOn, index * 14);
    dates.set(step, date > today ? today : date);
  });
  return dates;
}

/**
 * Loads the demo malls, tenancies, agreements, desks, services and visitor history; idempotent
 * (stable ids, insert-if-missing), so running it twice changes nothing.
 */
export async function seedMpp(options: DataSourceOptions, today = new SystemClock().today()): Promise<Record<string, number>> {
  const dataSource = new DataSource(options);
  await dataSource.initialize();
  try {
    return await dataSource.transaction(async (manager) => {
      const counts: Record<string, number> = {};
      counts.malls = await insert(
        manager,
        `INSERT INTO mpp.malls (id, name, regency_code, status, address, managing_unit_id, proposed_on, opened_on, origin)
         SELECT id, name, regency_code, status, address, managing_unit_id, proposed_on, opened_on, 'DEMO'
         FROM jsonb_to_recordset($1::jsonb) AS r(id uuid, name text, regency_code text, status text, address text, managing_unit_id uuid, proposed_on date, opened_on date)
         ON CONFLICT (id) DO NOTHING RETURNING 1`,
        DEMO_MALLS.map((mall) => ({
          id: mallId(mall.key),
          name: mall.name,
          regency_code: mall.regencyCode,
          status: mall.status,
          address: mall.address,
          managing_unit_id: mall.managingUnitKey ? unitId(mall.managingUnitKey) : null,
          proposed_on: mall.proposedOn,
          opened_on: mall.openedOn,
        })),
      );
      await insert(
        manager,
        `INSERT INTO mpp.mall_opening_hours (mall_id, weekday, opens_at, closes_at)
         SELECT mall_id, weekday, opens_at, closes_at FROM jsonb_to_recordset($1::jsonb) AS r(mall_id uuid, weekday smallint, opens_at time, closes_at time)
         ON CONFLICT DO NOTHING RETURNING 1`,
        DEMO_MALLS.flatMap((mall) => [
          ...[1, 2, 3, 4, 5].map((weekday) => ({
            mall_id: mallId(mall.key),
            weekday,
            opens_at: mall.hours.weekdays[0],
            closes_at: mall.hours.weekdays[1],
          })),
          ...(mall.hours.saturday
            ? [{ mall_id: mallId(mall.key), weekday: 6, opens_at: mall.hours.saturday[0], closes_at: mall.hours.saturday[1] }]
            : []),
        ]),
      );
      await insert(
        manager,
        `INSERT INTO mpp.mall_documents (id, mall_id, kind, title, number, issued_on)
         SELECT id, mall_id, kind, title, number, issued_on FROM jsonb_to_recordset($1::jsonb) AS r(id uuid, mall_id uuid, kind text, title text, number text, issued_on date)
         ON CONFLICT DO NOTHING RETURNING 1`,
        DEMO_MALLS.flatMap((mall) => [
          {
            id: stableId('mall-document', `${mall.key}:letter`),
            mall_id: mallId(mall.key),
            kind: 'REGENT_LETTER',
            title: `Surat usulan pembentukan ${mall.name}`,
            number: `DEMO/${mall.regencyCode}/MPP`,
            issued_on: mall.proposedOn,
          },
          {
            id: stableId('mall-document', `${mall.key}:study`),
            mall_id: mallId(mall.key),
            kind: 'URGENCY_STUDY',
            title: `Kajian urgensi ${mall.name}`,
            number: null,
            issued_on: mall.proposedOn,
          },
        ]),
      );
      counts.desks = await insert(
        manager,
        `INSERT INTO mpp.desks (id, mall_id, number, label) SELECT id, mall_id, number, label FROM jsonb_to_recordset($1::jsonb) AS r(id uuid, mall_id uuid, number int, label text)
         ON CONFLICT DO NOTHING RETURNING 1`,
        DEMO_MALLS.flatMap((mall) =>
          Array.from({ length: mall.desks }, (_, index) => ({
            id: deskId(mall.key, index + 1),
            mall_id: mallId(mall.key),
            number: index + 1,
            label: `Gerai ${index + 1}`,
          })),
        ),
      );
      // Malls an earlier seed wrote before origins were stored are demo data too.
      await manager.query(`UPDATE mpp.malls SET origin = 'DEMO' WHERE id = ANY($1::uuid[]) AND origin <> 'DEMO'`, [
        DEMO_MALLS.map((mall) => mallId(mall.key)),
      ]);
      await insert(
        manager,
        `INSERT INTO mpp.published_mall_counts (as_of, count, source) SELECT as_of, count, source FROM jsonb_to_recordset($1::jsonb) AS r(as_of date, count int, source text)
         ON CONFLICT DO NOTHING RETURNING 1`,
        PUBLISHED_MALL_COUNTS.map((row) => ({ as_of: row.asOf, count: row.count, source: row.source })),
      );

      const tenancies = demoTenancies(today);
      const tenancyRows = tenancies.map((tenancy) => {
        const dates = stepDates(tenancy, today);
        return { tenancy, dates, id: tenancyId(tenancy.mallKey, tenancy.agencyKey) };
      });
      counts.tenancies = await insert(
        manager,
        `INSERT INTO mpp.tenancies (id, mall_id, agency_id, step, invited_at, live_since)
         SELECT id, mall_id, agency_id, step, invited_at, live_since FROM jsonb_to_recordset($1::jsonb) AS r(id uuid, mall_id uuid, agency_id uuid, step text, invited_at timestamptz, live_since timestamptz)
         ON CONFLICT DO NOTHING RETURNING 1`,
        tenancyRows.map(({ tenancy, dates, id }) => ({
          id,
          mall_id: mallId(tenancy.mallKey),
          agency_id: agencyId(tenancy.agencyKey),
          step: tenancy.step,
          invited_at: `${tenancy.invitedOn}T09:00:00+07:00`,
          live_since: dates.has(TenancyStep.LIVE) ? `${dates.get(TenancyStep.LIVE)}T09:00:00+07:00` : null,
        })),
      );
      await insert(
        manager,
        `INSERT INTO mpp.tenancy_steps (id, tenancy_id, step, checklist, completed_by, completed_by_name, completed_at)
         SELECT id, tenancy_id, step, checklist, completed_by, completed_by_name, completed_at
         FROM jsonb_to_recordset($1::jsonb) AS r(id uuid, tenancy_id uuid, step text, checklist jsonb, completed_by uuid, completed_by_name text, completed_at timestamptz)
         ON CONFLICT DO NOTHING RETURNING 1`,
        tenancyRows.flatMap(({ dates, id }) =>
          [...dates].map(([step, date]) => ({
            id: stableId('tenancy-step', `${id}:${step}`),
            tenancy_id: id,
            step,
            checklist: (stepDefinition(step)?.checklist ?? []).map((item) => ({ code: item.code, label: item.label, done: true })),
            completed_by: OPERATOR_ID,
            completed_by_name: 'Operator MPP Kota Banjarmasin',
            completed_at: `${date}T10:00:00+07:00`,
          })),
        ),
      );
      counts.agreements = await insert(
        manager,
        `INSERT INTO mpp.agreements (id, tenancy_id, number, signed_on, starts_on, expires_on, original_expires_on, document)
         SELECT id, tenancy_id, number, signed_on, starts_on, expires_on, original_expires_on, document
         FROM jsonb_to_recordset($1::jsonb) AS r(id uuid, tenancy_id uuid, number text, signed_on date, starts_on date, expires_on date, original_expires_on date, document jsonb)
         ON CONFLICT DO NOTHING RETURNING 1`,
        tenancyRows.flatMap(({ tenancy, id }) =>
          tenancy.agreement
            ? [
                {
                  id: stableId('agreement', `${id}:${tenancy.agreement.number}`),
                  tenancy_id: id,
                  number: tenancy.agreement.number,
                  signed_on: tenancy.agreement.signedOn,
                  starts_on: tenancy.agreement.startsOn,
                  expires_on: tenancy.agreement.addendum?.expiresOn ?? tenancy.agreement.expiresOn,
                  original_expires_on: tenancy.agreement.expiresOn,
                  document: {
                    title: `PKS ${tenancy.agreement.number}`,
                    number: tenancy.agreement.number,
                    issuedOn: tenancy.agreement.signedOn,
                    fileName: null,
                    url: null,
                  },
                },
              ]
            : [],
        ),
      );
      await insert(
        manager,
        `INSERT INTO mpp.agreement_addenda (id, agreement_id, number, signed_on, expires_on, summary)
         SELECT id, agreement_id, number, signed_on, expires_on, summary FROM jsonb_to_recordset($1::jsonb) AS r(id uuid, agreement_id uuid, number text, signed_on date, expires_on date, summary text)
         ON CONFLICT DO NOTHING RETURNING 1`,
        tenancyRows.flatMap(({ tenancy, id }) =>
          tenancy.agreement?.addendum
            ? [
                {
                  id: stableId('addendum', `${id}:${tenancy.agreement.addendum.number}`),
                  agreement_id: stableId('agreement', `${id}:${tenancy.agreement.number}`),
                  number: tenancy.agreement.addendum.number,
                  signed_on: tenancy.agreement.addendum.signedOn,
                  expires_on: tenancy.agreement.addendum.expiresOn,
                  summary: tenancy.agreement.addendum.summary,
                },
              ]
            : [],
        ),
      );
      counts.deskAssignments = await insert(
        manager,
        `INSERT INTO mpp.desk_assignments (id, mall_id, desk_id, tenancy_id, weekday, staff_count, assigned_at, assigned_by)
         SELECT id, mall_id, desk_id, tenancy_id, weekday, staff_count, assigned_at, assigned_by
         FROM jsonb_to_recordset($1::jsonb) AS r(id uuid, mall_id uuid, desk_id uuid, tenancy_id uuid, weekday smallint, staff_count int, assigned_at timestamptz, assigned_by uuid)
         ON CONFLICT DO NOTHING RETURNING 1`,
        tenancyRows.flatMap(({ tenancy, dates, id }) =>
          tenancy.desks.flatMap((desk) =>
            desk.weekdays.map((weekday) => ({
              id: stableId('desk-assignment', `${id}:${desk.number}:${weekday}`),
              mall_id: mallId(tenancy.mallKey),
              desk_id: deskId(tenancy.mallKey, desk.number),
              tenancy_id: id,
              weekday,
              staff_count: desk.staff,
              assigned_at: `${dates.get(TenancyStep.DESK_ASSIGNED) ?? today}T09:00:00+07:00`,
              assigned_by: OPERATOR_ID,
            })),
          ),
        ),
      );
      counts.tenancyServices = await insert(
        manager,
        `INSERT INTO mpp.tenancy_services (id, tenancy_id, service_id, service_unit_id, status, daily_quota, delivery_ready, missing_components, unpublished_components, checked_at, added_by)
         SELECT id, tenancy_id, service_id, service_unit_id, status, daily_quota, delivery_ready,
                ARRAY(SELECT jsonb_array_elements_text(missing)), ARRAY(SELECT jsonb_array_elements_text(unpublished)), now(), added_by
         FROM jsonb_to_recordset($1::jsonb) AS r(id uuid, tenancy_id uuid, service_id uuid, service_unit_id uuid, status text, daily_quota int, delivery_ready boolean, missing jsonb, unpublished jsonb, added_by uuid)
         ON CONFLICT DO NOTHING RETURNING 1`,
        tenancyRows.flatMap(({ tenancy, id }) =>
          tenancy.services.map(({ service, quota }) => {
            const ready = service.missing.length === 0 && service.unpublished.length === 0;
            return {
              id: stableId('tenancy-service', `${id}:${service.id}`),
              tenancy_id: id,
              service_id: service.id,
              service_unit_id: service.unitId,
              status: ready && tenancy.step === TenancyStep.LIVE ? 'LIVE' : 'PENDING',
              daily_quota: quota,
              delivery_ready: ready,
              missing: service.missing,
              unpublished: service.unpublished,
              added_by: OPERATOR_ID,
            };
          }),
        ),
      );

      // Visitors: every open weekday of the last months at each live tenant's desks, within its agreement.
      const days: {
        id: string;
        mall_id: string;
        desk_id: string;
        visit_date: string;
        tenancy_id: string;
        visitors: number;
        complaints: number;
      }[] = [];
      const services: { desk_day_id: string; service_id: string; visitors: number }[] = [];
      for (const { tenancy, id } of tenancyRows) {
        const agreement = tenancy.agreement;
        if (tenancy.step !== TenancyStep.LIVE || !agreement) continue;
        const mall = DEMO_MALLS.find((candidate) => candidate.key === tenancy.mallKey);
        const live = tenancy.services.filter(({ service }) => service.missing.length === 0 && service.unpublished.length === 0);
        tenancy.desks.forEach((desk, deskIndex) => {
          const mine = live.filter((_, index) => index % tenancy.desks.length === deskIndex);
          for (let back = HISTORY_DAYS; back >= 1; back -= 1) {
            const date = addDays(today, -back);
            const weekday = isoWeekday(date);
            if (!desk.weekdays.includes(weekday) || (weekday === 6 && !mall?.hours.saturday)) continue;
            const expiresOn = agreement.addendum?.expiresOn ?? agreement.expiresOn;
            if (date < agreement.startsOn || date > expiresOn) continue;
            const dayId = stableId('desk-day', `${deskId(tenancy.mallKey, desk.number)}:${date}`);
            let total = 0;
            for (const { service, quota } of mine) {
              const base = quota ? quota * 0.85 : 12;
              const visitors = Math.max(
                0,
                Math.round(base * (0.75 + 0.4 * noise(`${dayId}:${service.id}`)) * (weekday === 1 ? 1.15 : weekday === 6 ? 0.6 : 1)),
              );
              services.push({ desk_day_id: dayId, service_id: service.id, visitors });
              total += visitors;
            }
            total += Math.floor(noise(`${dayId}:walk-in`) * 6);
            const complaints = noise(`${dayId}:complaint`) < 0.06 ? 1 : 0;
            days.push({
              id: dayId,
              mall_id: mallId(tenancy.mallKey),
              desk_id: deskId(tenancy.mallKey, desk.number),
              visit_date: date,
              tenancy_id: id,
              visitors: total,
              complaints,
            });
          }
        });
      }
      counts.deskDays = await insert(
        manager,
        `INSERT INTO mpp.desk_days (id, mall_id, desk_id, visit_date, tenancy_id, visitors, complaints, source, recorded_by, origin)
         SELECT id, mall_id, desk_id, visit_date, tenancy_id, visitors, complaints, 'SEED', '${OPERATOR_ID}', 'DEMO'
         FROM jsonb_to_recordset($1::jsonb) AS r(id uuid, mall_id uuid, desk_id uuid, visit_date date, tenancy_id uuid, visitors int, complaints int)
         ON CONFLICT DO NOTHING RETURNING 1`,
        days,
      );
      await insert(
        manager,
        `INSERT INTO mpp.desk_day_services (desk_day_id, service_id, visitors)
         SELECT r.desk_day_id, r.service_id, r.visitors FROM jsonb_to_recordset($1::jsonb) AS r(desk_day_id uuid, service_id uuid, visitors int)
         WHERE EXISTS (SELECT 1 FROM mpp.desk_days d WHERE d.id = r.desk_day_id)
         ON CONFLICT DO NOTHING RETURNING 1`,
        services,
      );
      return counts;
    });
  } finally {
    await dataSource.destroy();
  }
}
