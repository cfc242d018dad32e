import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { badUserInput, keysetPage, mapConnection, validateFirst, type Connection, type SubgraphContext, Clock } from '@simpul/service-kit';
import { agreementStanding } from '../agreements/agreement-status';

import { withFile, type MppDocument } from '../files/mpp-document';
import { addDays, daysBetween, parseDate, requireOrdered } from '../common/dates';
import { weekdayOf } from '../common/weekday.enum';
import { agencyRef, serviceRef } from '../federation/registry-refs';
import { MallService } from '../malls/mall.service';
import { TENANCY_COLUMNS } from '../tenancies/tenancy-guard';
import { ONBOARDING_PATH, TenancyStep } from '../tenancies/tenancy-step.enum';
import type { Tenancy } from '../tenancies/tenancy.model';
import {
  DeskStats,
  ExpiringAgreement,
  FunnelStep,
  MallDashboard,
  NotReadyReason,
  QuotaUse,
  ServiceNotReady,
  ServiceStats,
  TrendGranularity,
  VisitorPoint,
  WeekdayOccupancy,
} from './dashboard.model';

/** A page request of a dashboard list. */
export interface Page {
  first: number | null | undefined;
  after: string | null | undefined;
}

/** The page size checked (1–100, default 20), every list sorted ascending (descending keys are negated). */
const pageOf = (page: Page) => ({ first: validateFirst(page.first), after: page.after, direction: 'ASC' as const });

interface AgreementJson {
  id: string;
  number: string;
  signedOn: string;
  startsOn: string;
  expiresOn: string;
  originalExpiresOn: string;
  document: MppDocument | null;
  documentFileId: string | null;
  tenancyId: string;
}

const FUNNEL_STEPS = [...ONBOARDING_PATH, TenancyStep.PAUSED, TenancyStep.LEFT];

/** Every figure on the operator's dashboard, each one SQL aggregate over the mall's rows. */
@Injectable()
export class DashboardService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly clock: Clock,
    private readonly malls: MallService,
  ) {}

  /** Checks access and the range (default: the last 90 days up to today, at most two years). */
  async open(
    context: SubgraphContext,
    mallId: string,
    from: string | null | undefined,
    to: string | null | undefined,
  ): Promise<MallDashboard> {
    const mall = await this.malls.requireManaged(context.caller, mallId);
    const end = to ? parseDate(to, 'to') : this.clock.today();
    const start = from ? parseDate(from, 'from') : addDays(end, -89);
    requireOrdered(start, end, 'from', 'to');
    if (daysBetween(start, end) > 731)
      throw badUserInput('from', 'A dashboard covers at most two years.', 'Dasbor mencakup paling lama dua tahun.');
    return { mallId: mall.id, from: start, to: end };
  }

  funnel(dashboard: MallDashboard): Promise<FunnelStep[]> {
    return this.dataSource.query(
      `SELECT s.step,
              (SELECT count(*)::int FROM mpp.tenancies t WHERE t.mall_id = $1 AND t.step = s.step) AS current,
              (SELECT count(DISTINCT h.tenancy_id)::int FROM mpp.tenancy_steps h JOIN mpp.tenancies t ON t.id = h.tenancy_id
                WHERE t.mall_id = $1 AND h.step = s.step) AS reached
       FROM unnest($2::text[]) WITH ORDINALITY AS s(step, position) ORDER BY s.position`,
      [dashboard.mallId, FUNNEL_STEPS],
    );
  }

  async occupancy(dashboard: MallDashboard): Promise<WeekdayOccupancy[]> {
    const rows: { weekday: number; open: boolean; desks: number; occupied: number }[] = await this.dataSource.query(
      `SELECT d.weekday,
              EXISTS (SELECT 1 FROM mpp.mall_opening_hours h WHERE h.mall_id = $1 AND h.weekday = d.weekday) AS open,
              (SELECT count(*)::int FROM mpp.desks k WHERE k.mall_id = $1) AS desks,
              count(DISTINCT a.desk_id)::int AS occupied
       FROM generate_series(1, 7) AS d(weekday)
       LEFT JOIN mpp.desk_assignments a ON a.mall_id = $1 AND a.weekday = d.weekday AND a.released_at IS NULL
       GROUP BY d.weekday ORDER BY d.weekday`,
      [dashboard.mallId],
    );
    return rows.map((row) => ({
      ...row,
      weekday: weekdayOf(row.weekday),
      rate: row.desks ? Math.round((row.occupied / row.desks) * 1000) / 1000 : 0,
    }));
  }

  visitorTrend(dashboard: MallDashboard, granularity: TrendGranularity): Promise<VisitorPoint[]> {
    const unit = { DAY: 'day', WEEK: 'week', MONTH: 'month' }[granularity];
    return this.dataSource.query(
      `SELECT to_char(date_trunc($4, d.visit_date), 'YYYY-MM-DD') AS period, sum(d.visitors)::int AS visitors,
              sum(d.complaints)::int AS complaints, count(*)::int AS "deskDays"
       FROM mpp.desk_days d WHERE d.mall_id = $1 AND d.visit_date BETWEEN $2 AND $3
       GROUP BY 1 ORDER BY 1`,
      [dashboard.mallId, dashboard.from, dashboard.to, unit],
    );
  }

  /** Current agreements of open tenancies that expire within the warning window (or already have), soonest first. */
  async agreementsNearingExpiry(dashboard: MallDashboard, withinDays: number, page: Page): Promise<Connection<ExpiringAgreement>> {
    if (!Number.isInteger(withinDays) || withinDays < 0 || withinDays > 3650)
      throw badUserInput('withinDays', 'withinDays must be 0 to 3650.', 'withinDays harus 0 sampai 3650.');
    const today = this.clock.today();
    const connection = await keysetPage<Tenancy & { agreement: AgreementJson }>(this.dataSource, {
      columns: `${TENANCY_COLUMNS}, json_build_object('id', a.id, 'tenancyId', a.tenancy_id, 'number', a.number, 'signedOn', a.signed_on, 'startsOn', a.starts_on,
                'expiresOn', a.expires_on, 'originalExpiresOn', a.original_expires_on, 'document', a.document, 'documentFileId', a.document_file_id) AS agreement`,
      from: `mpp.tenancies t JOIN LATERAL (SELECT * FROM mpp.agreements x WHERE x.tenancy_id = t.id ORDER BY x.expires_on DESC, x.id LIMIT 1) a ON TRUE`,
      where: `t.mall_id = $1 AND t.step <> 'LEFT' AND a.expires_on <= $2::date + $3::int`,
      params: [dashboard.mallId, today, withinDays],
      keys: [
        { sql: `to_char(a.expires_on, 'YYYY-MM-DD') COLLATE "C"`, type: 'text' },
        { sql: 't.id', type: 'uuid' },
      ],
      ...pageOf(page),
    });
    return mapConnection(connection, ({ agreement, ...tenancy }) => ({
      tenancy,
      agency: agencyRef(tenancy.agencyId),
      agreement: (({ documentFileId, ...rest }) => ({
        ...rest,
        document: withFile(rest.document, documentFileId),
        ...agreementStanding(rest.startsOn, rest.expiresOn, today),
      }))(agreement),
    }));
  }

  /** Pending services of open tenancies: incomplete standards first, then those only waiting for go-live. */
  async servicesNotReady(dashboard: MallDashboard, page: Page): Promise<Connection<ServiceNotReady>> {
    const connection = await keysetPage<
      Tenancy & {
        tenancyServiceId: string;
        serviceId: string;
        deliveryReady: boolean;
        missingComponents: string[];
        unpublishedComponents: string[];
        checkedAt: Date;
      }
    >(this.dataSource, {
      columns: `${TENANCY_COLUMNS}, s.id AS "tenancyServiceId", s.service_id AS "serviceId", s.delivery_ready AS "deliveryReady",
                s.missing_components AS "missingComponents", s.unpublished_components AS "unpublishedComponents", s.checked_at AS "checkedAt"`,
      from: 'mpp.tenancy_services s JOIN mpp.tenancies t ON t.id = s.tenancy_id',
      where: `t.mall_id = $1 AND t.step <> 'LEFT' AND s.status = 'PENDING'`,
      params: [dashboard.mallId],
      keys: [
        { sql: 's.delivery_ready::int', type: 'int' },
        { sql: 't.invited_at', type: 'timestamptz' },
        { sql: 's.added_at', type: 'timestamptz' },
        { sql: 's.id', type: 'uuid' },
      ],
      ...pageOf(page),
    });
    return mapConnection(
      connection,
      ({ tenancyServiceId, serviceId, deliveryReady, missingComponents, unpublishedComponents, checkedAt, ...tenancy }) =>
        ({
          tenancyServiceId,
          tenancy,
          agency: agencyRef(tenancy.agencyId),
          service: serviceRef(serviceId),
          reason: deliveryReady ? NotReadyReason.AWAITING_GO_LIVE : NotReadyReason.STANDARD_INCOMPLETE,
          missingComponents,
          unpublishedComponents,
          checkedAt,
        }) as ServiceNotReady,
    );
  }

  /** Desks by visitors in the range, busiest first; the aggregate is one grouped subquery per page. */
  async busiestDesks(dashboard: MallDashboard, page: Page): Promise<Connection<DeskStats>> {
    const connection = await keysetPage<{
      id: string;
      mallId: string;
      number: number;
      label: string | null;
      visitors: number;
      complaints: number;
      days: number;
    }>(this.dataSource, {
      columns: 'x.id, x."mallId", x.number, x.label, x.visitors, x.complaints, x.days',
      from: `(SELECT k.id, k.mall_id AS "mallId", k.number, k.label,
                     COALESCE(sum(d.visitors), 0)::int AS visitors, COALESCE(sum(d.complaints), 0)::int AS complaints, count(d.id)::int AS days
              FROM mpp.desks k LEFT JOIN mpp.desk_days d ON d.desk_id = k.id AND d.visit_date BETWEEN $2 AND $3
              WHERE k.mall_id = $1 GROUP BY k.id) x`,
      where: 'TRUE',
      params: [dashboard.mallId, dashboard.from, dashboard.to],
      keys: [
        { sql: '-x.visitors', type: 'int' },
        { sql: 'x.number', type: 'int' },
        { sql: 'x.id', type: 'uuid' },
      ],
      ...pageOf(page),
    });
    return mapConnection(connection, ({ visitors, complaints, days, ...desk }) => ({
      desk,
      visitors,
      complaints,
      days,
      averagePerDay: days ? Math.round((visitors / days) * 10) / 10 : null,
    }));
  }

  async busiestServices(dashboard: MallDashboard, page: Page): Promise<Connection<ServiceStats>> {
    const connection = await keysetPage<{ serviceId: string; agencyId: string; visitors: number; days: number }>(this.dataSource, {
      columns: 'x."serviceId", x."agencyId", x.visitors, x.days',
      from: `(SELECT s.service_id AS "serviceId", min(t.agency_id::text)::uuid AS "agencyId", sum(s.visitors)::int AS visitors, count(DISTINCT d.visit_date)::int AS days
              FROM mpp.desk_day_services s JOIN mpp.desk_days d ON d.id = s.desk_day_id JOIN mpp.tenancies t ON t.id = d.tenancy_id
              WHERE d.mall_id = $1 AND d.visit_date BETWEEN $2 AND $3
              GROUP BY s.service_id) x`,
      where: 'TRUE',
      params: [dashboard.mallId, dashboard.from, dashboard.to],
      keys: [
        { sql: '-x.visitors', type: 'int' },
        { sql: 'x."serviceId"', type: 'uuid' },
      ],
      ...pageOf(page),
    });
    return mapConnection(connection, (row) => ({
      service: serviceRef(row.serviceId),
      agency: agencyRef(row.agencyId),
      visitors: row.visitors,
      days: row.days,
    }));
  }

  /** Per service with a quota: visitors against quota × days served, and the days it overflowed. */
  async quotaUse(dashboard: MallDashboard, page: Page): Promise<Connection<QuotaUse>> {
    const connection = await keysetPage<{
      id: string;
      serviceId: string;
      agencyId: string;
      dailyQuota: number;
      days: number;
      visitors: number;
      daysOverQuota: number;
      peakDay: number;
    }>(this.dataSource, {
      columns: 'x.id, x."serviceId", x."agencyId", x."dailyQuota", x.days, x.visitors, x."daysOverQuota", x."peakDay"',
      from: `(SELECT q.id, q.service_id AS "serviceId", t.agency_id AS "agencyId", q.daily_quota AS "dailyQuota",
                     count(DISTINCT v.visit_date)::int AS days, COALESCE(sum(v.visitors), 0)::int AS visitors,
                     count(*) FILTER (WHERE v.visitors > q.daily_quota)::int AS "daysOverQuota", COALESCE(max(v.visitors), 0)::int AS "peakDay"
              FROM mpp.tenancy_services q JOIN mpp.tenancies t ON t.id = q.tenancy_id
              LEFT JOIN LATERAL (
                SELECT d.visit_date, sum(s.visitors) AS visitors FROM mpp.desk_day_services s JOIN mpp.desk_days d ON d.id = s.desk_day_id
                WHERE d.tenancy_id = q.tenancy_id AND s.service_id = q.service_id AND d.visit_date BETWEEN $2 AND $3 GROUP BY d.visit_date
              ) v ON TRUE
              WHERE t.mall_id = $1 AND q.daily_quota IS NOT NULL AND t.step <> 'LEFT'
              GROUP BY q.id, t.agency_id) x`,
      where: 'TRUE',
      params: [dashboard.mallId, dashboard.from, dashboard.to],
      keys: [
        { sql: '-x."daysOverQuota"', type: 'int' },
        { sql: '-x.visitors', type: 'int' },
        { sql: 'x.id', type: 'uuid' },
      ],
      ...pageOf(page),
    });
    return mapConnection(connection, (row) => ({
      service: serviceRef(row.serviceId),
      agency: agencyRef(row.agencyId),
      dailyQuota: row.dailyQuota,
      days: row.days,
      visitors: row.visitors,
      use: row.days ? Math.round((row.visitors / (row.dailyQuota * row.days)) * 1000) / 1000 : 0,
      daysOverQuota: row.daysOverQuota,
      peakDay: row.peakDay,
    }));
  }
}
