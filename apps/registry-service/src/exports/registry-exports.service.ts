import { Injectable } from '@nestjs/common';
import { DataSource, type ObjectLiteral, type SelectQueryBuilder } from 'typeorm';
import type { Caller } from '@simpul/contracts';
import { exportRows } from '@simpul/reporting';
import { badUserInput, one, writeExportFile, type ExportFile, type ExportFormat } from '@simpul/service-kit';
import { Agency } from '../agencies/agency.entity';
import type { AgencyFilter } from '../agencies/agency-query.input';
import { AgencyService } from '../agencies/agency.service';
import { Region } from '../regions/region.entity';
import type { ServiceFilter } from '../services/service.input';
import type { Service } from '../services/service.entity';
import { ServiceService } from '../services/service.service';
import { DELIVERY_COMPONENTS, STANDARD_COMPONENTS, type StandardComponent } from '../services/standard/standard-component';
import type { ServiceUnitFilter } from '../units/service-unit.input';
import { ServiceUnit } from '../units/service-unit.entity';
import { ServiceUnitService } from '../units/service-unit.service';
import {
  AGENCY_COLUMNS,
  SERVICE_COLUMNS,
  UNIT_COLUMNS,
  type AgencyExportRow,
  type ServiceExportRow,
  type UnitExportRow,
} from './registry-export-columns';

/**
 * A file is built whole in memory and sent as base64, so one export holds at most this many rows;
 * the whole registry streams as open data (/data/service-units.csv, /data/services.csv).
 */
export const MAX_EXPORT_ROWS = 20000;

// The completeness rules of services/standard/completeness.ts in SQL, so a service's texts (up to
// 20,000 characters per component) are never loaded to list what it misses.
const blank = (component: string) => `coalesce(service.standard->'${component}'->>'content', '') ~ '^\\s*$'`;
const published = (component: string) => `coalesce(service.standard->'${component}'->>'published', 'false') = 'true'`;
function componentsWhere(components: readonly StandardComponent[], condition: (component: string) => string): string {
  const parts = components.map((component) => `CASE WHEN ${condition(component)} THEN '${component}' END`);
  return `array_remove(ARRAY[${parts.join(', ')}]::text[], NULL)`;
}
const ALL = STANDARD_COMPONENTS.map((definition) => definition.component);
const MISSING_SQL = componentsWhere(ALL, blank);
const UNPUBLISHED_SQL = componentsWhere(DELIVERY_COMPONENTS, (component) => `NOT (${blank(component)}) AND NOT (${published(component)})`);

/** Words for the "Keterangan" sheet: what the filter selected. */
function filterWords(parts: Array<[string, string | boolean | null | undefined]>): string {
  const words = parts
    .filter(([, value]) => value !== undefined && value !== null && value !== '')
    .map(([label, value]) => (typeof value === 'boolean' ? `${label}: ${value ? 'ya' : 'tidak'}` : `${label}: ${value}`));
  return words.length ? words.join('; ') : 'Tanpa saringan';
}

@Injectable()
export class RegistryExportsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly units: ServiceUnitService,
    private readonly services: ServiceService,
    private readonly agencies: AgencyService,
  ) {}

  /** The units `serviceUnits(filter)` lists to the same caller, by name. */
  async exportServiceUnits(filter: ServiceUnitFilter | undefined, format: ExportFormat, caller: Caller): Promise<ExportFile> {
    const query = this.units
      .filteredQuery(filter, caller)
      .leftJoin(Agency, 'agency', 'agency.id = unit.agency_id')
      .leftJoin(Region, 'region', 'region.code = unit.region_code')
      .select('unit.id', 'id')
      .addSelect('unit.name', 'name')
      .addSelect('unit.kind', 'kind')
      .addSelect('unit.service_group', 'serviceGroup')
      .addSelect('agency.name', 'agencyName')
      .addSelect('unit.region_code', 'regionCode')
      .addSelect('region.name', 'regionName')
      .addSelect('unit.address', 'address')
      .addSelect('unit.phone', 'phone')
      .addSelect('unit.email', 'email')
      .addSelect('unit.website', 'website')
      .addSelect('unit.sippn_id', 'sippnId')
      .addSelect('unit.pekppp_id', 'pekpppId')
      .addSelect('unit.sp4n_lapor_id', 'sp4nLaporId')
      .addSelect('unit.sinovik_id', 'sinovikId')
      .addSelect(
        '(SELECT count(*)::int FROM registry.services s WHERE s.service_unit_id = unit.id AND s.archived_at IS NULL)',
        'serviceCount',
      )
      .addSelect('unit.archived_at IS NOT NULL', 'archived')
      .orderBy('unit.name', 'ASC')
      .addOrderBy('unit.id', 'ASC');
    const rows = await this.capped<ServiceUnit, UnitExportRow>(query);
    return this.write(rows.length, format, {
      table: exportRows(rows, UNIT_COLUMNS),
      baseName: `unit-pelayanan${filter?.regionCode ? `-${filter.regionCode.trim()}` : ''}`,
      sheetName: 'Unit pelayanan',
      list: 'Unit pelayanan',
      filter: filterWords([
        ['Wilayah', filter?.regionCode],
        ['Jenis', filter?.kind],
        ['Kelompok layanan', filter?.serviceGroup],
        ['Instansi', filter?.agencyId],
        ['Pencarian', filter?.search],
        ['Termasuk arsip', filter?.includeArchived],
      ]),
    });
  }

  /** The services `services(filter)` lists to the same caller, by unit and name, with what each standard misses. */
  async exportServices(filter: ServiceFilter | undefined, format: ExportFormat, caller: Caller): Promise<ExportFile> {
    const query = this.services
      .filteredQuery(filter, caller)
      .leftJoin(Agency, 'agency', 'agency.id = unit.agency_id')
      .leftJoin(Region, 'region', 'region.code = unit.region_code')
      .select('service.id', 'id')
      .addSelect('service.name', 'name')
      .addSelect('service.description', 'description')
      .addSelect('unit.name', 'unitName')
      .addSelect('agency.name', 'agencyName')
      .addSelect('region.name', 'regionName')
      .addSelect('service.complete', 'complete')
      .addSelect(MISSING_SQL, 'missing')
      .addSelect(UNPUBLISHED_SQL, 'unpublished')
      .addSelect('(service.archived_at IS NOT NULL OR unit.archived_at IS NOT NULL)', 'archived')
      .orderBy('unit.name', 'ASC')
      .addOrderBy('service.name', 'ASC')
      .addOrderBy('service.id', 'ASC');
    const raw = await this.capped<Service, Omit<ServiceExportRow, 'filled' | 'deliveryReady'>>(query);
    const rows: ServiceExportRow[] = raw.map((row) => ({
      ...row,
      filled: ALL.length - row.missing.length,
      deliveryReady: !DELIVERY_COMPONENTS.some((component) => row.missing.includes(component) || row.unpublished.includes(component)),
    }));
    const table = exportRows(rows, SERVICE_COLUMNS);
    return this.write(rows.length, format, {
      table,
      baseName: 'layanan',
      sheetName: 'Layanan',
      list: 'Jenis layanan dan kelengkapan Standar Pelayanan',
      filter: filterWords([
        ['Unit', filter?.serviceUnitId],
        ['Instansi', filter?.agencyId],
        ['Pencarian', filter?.search],
        ['Hanya yang belum lengkap', filter?.incomplete],
        ['Termasuk arsip', filter?.includeArchived],
      ]),
    });
  }

  /** The agencies `agencies(filter)` lists to the same caller, by name. */
  async exportAgencies(filter: AgencyFilter | undefined, format: ExportFormat, caller: Caller): Promise<ExportFile> {
    const query = this.agencies
      .filteredQuery(filter, caller)
      .leftJoin(Region, 'region', 'region.code = agency.region_code')
      .leftJoin(Agency, 'parent', 'parent.id = agency.parent_id')
      .select('agency.id', 'id')
      .addSelect('agency.name', 'name')
      .addSelect('agency.type', 'type')
      .addSelect('agency.region_code', 'regionCode')
      .addSelect('region.name', 'regionName')
      .addSelect('parent.name', 'parentName')
      .addSelect(
        '(SELECT count(*)::int FROM registry.service_units u WHERE u.agency_id = agency.id AND u.archived_at IS NULL)',
        'unitCount',
      )
      .addSelect('agency.archived_at IS NOT NULL', 'archived')
      .orderBy('agency.name', 'ASC')
      .addOrderBy('agency.id', 'ASC');
    const rows = await this.capped<Agency, AgencyExportRow>(query);
    const table = exportRows(rows, AGENCY_COLUMNS);
    return this.write(rows.length, format, {
      table,
      baseName: `instansi${filter?.regionCode ? `-${filter.regionCode.trim()}` : ''}`,
      sheetName: 'Instansi',
      list: 'Instansi',
      filter: filterWords([
        ['Wilayah', filter?.regionCode],
        ['Jenis', filter?.type],
        ['Induk', filter?.parentId],
        ['Pencarian', filter?.search],
        ['Termasuk arsip', filter?.includeArchived],
      ]),
    });
  }

  /** At most MAX_EXPORT_ROWS rows; more is refused with a pointer to the open dataset, never cut silently. */
  private async capped<E extends ObjectLiteral, R>(query: SelectQueryBuilder<E>): Promise<R[]> {
    const rows = await query.limit(MAX_EXPORT_ROWS + 1).getRawMany<R>();
    if (rows.length > MAX_EXPORT_ROWS) {
      throw badUserInput(
        'filter',
        `An export holds at most ${MAX_EXPORT_ROWS} rows: narrow the filter (a province, a kind), or download the whole registry from the open data at /data.`,
        `Satu ekspor paling banyak ${MAX_EXPORT_ROWS} baris: persempit saringan (provinsi, jenis), atau unduh seluruh registri dari data terbuka di /data.`,
      );
    }
    return rows;
  }

  private async write(
    rowCount: number,
    format: ExportFormat,
    file: { table: ReturnType<typeof exportRows>; baseName: string; sheetName: string; list: string; filter: string },
  ): Promise<ExportFile> {
    // Registry rows carry no origin of their own; a database loaded with the demo seed says so for all of them.
    const status = await one<{ demo: boolean }>(this.dataSource, `SELECT demo_data AS demo FROM registry.system_status LIMIT 1`);
    const demo = status?.demo ?? false;
    return writeExportFile(file.table, format, {
      baseName: file.baseName,
      sheetName: file.sheetName,
      demoRowCount: demo ? rowCount : 0,
      about: [
        { label: 'Daftar', value: file.list },
        { label: 'Saringan', value: file.filter },
        { label: 'Jumlah baris', value: rowCount },
        { label: 'Asal data', value: demo ? 'Data contoh (demo) registri Simpul' : 'Registri Simpul' },
      ],
    });
  }
}
