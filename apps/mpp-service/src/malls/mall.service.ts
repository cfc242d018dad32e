import { randomUUID } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import {
  badUserInput,
  notFound,
  optionalText,
  requireRole,
  type Connection,
  type SubgraphContext,
  groupBy,
  requestLoader,
  keysetPage,
  type KeysetKey,
  SortDirection,
  keysetPagesLoader,
  listSearchCondition,
  validateFirst,
  requireText,
  requireUuid,
} from '@simpul/service-kit';
import type { Caller } from '@simpul/contracts';
import { requireMallManager } from '../access/mpp-access';
import { parseDate } from '../common/dates';
import { weekdayNumber, weekdayOf } from '../common/weekday.enum';
import { MppFileService } from '../files/mpp-file.service';
import { REGISTRY_CLIENT, type RegistryClient } from '../registry/registry-client';
import { MallStatusChange } from './mall-status-change.model';
import { MallSortField, MallStatus } from './mall-status.enum';
import {
  AddMallDocumentInput,
  CreateMallInput,
  MallFilter,
  MallSort,
  NewMallDocumentInput,
  OpeningHoursInput,
  UpdateMallInput,
} from './mall.input';
import { checkOpeningHours } from './opening-hours.check';
import { Mall, MallDocument, OpeningHours } from './mall.model';

export const MALL_COLUMNS = `m.id, m.name, m.regency_code AS "regencyCode", m.province_code AS "provinceCode", m.address, m.status,
  m.proposed_on AS "proposedOn", m.opened_on AS "openedOn", m.managing_unit_id AS "managingUnitId"`;

/** The keyset of each order; every one ends on name and id so the order is total and ties read alphabetically. */
const SORT_KEYS: Record<MallSortField, readonly KeysetKey[]> = {
  [MallSortField.PROVINCE]: [
    { sql: 'm.province_code', type: 'text' },
    { sql: 'm.name', type: 'text' },
    { sql: 'm.id', type: 'uuid' },
  ],
  [MallSortField.NAME]: [
    { sql: 'm.name', type: 'text' },
    { sql: 'm.id', type: 'uuid' },
  ],
  // A date as ISO text sorts as the date; '' (not yet opened) comes before every date.
  [MallSortField.OPENED_ON]: [
    { sql: "COALESCE(m.opened_on::text, '')", type: 'text' },
    { sql: 'm.name', type: 'text' },
    { sql: 'm.id', type: 'uuid' },
  ],
};

/** Which status changes make sense; a CLOSED mall stays closed. */
const STATUS_MOVES: Record<MallStatus, MallStatus[]> = {
  PROPOSED: [MallStatus.ACTIVE, MallStatus.CLOSED],
  ACTIVE: [MallStatus.SUSPENDED, MallStatus.CLOSED],
  SUSPENDED: [MallStatus.ACTIVE, MallStatus.CLOSED],
  CLOSED: [],
};

@Injectable()
export class MallService {
  constructor(
    private readonly dataSource: DataSource,
    @Inject(REGISTRY_CLIENT) private readonly registry: RegistryClient,
    private readonly files: MppFileService,
  ) {}

  /** Malls the caller may see: the public (and everyone else) sees ACTIVE ones, managers their own, admins all. */
  async list(
    caller: Caller,
    filter: MallFilter | null | undefined,
    first: number | null | undefined,
    after: string | null | undefined,
    sort?: MallSort | null,
  ): Promise<Connection<Mall>> {
    const where: string[] = [];
    const params: unknown[] = [];
    const param = (value: unknown) => `$${params.push(value)}`;
    if (caller?.role === 'NATIONAL_ADMIN') {
      // all malls
    } else if (caller?.role === 'MPP_OPERATOR' && caller.mallId) {
      where.push(`(m.status = 'ACTIVE' OR m.id = ${param(caller.mallId)})`);
    } else {
      where.push(`m.status = 'ACTIVE'`);
    }
    if (filter?.status) where.push(`m.status = ${param(filter.status)}`);
    if (filter?.provinceCode) where.push(`m.province_code = ${param(filter.provinceCode)}`);
    if (filter?.regencyCode) where.push(`m.regency_code = ${param(filter.regencyCode)}`);
    // Case, accents, spelling variants and abbreviations ("bjm") as the registry's lists read them.
    const search = listSearchCondition('mpp.search_key(m.name)', filter?.search, param);
    if (search) where.push(search);
    return keysetPage<Mall>(this.dataSource, {
      columns: MALL_COLUMNS,
      from: 'mpp.malls m',
      where: where.join(' AND ') || 'TRUE',
      params,
      keys: SORT_KEYS[sort?.field ?? MallSortField.PROVINCE],
      direction: sort?.direction === SortDirection.DESC ? 'DESC' : 'ASC',
      first: validateFirst(first),
      after,
    });
  }

  /** One mall as the caller may see it (null when absent or hidden). */
  async find(context: SubgraphContext, id: string): Promise<Mall | null> {
    const mall = await this.loader(context).load(id);
    if (!mall) return null;
    return this.visible(context.caller, mall) ? mall : null;
  }

  visible(caller: Caller, mall: Mall): boolean {
    return (
      mall.status === MallStatus.ACTIVE ||
      caller?.role === 'NATIONAL_ADMIN' ||
      (caller?.role === 'MPP_OPERATOR' && caller.mallId === mall.id)
    );
  }

  loader(context: SubgraphContext) {
    return requestLoader<Mall | null>(
      context,
      'mpp:mall',
      async (ids) => {
        const valid = ids.filter((id) => /^[0-9a-f-]{36}$/i.test(id));
        const rows: Mall[] = valid.length
          ? await this.dataSource.query(`SELECT ${MALL_COLUMNS} FROM mpp.malls m WHERE m.id = ANY($1::uuid[])`, [valid])
          : [];
        return new Map(rows.map((row) => [row.id, row]));
      },
      null,
    );
  }

  openingHoursLoader(context: SubgraphContext) {
    return requestLoader<OpeningHours[]>(
      context,
      'mpp:opening-hours',
      async (ids) => {
        const rows: { mallId: string; weekday: number; opensAt: string; closesAt: string }[] = await this.dataSource.query(
          `SELECT mall_id AS "mallId", weekday, to_char(opens_at, 'HH24:MI') AS "opensAt", to_char(closes_at, 'HH24:MI') AS "closesAt"
         FROM mpp.mall_opening_hours WHERE mall_id = ANY($1::uuid[]) ORDER BY weekday`,
          [ids],
        );
        const grouped = groupBy(rows, (row) => row.mallId);
        return new Map(
          [...grouped].map(([mallId, list]) => [
            mallId,
            list.map((row) => ({ weekday: weekdayOf(row.weekday), opensAt: row.opensAt, closesAt: row.closesAt })),
          ]),
        );
      },
      [],
    );
  }

  documentsLoader(context: SubgraphContext) {
    return requestLoader<MallDocument[]>(
      context,
      'mpp:mall-documents',
      async (ids) => {
        const rows: MallDocument[] = await this.dataSource.query(
          `SELECT id, mall_id AS "mallId", kind, title, number, issued_on AS "issuedOn", file_name AS "fileName", url, file_id AS "fileId"
         FROM mpp.mall_documents WHERE mall_id = ANY($1::uuid[]) ORDER BY issued_on NULLS LAST, created_at`,
          [ids],
        );
        return groupBy(rows, (row) => row.mallId);
      },
      [],
    );
  }

  /** Loads a mall for a write, refusing unknown ids and callers who do not manage it. */
  async requireManaged(caller: Caller, id: string, field = 'mallId'): Promise<Mall> {
    requireUuid(id, field);
    const [mall]: Mall[] = await this.dataSource.query(`SELECT ${MALL_COLUMNS} FROM mpp.malls m WHERE m.id = $1`, [id]);
    if (!mall) throw notFound('No mall has this id.', 'MPP dengan ID ini tidak ditemukan.', field);
    requireMallManager(caller, mall.id);
    return mall;
  }

  private async checkManagingUnit(context: SubgraphContext, unitId: string | null | undefined): Promise<string | null> {
    if (!unitId) return null;
    requireUuid(unitId, 'input.managingUnitId');
    const units = await this.registry.unitAgencies([unitId], context);
    if (!units.has(unitId))
      throw notFound(
        'The registry has no service unit with this id.',
        'Registri tidak memiliki unit pelayanan dengan ID ini.',
        'input.managingUnitId',
      );
    return unitId;
  }

  /**
   * Records a proposed mall with its establishment record (documents and their files), planned
   * opening date and opening hours. Everything is checked before the transaction opens, and the
   * mall, its hours, documents and file rows are written in one: a bad file or hour stores nothing.
   */
  async create(context: SubgraphContext, input: CreateMallInput): Promise<Mall> {
    requireRole(context.caller, 'NATIONAL_ADMIN');
    const name = requireText(input.name, 'input.name', 'The mall needs a name.', 'MPP wajib diberi nama.');
    if (!/^\d{2}\.\d{2}$/.test(input.regencyCode)) {
      throw badUserInput(
        'input.regencyCode',
        'regencyCode must be a kabupaten/kota code such as 63.71.',
        'regencyCode harus berupa kode kabupaten/kota, mis. 63.71.',
      );
    }
    const proposedOn = input.proposedOn ? parseDate(input.proposedOn, 'input.proposedOn') : null;
    const openedOn = input.openedOn ? parseDate(input.openedOn, 'input.openedOn') : null;
    if (proposedOn && openedOn && proposedOn > openedOn) {
      throw badUserInput(
        'input.openedOn',
        'The opening date cannot be before the proposal date.',
        'Tanggal peresmian tidak boleh sebelum tanggal usulan.',
      );
    }
    const hours = input.openingHours ?? [];
    checkOpeningHours(hours, 'input.openingHours');
    const documents = (input.documents ?? []).map((document, index) => this.checkDocument(document, `input.documents.${index}`));
    const managingUnitId = await this.checkManagingUnit(context, input.managingUnitId);
    const id = randomUUID();
    await this.dataSource.transaction(async (manager) => {
      await manager.query(
        `INSERT INTO mpp.malls (id, name, regency_code, address, managing_unit_id, proposed_on, opened_on) VALUES ($1, $2, $3, $4, $5, $6, $7)`,
        [id, name, input.regencyCode, optionalText(input.address), managingUnitId, proposedOn, openedOn],
      );
      await this.insertHours(manager, id, hours);
      for (const document of documents) await this.insertDocument(manager, context, id, document);
    });
    return this.reload(id);
  }

  async update(context: SubgraphContext, id: string, input: UpdateMallInput): Promise<Mall> {
    const mall = await this.requireManaged(context.caller, id, 'id');
    const proposedOn =
      input.proposedOn === undefined ? mall.proposedOn : input.proposedOn && parseDate(input.proposedOn, 'input.proposedOn');
    const openedOn = input.openedOn === undefined ? mall.openedOn : input.openedOn && parseDate(input.openedOn, 'input.openedOn');
    if (proposedOn && openedOn && proposedOn > openedOn) {
      throw badUserInput(
        'input.openedOn',
        'The opening date cannot be before the proposal date.',
        'Tanggal peresmian tidak boleh sebelum tanggal usulan.',
      );
    }
    if (!openedOn && mall.status === MallStatus.ACTIVE) {
      throw badUserInput(
        'input.openedOn',
        'An active mall keeps its opening date.',
        'MPP yang beroperasi harus memiliki tanggal peresmian.',
      );
    }
    const managingUnitId =
      input.managingUnitId === undefined ? mall.managingUnitId : await this.checkManagingUnit(context, input.managingUnitId);
    await this.dataSource.query(
      `UPDATE mpp.malls SET name = $2, address = $3, managing_unit_id = $4, proposed_on = $5, opened_on = $6, updated_at = now() WHERE id = $1`,
      [
        mall.id,
        input.name == null ? mall.name : requireText(input.name, 'input.name', 'The mall needs a name.', 'MPP wajib diberi nama.'),
        input.address === undefined ? mall.address : optionalText(input.address),
        managingUnitId,
        proposedOn ?? null,
        openedOn ?? null,
      ],
    );
    return this.reload(mall.id);
  }

  /**
   * Moves a mall along PROPOSED → ACTIVE → SUSPENDED/CLOSED with a reason, recording who and when
   * in the same transaction. The row is locked first, so two admins changing it at once are
   * checked one after the other against the status the first one left.
   */
  async setStatus(
    context: SubgraphContext,
    id: string,
    status: MallStatus,
    reason: string,
    openedOn: string | null | undefined,
  ): Promise<Mall> {
    requireRole(context.caller, 'NATIONAL_ADMIN');
    requireUuid(id, 'id');
    const why = requireText(reason, 'reason', 'Give the reason for the change.', 'Sertakan alasan perubahan.');
    if (why.length > 1000) throw badUserInput('reason', 'Keep the reason under 1000 characters.', 'Alasan paling banyak 1000 karakter.');
    const requestedOpening = openedOn ? parseDate(openedOn, 'openedOn') : null;
    await this.dataSource.transaction(async (manager) => {
      const [mall]: Mall[] = await manager.query(`SELECT ${MALL_COLUMNS} FROM mpp.malls m WHERE m.id = $1 FOR UPDATE`, [id]);
      if (!mall) throw notFound('No mall has this id.', 'MPP dengan ID ini tidak ditemukan.', 'id');
      if (mall.status === status) throw badUserInput('status', `The mall is already ${status}.`, `MPP sudah berstatus ${status}.`);
      if (!STATUS_MOVES[mall.status].includes(status)) {
        throw badUserInput(
          'status',
          `A ${mall.status} mall cannot become ${status}.`,
          `MPP berstatus ${mall.status} tidak dapat diubah menjadi ${status}.`,
        );
      }
      const opened = requestedOpening ?? mall.openedOn;
      if (status === MallStatus.ACTIVE && !opened) {
        throw badUserInput(
          'openedOn',
          'Give the opening date when a mall becomes active.',
          'Isi tanggal peresmian saat MPP mulai beroperasi.',
        );
      }
      if (opened && mall.proposedOn && opened < mall.proposedOn) {
        throw badUserInput(
          'openedOn',
          'The opening date cannot be before the proposal date.',
          'Tanggal peresmian tidak boleh sebelum tanggal usulan.',
        );
      }
      await manager.query(`UPDATE mpp.malls SET status = $2, opened_on = $3, updated_at = now() WHERE id = $1`, [mall.id, status, opened]);
      // clock_timestamp(), not now(): now() is when the transaction began, before it waited for the
      // row lock, so two admins at once could be listed in the opposite order of their changes.
      await manager.query(
        `INSERT INTO mpp.mall_status_changes (id, mall_id, from_status, to_status, reason, changed_by, changed_by_name, changed_at) VALUES ($1, $2, $3, $4, $5, $6, $7, clock_timestamp())`,
        [
          randomUUID(),
          mall.id,
          mall.status,
          status,
          why,
          context.caller?.userId ?? null,
          context.caller?.displayName ?? context.caller?.email ?? null,
        ],
      );
    });
    return this.reload(id);
  }

  /** `Mall.statusHistory(first, after)`: newest first, for every mall of the request in two statements. */
  statusHistoryPages(context: SubgraphContext, first: number | null | undefined, after: string | null | undefined) {
    return keysetPagesLoader<MallStatusChange>(
      context,
      this.dataSource,
      'mpp:mall-status-history',
      { first, after },
      {
        columns: `c.id, c.mall_id AS "mallId", c.from_status AS "from", c.to_status AS "to", c.reason, c.changed_by AS "changedBy", c.changed_by_name AS "changedByName", c.changed_at AS "changedAt"`,
        from: 'mpp.mall_status_changes c',
        where: 'TRUE',
        params: [],
        // Newest first in an ascending keyset: the negated time in microseconds (exact as bigint).
        keys: [
          { sql: `-(extract(epoch FROM c.changed_at) * 1000000)::bigint`, type: 'bigint' },
          { sql: 'c.id', type: 'uuid' },
        ],
        direction: 'ASC',
        parent: 'c.mall_id',
      },
    );
  }

  /** Replaces the week's opening hours in one transaction. */
  async setOpeningHours(context: SubgraphContext, mallId: string, hours: OpeningHoursInput[]): Promise<Mall> {
    const mall = await this.requireManaged(context.caller, mallId);
    checkOpeningHours(hours, 'hours');
    await this.dataSource.transaction(async (manager) => {
      await manager.query(`DELETE FROM mpp.mall_opening_hours WHERE mall_id = $1`, [mall.id]);
      await this.insertHours(manager, mall.id, hours);
      await manager.query(`UPDATE mpp.malls SET updated_at = now() WHERE id = $1`, [mall.id]);
    });
    return this.reload(mall.id);
  }

  /** Records an establishment document, with its uploaded file when given: row and file row in one transaction. */
  async addDocument(context: SubgraphContext, input: AddMallDocumentInput): Promise<MallDocument> {
    const mall = await this.requireManaged(context.caller, input.mallId, 'input.mallId');
    const document = this.checkDocument(input, 'input');
    return this.dataSource.transaction((manager) => this.insertDocument(manager, context, mall.id, document));
  }

  /** Checks a document and its file before any write; `field` is where its inputs sit in the operation. */
  private checkDocument(input: NewMallDocumentInput & { fileName?: string | null }, field: string) {
    const title = requireText(input.title, `${field}.title`, 'The document needs a title.', 'Dokumen wajib diberi judul.');
    if (input.url && !/^https?:\/\//.test(input.url)) {
      throw badUserInput(
        `${field}.url`,
        'The document address must start with http:// or https://.',
        'Alamat dokumen harus diawali http:// atau https://.',
      );
    }
    const issuedOn = input.issuedOn ? parseDate(input.issuedOn, `${field}.issuedOn`) : null;
    const checked = input.file ? this.files.check(input.file, `${field}.file`) : null;
    return {
      kind: input.kind,
      title,
      number: optionalText(input.number),
      issuedOn,
      fileName: checked?.fileName ?? optionalText(input.fileName),
      url: optionalText(input.url),
      checked,
    };
  }

  private async insertDocument(
    manager: EntityManager,
    context: SubgraphContext,
    mallId: string,
    document: ReturnType<MallService['checkDocument']>,
  ): Promise<MallDocument> {
    const fileId = document.checked ? await this.files.store(manager, context, { mallId, tenancyId: null }, document.checked) : null;
    const [row]: MallDocument[] = await manager.query(
      `INSERT INTO mpp.mall_documents (mall_id, kind, title, number, issued_on, file_name, url, file_id) VALUES ($1, $2, $3, $4, $5, $6, $7, $8)
       RETURNING id, mall_id AS "mallId", kind, title, number, issued_on AS "issuedOn", file_name AS "fileName", url, file_id AS "fileId"`,
      [mallId, document.kind, document.title, document.number, document.issuedOn, document.fileName, document.url, fileId],
    );
    return row;
  }

  private async insertHours(manager: EntityManager, mallId: string, hours: readonly OpeningHoursInput[]): Promise<void> {
    if (!hours.length) return;
    await manager.query(
      `INSERT INTO mpp.mall_opening_hours (mall_id, weekday, opens_at, closes_at)
       SELECT $1, unnest($2::smallint[]), unnest($3::time[]), unnest($4::time[])`,
      [
        mallId,
        hours.map((entry) => weekdayNumber(entry.weekday)),
        hours.map((entry) => entry.opensAt),
        hours.map((entry) => entry.closesAt),
      ],
    );
  }

  private async reload(id: string): Promise<Mall> {
    const [mall]: Mall[] = await this.dataSource.query(`SELECT ${MALL_COLUMNS} FROM mpp.malls m WHERE m.id = $1`, [id]);
    return mall;
  }
}
