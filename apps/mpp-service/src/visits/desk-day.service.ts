import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import {
  badUserInput,
  notFound,
  SimpulError,
  type Connection,
  type SubgraphContext,
  Clock,
  groupBy,
  keysetPage,
  rows,
  validateFirst,
  requireUuid,
  isUuid,
} from '@simpul/service-kit';
import { isoWeekday, parseDate, requireOrdered } from '../common/dates';
import { WEEKDAY_NAMES_ID, weekdayOf } from '../common/weekday.enum';
import { MppAccess } from '../access/mpp-access';
import { MallService } from '../malls/mall.service';
import { readDeskDayCsv } from './desk-day-csv';
import { DeskDay, DeskDayImportProblem, DeskDayImportReport, DeskDayImportRow, DeskDayOutcome, RecordDeskDayInput } from './desk-day.model';

/** A desk day to store, already parsed. */
interface Entry {
  deskId: string;
  date: string;
  visitors: number;
  complaints: number;
  services: { serviceId: string; visitors: number }[] | null;
}

interface Problem {
  code: 'BAD_USER_INPUT' | 'CONFLICT';
  field: string;
  en: string;
  id: string;
}

/** What one mall knows, loaded once per write so each row is checked without more queries. */
interface MallFacts {
  desks: Map<string, { id: string; number: number }>;
  assignments: Map<string, { tenancyId: string; weekday: number; fromDate: string; toDate: string | null }[]>;
  tenancies: Map<string, { step: string }>;
  agreements: Map<string, { startsOn: string; expiresOn: string }[]>;
  services: Map<string, Set<string>>;
  existing: Map<string, { id: string; tenancyId: string; visitors: number; complaints: number; services: string }>;
}

const DESK_DAY_COLUMNS = `d.id, d.desk_id AS "deskId", d.tenancy_id AS "tenancyId", d.visit_date AS date, d.visitors, d.complaints, d.source,
  COALESCE((SELECT json_agg(json_build_object('service', json_build_object('id', s.service_id), 'visitors', s.visitors) ORDER BY s.service_id)
            FROM mpp.desk_day_services s WHERE s.desk_day_id = d.id), '[]') AS services`;

const serviceKey = (services: { serviceId: string; visitors: number }[]) =>
  [...services]
    .sort((a, b) => a.serviceId.localeCompare(b.serviceId))
    .map((service) => `${service.serviceId}=${service.visitors}`)
    .join(';');

@Injectable()
export class DeskDayService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly clock: Clock,
    private readonly malls: MallService,
    private readonly access: MppAccess,
  ) {}

  async list(
    context: SubgraphContext,
    range: { mallId: string; from: string; to: string; deskId?: string | null },
    first: number | null | undefined,
    after: string | null | undefined,
  ): Promise<Connection<DeskDay>> {
    // A unit desk reads the days its own agency served there (its desk plugins read them too); the
    // mall's operator and national admins read every tenant's.
    const desk = context.caller?.role === 'UNIT_DESK';
    const mallId = desk ? requireUuid(range.mallId, 'mallId') : (await this.malls.requireManaged(context.caller, range.mallId)).id;
    const agencyId = desk ? await this.access.deskAgencyId(context) : null;
    requireOrdered(parseDate(range.from, 'from'), parseDate(range.to, 'to'), 'from', 'to');
    return keysetPage<DeskDay>(this.dataSource, {
      columns: DESK_DAY_COLUMNS,
      from: 'mpp.desk_days d',
      where: `d.mall_id = $1 AND d.visit_date BETWEEN $2 AND $3 AND ($4::uuid IS NULL OR d.desk_id = $4)${
        desk ? ' AND d.tenancy_id IN (SELECT t.id FROM mpp.tenancies t WHERE t.mall_id = $1 AND t.agency_id = $5)' : ''
      }`,
      params: [mallId, range.from, range.to, range.deskId ? requireUuid(range.deskId, 'deskId') : null, ...(desk ? [agencyId] : [])],
      // (desk, date) is unique; the id stays last so the cursor always names one row.
      keys: [
        { sql: `to_char(d.visit_date, 'YYYY-MM-DD') COLLATE "C"`, type: 'text' },
        { sql: 'd.desk_id', type: 'uuid' },
        { sql: 'd.id', type: 'uuid' },
      ],
      direction: 'ASC',
      first: validateFirst(first),
      after,
    });
  }

  /** Records (or corrects) one desk day; the first problem found is the error. */
  async record(context: SubgraphContext, input: RecordDeskDayInput): Promise<DeskDay> {
    requireUuid(input.deskId, 'input.deskId');
    const [desk]: { mallId: string }[] = await this.dataSource.query(`SELECT mall_id AS "mallId" FROM mpp.desks WHERE id = $1`, [
      input.deskId,
    ]);
    if (!desk) throw notFound('No desk has this id.', 'Gerai dengan ID ini tidak ditemukan.', 'input.deskId');
    await this.malls.requireManaged(context.caller, desk.mallId, 'input.deskId');
    const entry: Entry = {
      deskId: input.deskId,
      date: parseDate(input.date, 'input.date'),
      visitors: this.count(input.visitors, 'input.visitors'),
      complaints: this.count(input.complaints, 'input.complaints'),
      services:
        input.services?.map((service, index) => ({
          serviceId: requireUuid(service.serviceId, `input.services.${index}.serviceId`),
          visitors: this.count(service.visitors, `input.services.${index}.visitors`),
        })) ?? null,
    };
    const id = await this.dataSource.transaction(async (manager) => {
      const facts = await this.loadFacts(manager, desk.mallId, [entry.date]);
      const problem = this.check(entry, facts, 'input')[0];
      if (problem) throw new SimpulError(problem.code, { en: problem.en, id: problem.id }, problem.field);
      const [outcome] = await this.write(manager, context, desk.mallId, [entry], facts, 'ENTRY');
      return outcome.id;
    });
    const [row]: DeskDay[] = await this.dataSource.query(`SELECT ${DESK_DAY_COLUMNS} FROM mpp.desk_days d WHERE d.id = $1`, [id]);
    return row;
  }

  /**
   * Imports a visitors CSV for one mall. Every row is checked first; one bad row rejects the whole
   * file (nothing stored). Rows are keyed by desk and day, so importing the same file again
   * changes nothing and a corrected file updates only the rows that differ.
   */
  async importCsv(context: SubgraphContext, mallId: string, csv: string): Promise<DeskDayImportReport> {
    const mall = await this.malls.requireManaged(context.caller, mallId);
    const parsed = readDeskDayCsv(csv);
    if ('headerProblem' in parsed) throw badUserInput('csv', parsed.headerProblem.en, parsed.headerProblem.id);
    if (parsed.rows.length === 0) throw badUserInput('csv', 'The file has no rows.', 'Berkas tidak berisi baris data.');
    if (parsed.rows.length > 5000)
      throw badUserInput('csv', 'Import at most 5000 rows at a time.', 'Impor paling banyak 5000 baris sekaligus.');

    return this.dataSource.transaction(async (manager) => {
      const dates = parsed.rows.flatMap((row) => this.tryDate(row.date) ?? []);
      const facts = await this.loadFacts(manager, mall.id, dates);
      const byNumber = new Map([...facts.desks.values()].map((desk) => [String(desk.number), desk.id]));
      const seen = new Set<string>();
      const report: DeskDayImportRow[] = [];
      const entries: { entry: Entry; index: number }[] = [];
      for (const row of parsed.rows) {
        const problems: Problem[] = [];
        const bad = (field: string, en: string, id: string) => problems.push({ code: 'BAD_USER_INPUT', field, en, id });
        const deskId = byNumber.get(row.desk.replace(/^(gerai|loket|desk)\s*/i, ''));
        if (!deskId) bad('desk', `This mall has no desk "${row.desk}".`, `MPP ini tidak memiliki gerai "${row.desk}".`);
        const date = this.tryDate(row.date);
        if (!date) bad('date', 'The date must be written YYYY-MM-DD.', 'Tanggal harus ditulis YYYY-MM-DD.');
        const visitors = this.tryCount(row.visitors);
        if (visitors === null)
          bad('visitors', 'Visitors must be a whole number of 0 or more.', 'Jumlah pengunjung harus bilangan bulat 0 atau lebih.');
        const complaints = row.complaints === '' ? 0 : this.tryCount(row.complaints);
        if (complaints === null)
          bad('complaints', 'Complaints must be a whole number of 0 or more.', 'Jumlah pengaduan harus bilangan bulat 0 atau lebih.');
        const services = this.tryServices(row.services);
        if (services === undefined)
          bad('services', 'Write services as serviceId=count;serviceId=count.', 'Tulis layanan sebagai idLayanan=jumlah;idLayanan=jumlah.');
        if (deskId && date) {
          const key = `${deskId}|${date}`;
          if (seen.has(key))
            bad('date', 'This desk and day already appear earlier in the file.', 'Gerai dan tanggal ini sudah ada di baris sebelumnya.');
          seen.add(key);
        }
        let outcome = DeskDayOutcome.REJECTED;
        if (!problems.length && deskId && date && visitors !== null && complaints !== null && services !== undefined) {
          const entry: Entry = { deskId, date, visitors, complaints, services };
          problems.push(...this.check(entry, facts, ''));
          if (!problems.length) {
            outcome = this.outcomeOf(entry, facts);
            entries.push({ entry, index: report.length });
          }
        }
        report.push({
          row: row.row,
          deskNumber: /^\d+$/.test(row.desk) ? Number(row.desk) : null,
          date: date ?? (row.date || null),
          outcome,
          problems: problems.map((problem): DeskDayImportProblem => ({
            field: problem.field.replace(/^\./, ''),
            message: problem.id,
            messageEn: problem.en,
          })),
        });
      }
      const accepted = report.every((row) => row.outcome !== DeskDayOutcome.REJECTED);
      if (!accepted) {
        // Nothing is stored; rows that were fine say so only in the report.
        return { accepted, created: 0, updated: 0, unchanged: 0, rows: report };
      }
      const changed = entries.filter(({ index }) => report[index].outcome !== DeskDayOutcome.UNCHANGED);
      await this.write(
        manager,
        context,
        mall.id,
        changed.map(({ entry }) => entry),
        facts,
        'CSV',
      );
      const count = (outcome: DeskDayOutcome) => report.filter((row) => row.outcome === outcome).length;
      return {
        accepted,
        created: count(DeskDayOutcome.CREATED),
        updated: count(DeskDayOutcome.UPDATED),
        unchanged: count(DeskDayOutcome.UNCHANGED),
        rows: report,
      };
    });
  }

  private count(value: number, field: string): number {
    if (!Number.isInteger(value) || value < 0 || value > 100_000)
      throw badUserInput(field, `${field} must be a whole number of 0 or more.`, `${field} harus bilangan bulat 0 atau lebih.`);
    return value;
  }

  private tryDate(value: string): string | null {
    try {
      return parseDate(value, 'date');
    } catch {
      return null;
    }
  }

  private tryCount(value: string): number | null {
    return /^\d{1,6}$/.test(value) ? Number(value) : null;
  }

  /** `undefined` when malformed, null when the column is empty. */
  private tryServices(value: string): { serviceId: string; visitors: number }[] | null | undefined {
    if (!value.trim()) return null;
    const services = value
      .split(/[;|]/)
      .map((part) => part.trim())
      .filter(Boolean)
      .map((part) => {
        const [serviceId, visitors] = part.split('=').map((piece) => piece.trim());
        return isUuid(serviceId ?? '') && /^\d{1,6}$/.test(visitors ?? '')
          ? { serviceId: serviceId.toLowerCase(), visitors: Number(visitors) }
          : null;
      });
    return services.every((service) => service !== null) ? services : undefined;
  }

  private async loadFacts(manager: EntityManager, mallId: string, dates: string[]): Promise<MallFacts> {
    const from = dates.reduce((min, date) => (date < min ? date : min), '9999-12-31');
    const to = dates.reduce((max, date) => (date > max ? date : max), '0000-01-01');
    // One connection per transaction: the statements run one after another.
    const desks = await rows<{ id: string; number: number }>(manager, `SELECT id, number FROM mpp.desks WHERE mall_id = $1`, [mallId]);
    const assignments = await rows<{ deskId: string; tenancyId: string; weekday: number; fromDate: string; toDate: string | null }>(
      manager,
      `SELECT desk_id AS "deskId", tenancy_id AS "tenancyId", weekday, (assigned_at AT TIME ZONE 'Asia/Jakarta')::date::text AS "fromDate",
              (released_at AT TIME ZONE 'Asia/Jakarta')::date::text AS "toDate"
       FROM mpp.desk_assignments WHERE mall_id = $1`,
      [mallId],
    );
    const tenancies = await rows<{ id: string; step: string }>(manager, `SELECT id, step FROM mpp.tenancies WHERE mall_id = $1`, [mallId]);
    const agreements = await rows<{ tenancyId: string; startsOn: string; expiresOn: string }>(
      manager,
      `SELECT a.tenancy_id AS "tenancyId", a.starts_on AS "startsOn", a.expires_on AS "expiresOn" FROM mpp.agreements a JOIN mpp.tenancies t ON t.id = a.tenancy_id WHERE t.mall_id = $1`,
      [mallId],
    );
    const services = await rows<{ tenancyId: string; serviceId: string }>(
      manager,
      `SELECT s.tenancy_id AS "tenancyId", s.service_id AS "serviceId" FROM mpp.tenancy_services s JOIN mpp.tenancies t ON t.id = s.tenancy_id WHERE t.mall_id = $1`,
      [mallId],
    );
    const existing = dates.length
      ? await rows<{ id: string; deskId: string; date: string; tenancyId: string; visitors: number; complaints: number; services: string }>(
          manager,
          `SELECT d.id, d.desk_id AS "deskId", d.visit_date AS date, d.tenancy_id AS "tenancyId", d.visitors, d.complaints,
                COALESCE((SELECT string_agg(s.service_id || '=' || s.visitors, ';' ORDER BY s.service_id) FROM mpp.desk_day_services s WHERE s.desk_day_id = d.id), '') AS services
         FROM mpp.desk_days d WHERE d.mall_id = $1 AND d.visit_date BETWEEN $2 AND $3 FOR UPDATE`,
          [mallId, from, to],
        )
      : [];
    return {
      desks: new Map(desks.map((desk) => [desk.id, desk])),
      assignments: groupBy(assignments, (row) => row.deskId),
      tenancies: new Map(tenancies.map((row) => [row.id, row])),
      agreements: groupBy(agreements, (row) => row.tenancyId),
      services: new Map(
        [...groupBy(services, (row) => row.tenancyId)].map(([id, list]) => [id, new Set(list.map((row) => row.serviceId))]),
      ),
      existing: new Map(existing.map((row) => [`${row.deskId}|${row.date}`, row])),
    };
  }

  /** Which tenant served the desk on that day: the assignment open on that weekday at that date. */
  private servingTenancy(entry: Entry, facts: MallFacts): string | null {
    const existing = facts.existing.get(`${entry.deskId}|${entry.date}`);
    if (existing) return existing.tenancyId;
    const weekday = isoWeekday(entry.date);
    const match = (facts.assignments.get(entry.deskId) ?? []).find(
      (assignment) =>
        assignment.weekday === weekday &&
        assignment.fromDate <= entry.date &&
        (assignment.toDate === null || assignment.toDate > entry.date),
    );
    return match?.tenancyId ?? null;
  }

  private check(entry: Entry, facts: MallFacts, prefix: string): Problem[] {
    const field = (name: string) => (prefix ? `${prefix}.${name}` : name);
    const problems: Problem[] = [];
    const desk = facts.desks.get(entry.deskId);
    if (!desk)
      return [{ code: 'BAD_USER_INPUT', field: field('deskId'), en: 'This desk is not in the mall.', id: 'Gerai ini tidak ada di MPP.' }];
    const today = this.clock.today();
    if (entry.date > today) {
      return [
        {
          code: 'BAD_USER_INPUT',
          field: field('date'),
          en: 'Visitors cannot be recorded for a future day.',
          id: 'Pengunjung tidak dapat dicatat untuk hari yang akan datang.',
        },
      ];
    }
    const tenancyId = this.servingTenancy(entry, facts);
    const weekday = weekdayOf(isoWeekday(entry.date));
    if (!tenancyId) {
      return [
        {
          code: 'BAD_USER_INPUT',
          field: field('date'),
          en: `No tenant serves desk ${desk.number} on ${weekday} ${entry.date}.`,
          id: `Tidak ada instansi tergabung di gerai ${desk.number} pada hari ${WEEKDAY_NAMES_ID[weekday]} ${entry.date}.`,
        },
      ];
    }
    const isNew = !facts.existing.has(`${entry.deskId}|${entry.date}`);
    if (isNew) {
      const step = facts.tenancies.get(tenancyId)?.step;
      if (step !== 'LIVE') {
        problems.push({
          code: 'CONFLICT',
          field: field('deskId'),
          en: `The tenant at desk ${desk.number} is ${step}, not live; it cannot record new service days.`,
          id: `Tenant di gerai ${desk.number} berstatus ${step}, belum/tidak beroperasi; hari layanan baru tidak dapat dicatat.`,
        });
      }
      const inForce = (facts.agreements.get(tenancyId) ?? []).some(
        (agreement) => agreement.startsOn <= entry.date && agreement.expiresOn >= entry.date,
      );
      if (!inForce) {
        problems.push({
          code: 'CONFLICT',
          field: field('date'),
          en: `The tenant's agreement (PKS) is not in force on ${entry.date}; extend it before recording new service days.`,
          id: `PKS instansi tergabung tidak berlaku pada ${entry.date}; perpanjang PKS sebelum mencatat hari layanan baru.`,
        });
      }
    }
    if (entry.complaints > entry.visitors) {
      problems.push({
        code: 'BAD_USER_INPUT',
        field: field('complaints'),
        en: 'Complaints cannot exceed visitors.',
        id: 'Jumlah pengaduan tidak boleh melebihi jumlah pengunjung.',
      });
    }
    if (entry.services) {
      const offered = facts.services.get(tenancyId) ?? new Set<string>();
      const seen = new Set<string>();
      entry.services.forEach((service, index) => {
        if (!offered.has(service.serviceId) || seen.has(service.serviceId)) {
          problems.push({
            code: 'BAD_USER_INPUT',
            field: field(prefix ? `services.${index}.serviceId` : 'services'),
            en: 'This service is not offered by the tenant at this desk (or is listed twice).',
            id: 'Layanan ini tidak dibuka instansi tergabung di gerai ini (atau tercantum dua kali).',
          });
        }
        seen.add(service.serviceId);
      });
      const total = entry.services.reduce((sum, service) => sum + service.visitors, 0);
      if (total > entry.visitors) {
        problems.push({
          code: 'BAD_USER_INPUT',
          field: field('services'),
          en: `Visitors per service (${total}) exceed the desk's visitors (${entry.visitors}).`,
          id: `Jumlah pengunjung per layanan (${total}) melebihi pengunjung gerai (${entry.visitors}).`,
        });
      }
    }
    return problems;
  }

  private outcomeOf(entry: Entry, facts: MallFacts): DeskDayOutcome {
    const existing = facts.existing.get(`${entry.deskId}|${entry.date}`);
    if (!existing) return DeskDayOutcome.CREATED;
    const same =
      existing.visitors === entry.visitors &&
      existing.complaints === entry.complaints &&
      (entry.services === null || existing.services === serviceKey(entry.services));
    return same ? DeskDayOutcome.UNCHANGED : DeskDayOutcome.UPDATED;
  }

  /** Upserts by (desk, day); a service breakdown, when given, replaces the stored one. */
  private async write(
    manager: EntityManager,
    context: SubgraphContext,
    mallId: string,
    entries: Entry[],
    facts: MallFacts,
    source: 'ENTRY' | 'CSV',
  ): Promise<{ id: string }[]> {
    if (!entries.length) return [];
    const payload = entries.map((entry) => ({
      desk_id: entry.deskId,
      visit_date: entry.date,
      tenancy_id: this.servingTenancy(entry, facts),
      visitors: entry.visitors,
      complaints: entry.complaints,
    }));
    const rows: { id: string; deskId: string; date: string }[] = await manager.query(
      `INSERT INTO mpp.desk_days (mall_id, desk_id, visit_date, tenancy_id, visitors, complaints, source, recorded_by)
       SELECT $1, r.desk_id, r.visit_date, r.tenancy_id, r.visitors, r.complaints, $2, $3
       FROM jsonb_to_recordset($4::jsonb) AS r(desk_id uuid, visit_date date, tenancy_id uuid, visitors int, complaints int)
       ON CONFLICT (desk_id, visit_date) DO UPDATE SET visitors = EXCLUDED.visitors, complaints = EXCLUDED.complaints, source = EXCLUDED.source,
         recorded_at = now(), recorded_by = EXCLUDED.recorded_by
       RETURNING id, desk_id AS "deskId", visit_date AS date`,
      [mallId, source, context.caller?.userId ?? null, JSON.stringify(payload)],
    );
    const idOf = new Map(rows.map((row) => [`${row.deskId}|${row.date}`, row.id]));
    const withServices = entries.filter((entry) => entry.services !== null);
    if (withServices.length) {
      const ids = withServices.map((entry) => idOf.get(`${entry.deskId}|${entry.date}`));
      await manager.query(`DELETE FROM mpp.desk_day_services WHERE desk_day_id = ANY($1::uuid[])`, [ids]);
      const services = withServices.flatMap((entry) =>
        (entry.services ?? []).map((service) => ({
          desk_day_id: idOf.get(`${entry.deskId}|${entry.date}`),
          service_id: service.serviceId,
          visitors: service.visitors,
        })),
      );
      if (services.length) {
        await manager.query(
          `INSERT INTO mpp.desk_day_services (desk_day_id, service_id, visitors)
           SELECT r.desk_day_id, r.service_id, r.visitors FROM jsonb_to_recordset($1::jsonb) AS r(desk_day_id uuid, service_id uuid, visitors int)`,
          [JSON.stringify(services)],
        );
      }
    }
    return entries.map((entry) => ({ id: idOf.get(`${entry.deskId}|${entry.date}`) as string }));
  }
}
