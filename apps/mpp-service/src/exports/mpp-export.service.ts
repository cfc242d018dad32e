import { randomUUID } from 'node:crypto';
import { Inject, Injectable, Logger } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { exportRows, type ExportColumn } from '@simpul/reporting';
import {
  badUserInput,
  fileSlug,
  notFound,
  one,
  rows,
  writeExportFile,
  type ExportFile,
  type ExportFormat,
  type SubgraphContext,
} from '@simpul/service-kit';
import { canManageMall } from '../access/mpp-access';
import { parseDate, requireOrdered } from '../common/dates';
import type { Mall } from '../malls/mall.model';
import { MallService } from '../malls/mall.service';
import { REGISTRY_CLIENT, type RegistryClient } from '../registry/registry-client';
import {
  DESK_COLUMNS,
  QUOTA_COLUMNS,
  TENANCY_COLUMNS,
  VISITOR_COLUMNS,
  type DeskExportRow,
  type QuotaExportRow,
  type TenancyExportRow,
  type VisitorExportRow,
} from './mpp-export-columns';

/** A year of desk days is ~2,500 rows for a mall of seven desks; longer ranges go through open data. */
const MAX_VISITOR_DAYS = 366;

/**
 * A mall's working lists as files, each for whoever may see that list: tenants and the desk
 * schedule for everyone (the public sees LIVE tenants only, the operator and national admin every
 * step), desk days (visitors) and quotas for the mall's operator and national admins. Agency and
 * service names are the registry's; if it cannot be reached the file carries their ids.
 */
@Injectable()
export class MppExportService {
  private readonly logger = new Logger(MppExportService.name);

  constructor(
    private readonly dataSource: DataSource,
    private readonly malls: MallService,
    @Inject(REGISTRY_CLIENT) private readonly registry: RegistryClient,
  ) {}

  private async visibleMall(context: SubgraphContext, mallId: string): Promise<Mall> {
    const mall = await this.malls.find(context, mallId);
    if (!mall) throw notFound('No mall has this id.', 'MPP dengan ID ini tidak ditemukan.', 'mallId');
    return mall;
  }

  private async agencyNames(context: SubgraphContext, ids: string[]): Promise<Map<string, string>> {
    try {
      return await this.registry.agencyNames([...new Set(ids)], { caller: context.caller, requestId: randomUUID() });
    } catch (error) {
      this.logger.warn(`Agency names unavailable for an MPP export: ${(error as Error).message}`);
      return new Map();
    }
  }

  private async origin(mallId: string): Promise<string> {
    return (await one<{ origin: string }>(this.dataSource, `SELECT origin FROM mpp.malls WHERE id = $1`, [mallId]))?.origin ?? 'OFFICIAL';
  }

  private async file<T>(
    mall: Mall,
    what: string,
    records: T[],
    columns: ExportColumn<T>[],
    format: ExportFormat,
    demoRows: number,
    extra: { label: string; value: string | number }[] = [],
  ) {
    return writeExportFile(exportRows(records, columns), format, {
      baseName: `${fileSlug(mall.name)}-${fileSlug(what)}`,
      sheetName: what,
      demoRowCount: demoRows,
      about: [
        { label: 'MPP', value: mall.name },
        { label: 'Isi', value: what },
        ...extra,
        { label: 'Jumlah baris', value: records.length },
      ],
    });
  }

  async tenancies(context: SubgraphContext, mallId: string, format: ExportFormat): Promise<ExportFile> {
    const mall = await this.visibleMall(context, mallId);
    const manager = canManageMall(context.caller, mall.id);
    const found = await rows<Omit<TenancyExportRow, 'agencyName'>>(
      this.dataSource,
      `SELECT t.id, t.agency_id AS "agencyId", t.step, t.invited_at AS "invitedAt", t.live_since AS "liveSince", t.left_at AS "leftAt",
         coalesce((SELECT string_agg(DISTINCT d.number::text, ', ') FROM mpp.desk_assignments a JOIN mpp.desks d ON d.id = a.desk_id
                   WHERE a.tenancy_id = t.id AND a.released_at IS NULL), '') AS desks,
         (SELECT count(*)::int FROM mpp.tenancy_services s WHERE s.tenancy_id = t.id AND s.status = 'LIVE') AS "liveServices",
         (SELECT to_char(max(g.expires_on), 'YYYY-MM-DD') FROM mpp.agreements g WHERE g.tenancy_id = t.id) AS "agreementExpiresOn"
       FROM mpp.tenancies t WHERE t.mall_id = $1 AND ($2 OR t.step = 'LIVE') ORDER BY t.invited_at, t.id`,
      [mall.id, manager],
    );
    const names = await this.agencyNames(
      context,
      found.map((row) => row.agencyId),
    );
    const records = found.map((row) => ({ ...row, agencyName: names.get(row.agencyId) ?? row.agencyId }));
    const origin = await this.origin(mall.id);
    return this.file(mall, 'Tenant', records, TENANCY_COLUMNS, format, origin === 'DEMO' ? records.length : 0, [
      { label: 'Tahap', value: manager ? 'Semua tahap' : 'Tenant yang beroperasi' },
    ]);
  }

  async desks(context: SubgraphContext, mallId: string, format: ExportFormat): Promise<ExportFile> {
    const mall = await this.visibleMall(context, mallId);
    const manager = canManageMall(context.caller, mall.id);
    const desks = await rows<{ id: string; number: number; label: string | null }>(
      this.dataSource,
      `SELECT id, number, label FROM mpp.desks WHERE mall_id = $1 ORDER BY number`,
      [mall.id],
    );
    const assignments = await rows<{ deskId: string; weekday: number; staffCount: number; agencyId: string }>(
      this.dataSource,
      `SELECT a.desk_id AS "deskId", a.weekday, a.staff_count AS "staffCount", t.agency_id AS "agencyId"
       FROM mpp.desk_assignments a JOIN mpp.tenancies t ON t.id = a.tenancy_id
       WHERE a.mall_id = $1 AND a.released_at IS NULL AND ($2 OR t.step = 'LIVE')`,
      [mall.id, manager],
    );
    const names = await this.agencyNames(
      context,
      assignments.map((row) => row.agencyId),
    );
    const records: DeskExportRow[] = desks.map((desk) => ({
      number: desk.number,
      label: desk.label,
      schedule: new Map(
        assignments
          .filter((assignment) => assignment.deskId === desk.id)
          .map((assignment) => [
            assignment.weekday,
            `${names.get(assignment.agencyId) ?? assignment.agencyId} (${assignment.staffCount} petugas)`,
          ]),
      ),
    }));
    return this.file(mall, 'Gerai', records, DESK_COLUMNS, format, 0);
  }

  async visitors(context: SubgraphContext, mallId: string, from: string, to: string, format: ExportFormat): Promise<ExportFile> {
    const mall = await this.malls.requireManaged(context.caller, mallId);
    requireOrdered(parseDate(from, 'from'), parseDate(to, 'to'), 'from', 'to');
    if ((Date.parse(to) - Date.parse(from)) / 86_400_000 >= MAX_VISITOR_DAYS)
      throw badUserInput('to', 'Export at most 366 days at a time.', 'Ekspor paling banyak 366 hari sekaligus.');
    const found = await rows<Omit<VisitorExportRow, 'agencyName'> & { agencyId: string }>(
      this.dataSource,
      `SELECT to_char(d.visit_date, 'YYYY-MM-DD') AS date, k.number AS "deskNumber", t.agency_id AS "agencyId", d.visitors, d.complaints, d.source, d.origin
       FROM mpp.desk_days d JOIN mpp.desks k ON k.id = d.desk_id JOIN mpp.tenancies t ON t.id = d.tenancy_id
       WHERE d.mall_id = $1 AND d.visit_date BETWEEN $2 AND $3 ORDER BY d.visit_date, k.number`,
      [mall.id, from, to],
    );
    const names = await this.agencyNames(
      context,
      found.map((row) => row.agencyId),
    );
    const records = found.map(({ agencyId, ...row }) => ({ ...row, agencyName: names.get(agencyId) ?? agencyId }));
    return this.file(mall, 'Pengunjung', records, VISITOR_COLUMNS, format, records.filter((row) => row.origin === 'DEMO').length, [
      { label: 'Rentang tanggal', value: `${from} s.d. ${to}` },
    ]);
  }

  async quotas(context: SubgraphContext, mallId: string, format: ExportFormat): Promise<ExportFile> {
    const mall = await this.malls.requireManaged(context.caller, mallId);
    const found = await rows<{ agencyId: string; serviceId: string; status: string; dailyQuota: number | null; deliveryReady: boolean }>(
      this.dataSource,
      `SELECT t.agency_id AS "agencyId", s.service_id AS "serviceId", s.status, s.daily_quota AS "dailyQuota", s.delivery_ready AS "deliveryReady"
       FROM mpp.tenancy_services s JOIN mpp.tenancies t ON t.id = s.tenancy_id
       WHERE t.mall_id = $1 AND t.step <> 'LEFT' ORDER BY t.invited_at, t.id, s.seq`,
      [mall.id],
    );
    const names = await this.agencyNames(
      context,
      found.map((row) => row.agencyId),
    );
    let services = new Map<string, string>();
    try {
      const facts = await this.registry.services([...new Set(found.map((row) => row.serviceId))], {
        caller: context.caller,
        requestId: randomUUID(),
      });
      services = new Map([...facts].map(([id, fact]) => [id, fact.name]));
    } catch (error) {
      this.logger.warn(`Service names unavailable for an MPP export: ${(error as Error).message}`);
    }
    const records: QuotaExportRow[] = found.map((row) => ({
      agencyName: names.get(row.agencyId) ?? row.agencyId,
      serviceId: row.serviceId,
      serviceName: services.get(row.serviceId) ?? row.serviceId,
      status: row.status,
      dailyQuota: row.dailyQuota,
      deliveryReady: row.deliveryReady,
    }));
    const origin = await this.origin(mall.id);
    return this.file(mall, 'Kuota layanan', records, QUOTA_COLUMNS, format, origin === 'DEMO' ? records.length : 0);
  }
}
