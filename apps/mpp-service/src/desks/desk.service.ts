import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import {
  badUserInput,
  notFound,
  optionalText,
  type SubgraphContext,
  Clock,
  runAsActor,
  conflict,
  conflictOnUnique,
  groupBy,
  requestLoader,
  requireUuid,
} from '@simpul/service-kit';
import { WEEKDAY_NAMES_ID, weekdayNumber, weekdayOf } from '../common/weekday.enum';
import { MallService } from '../malls/mall.service';
import { lockTenancyForChange } from '../tenancies/tenancy-guard';
import { hasReached } from '../tenancies/tenancy-step.enum';
import { TenancyStep } from '../tenancies/tenancy-step.enum';
import { AssignDeskInput, CreateDeskInput } from './desk.input';
import { Desk, DeskAssignment } from './desk.model';

const DESK_COLUMNS = `d.id, d.mall_id AS "mallId", d.number, d.label`;
const ASSIGNMENT_COLUMNS = `a.id, a.desk_id AS "deskId", a.tenancy_id AS "tenancyId", a.mall_id AS "mallId", a.weekday, a.staff_count AS "staffCount", a.assigned_at AS "assignedAt"`;

type AssignmentRow = Omit<DeskAssignment, 'weekday'> & { weekday: number };
const toAssignment = (row: AssignmentRow): DeskAssignment => ({ ...row, weekday: weekdayOf(row.weekday) });

const DOUBLE_BOOKING = {
  desk_assignments_no_double_booking: {
    en: 'This desk was just booked for one of these weekdays by someone else; reload and pick another desk or day.',
    id: 'Gerai ini baru saja ditetapkan untuk salah satu hari tersebut oleh pengguna lain; muat ulang lalu pilih gerai atau hari lain.',
    field: 'input.weekdays',
  },
};

@Injectable()
export class DeskService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly malls: MallService,
    private readonly clock: Clock,
  ) {}

  byMallLoader(context: SubgraphContext) {
    return requestLoader<Desk[]>(
      context,
      'mpp:desks',
      async (ids) => {
        const rows: Desk[] = await this.dataSource.query(
          `SELECT ${DESK_COLUMNS} FROM mpp.desks d WHERE d.mall_id = ANY($1::uuid[]) ORDER BY d.number`,
          [ids],
        );
        return groupBy(rows, (row) => row.mallId);
      },
      [],
    );
  }

  loader(context: SubgraphContext) {
    return requestLoader<Desk | null>(
      context,
      'mpp:desk',
      async (ids) => {
        const rows: Desk[] = await this.dataSource.query(`SELECT ${DESK_COLUMNS} FROM mpp.desks d WHERE d.id = ANY($1::uuid[])`, [ids]);
        return new Map(rows.map((row) => [row.id, row]));
      },
      null,
    );
  }

  /** Open assignments keyed by desk id or by tenancy id. */
  assignmentsLoader(context: SubgraphContext, by: 'desk' | 'tenancy') {
    const column = by === 'desk' ? 'desk_id' : 'tenancy_id';
    return requestLoader<DeskAssignment[]>(
      context,
      `mpp:assignments-by-${by}`,
      async (ids) => {
        const rows: AssignmentRow[] = await this.dataSource.query(
          `SELECT ${ASSIGNMENT_COLUMNS} FROM mpp.desk_assignments a WHERE a.${column} = ANY($1::uuid[]) AND a.released_at IS NULL ORDER BY a.weekday, a.id`,
          [ids],
        );
        return groupBy(rows.map(toAssignment), (row) => (by === 'desk' ? row.deskId : row.tenancyId));
      },
      [],
    );
  }

  async create(context: SubgraphContext, input: CreateDeskInput): Promise<Desk> {
    const mall = await this.malls.requireManaged(context.caller, input.mallId, 'input.mallId');
    if (!Number.isInteger(input.number) || input.number < 1 || input.number > 999) {
      throw badUserInput(
        'input.number',
        'A desk number is a whole number from 1 to 999.',
        'Nomor gerai berupa bilangan bulat 1 sampai 999.',
      );
    }
    const id = randomUUID();
    await conflictOnUnique(
      () =>
        runAsActor(this.dataSource, context.caller, (manager) =>
          manager.query(`INSERT INTO mpp.desks (id, mall_id, number, label) VALUES ($1, $2, $3, $4)`, [
            id,
            mall.id,
            input.number,
            optionalText(input.label),
          ]),
        ),
      {
        desks_mall_id_number_key: {
          en: `Desk ${input.number} already exists in this mall.`,
          id: `Gerai ${input.number} sudah ada di MPP ini.`,
          field: 'input.number',
        },
      },
    );
    const [desk]: Desk[] = await this.dataSource.query(`SELECT ${DESK_COLUMNS} FROM mpp.desks d WHERE d.id = $1`, [id]);
    return desk;
  }

  /**
   * Books a desk for a tenant on the given weekdays, all or none. A weekday already taken is
   * refused with CONFLICT; when two operators book the same desk and day at once, the unique index
   * lets one commit and turns the other into the same CONFLICT.
   */
  async assign(context: SubgraphContext, input: AssignDeskInput): Promise<DeskAssignment[]> {
    requireUuid(input.deskId, 'input.deskId');
    if (input.weekdays.length === 0) throw badUserInput('input.weekdays', 'Pick at least one weekday.', 'Pilih paling sedikit satu hari.');
    if (new Set(input.weekdays).size !== input.weekdays.length)
      throw badUserInput('input.weekdays', 'A weekday is listed twice.', 'Ada hari yang tercantum dua kali.');
    if (!Number.isInteger(input.staffCount) || input.staffCount < 1 || input.staffCount > 50) {
      throw badUserInput(
        'input.staffCount',
        'Staffing is a whole number from 1 to 50.',
        'Jumlah petugas berupa bilangan bulat 1 sampai 50.',
      );
    }
    const ids = await runAsActor(this.dataSource, context.caller, async (manager) => {
      const tenancy = await lockTenancyForChange(manager, context, input.tenancyId, 'input.tenancyId');
      if (tenancy.step === TenancyStep.PAUSED || !hasReached(tenancy.step, TenancyStep.AGREEMENT_SIGNED)) {
        throw badUserInput(
          'input.tenancyId',
          'Desks are assigned after the agreement is signed.',
          'Gerai ditetapkan setelah PKS ditandatangani.',
        );
      }
      const [desk]: Desk[] = await manager.query(`SELECT ${DESK_COLUMNS} FROM mpp.desks d WHERE d.id = $1`, [input.deskId]);
      if (!desk) throw notFound('No desk has this id.', 'Gerai dengan ID ini tidak ditemukan.', 'input.deskId');
      if (desk.mallId !== tenancy.mallId)
        throw badUserInput('input.deskId', 'This desk is in another mall.', 'Gerai ini berada di MPP lain.');
      const days = input.weekdays.map(weekdayNumber);
      const taken: { weekday: number }[] = await manager.query(
        `SELECT weekday FROM mpp.desk_assignments WHERE desk_id = $1 AND weekday = ANY($2::smallint[]) AND released_at IS NULL ORDER BY weekday`,
        [desk.id, days],
      );
      if (taken.length) {
        const names = taken.map((row) => weekdayOf(row.weekday));
        throw conflict(
          `Desk ${desk.number} is already booked on ${names.join(', ')}.`,
          `Gerai ${desk.number} sudah dipakai pada hari ${names.map((name) => WEEKDAY_NAMES_ID[name]).join(', ')}.`,
          'input.weekdays',
        );
      }
      const rows = days.map((weekday) => ({ id: randomUUID(), weekday }));
      await conflictOnUnique(
        () =>
          manager.query(
            `INSERT INTO mpp.desk_assignments (id, mall_id, desk_id, tenancy_id, weekday, staff_count, assigned_by, assigned_at)
           SELECT unnest($1::uuid[]), $2, $3, $4, unnest($5::smallint[]), $6, $7, $8`,
            [
              rows.map((row) => row.id),
              desk.mallId,
              desk.id,
              tenancy.id,
              rows.map((row) => row.weekday),
              input.staffCount,
              context.caller?.userId ?? null,
              this.clock.now(),
            ],
          ),
        DOUBLE_BOOKING,
      );
      return rows.map((row) => row.id);
    });
    const rows: AssignmentRow[] = await this.dataSource.query(
      `SELECT ${ASSIGNMENT_COLUMNS} FROM mpp.desk_assignments a WHERE a.id = ANY($1::uuid[]) ORDER BY a.weekday`,
      [ids],
    );
    return rows.map(toAssignment);
  }

  async release(context: SubgraphContext, id: string): Promise<DeskAssignment> {
    requireUuid(id, 'id');
    return runAsActor(this.dataSource, context.caller, async (manager) => {
      const [row]: AssignmentRow[] = await manager.query(
        `SELECT ${ASSIGNMENT_COLUMNS} FROM mpp.desk_assignments a WHERE a.id = $1 AND a.released_at IS NULL`,
        [id],
      );
      if (!row) throw notFound('No open desk assignment has this id.', 'Penetapan gerai dengan ID ini tidak ditemukan.', 'id');
      await lockTenancyForChange(manager, context, row.tenancyId, 'id');
      await manager.query(`UPDATE mpp.desk_assignments SET released_at = $2 WHERE id = $1`, [id, this.clock.now()]);
      return toAssignment(row);
    });
  }
}
