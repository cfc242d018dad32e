import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { Caller, Identity } from '@simpul/contracts';
import {
  badUserInput,
  SimpulError,
  type Connection,
  one,
  rows,
  conflict,
  keysetPage,
  listSearchCondition,
  isUuid,
  pageSize,
  type PageArgs,
} from '@simpul/service-kit';
import { CyclePhase } from '../cycles/cycle-phase.enum';
import type { CycleRow } from '../cycles/cycle.row';
import { CycleService } from '../cycles/cycle.service';
import { requirePhase } from '../cycles/phase-rules';
import { lokusScope } from '../access/lokus-access.service';
import type { LokusFilter, LokusUnitInput } from './lokus.input';
import { LokusImportReport } from './lokus.model';
import { cohortOf, LOKUS_COLUMNS, type LokusRow } from './lokus.row';

const ADD_LOKUS = { en: 'Adding lokus', id: 'Penambahan lokus' };

interface NewLokus {
  id: string;
  service_unit_id: string;
  unit_name: string;
  unit_kind: string;
  service_group: string;
  agency_id: string;
  agency_name: string | null;
  province_code: string;
  province_name: string | null;
  government_level: string;
  cohort: string;
  instrument_id: string;
  min_respondents: number;
  max_respondents: number;
}

/** Checks one unit row; throws BAD_USER_INPUT naming `prefix.field`. */
export function validateLokusUnit(input: LokusUnitInput, cycle: CycleRow, prefix: string): NewLokus {
  const fail = (field: string, en: string, id: string): never => {
    throw badUserInput(`${prefix}.${field}`, en, id);
  };
  if (!isUuid(input.serviceUnitId))
    fail('serviceUnitId', 'The unit id must be a registry unit id (UUID).', 'ID unit harus ID unit registri (UUID).');
  if (!isUuid(input.agencyId))
    fail('agencyId', 'The agency id must be a registry agency id (UUID).', 'ID instansi harus ID instansi registri (UUID).');
  const unitName = input.unitName?.trim();
  if (!unitName) fail('unitName', 'The unit name is required.', 'Nama unit wajib diisi.');
  const unitKind = input.unitKind?.trim().toUpperCase();
  if (!/^[A-Z][A-Z0-9_]{1,39}$/.test(unitKind ?? ''))
    fail('unitKind', 'The unit kind must be a registry kind such as SAMSAT.', 'Jenis unit harus jenis registri, mis. SAMSAT.');
  if (!/^\d{2}$/.test(input.provinceCode ?? ''))
    fail(
      'provinceCode',
      'The province code must be two digits (Kemendagri), e.g. 63.',
      'Kode provinsi harus dua angka (Kemendagri), mis. 63.',
    );
  const instrumentId = input.instrumentId ?? cycle.instrumentIds[0];
  if (!cycle.instrumentIds.includes(instrumentId)) {
    fail(
      'instrumentId',
      `This cycle uses ${cycle.instrumentIds.join(', ')}, not ${instrumentId}.`,
      `Siklus ini memakai ${cycle.instrumentIds.join(', ')}, bukan ${instrumentId}.`,
    );
  }
  const min = input.minRespondents ?? 10;
  const max = input.maxRespondents ?? 20;
  if (!Number.isInteger(min) || min < 0)
    fail('minRespondents', 'The minimum must be a whole number ≥ 0.', 'Minimum harus bilangan bulat ≥ 0.');
  if (!Number.isInteger(max) || max < Math.max(1, min))
    fail('maxRespondents', 'The maximum must be at least the minimum and at least 1.', 'Maksimum harus ≥ minimum dan ≥ 1.');
  return {
    id: randomUUID(),
    service_unit_id: input.serviceUnitId,
    unit_name: unitName,
    unit_kind: unitKind,
    service_group: input.serviceGroup,
    agency_id: input.agencyId,
    agency_name: input.agencyName?.trim() || null,
    province_code: input.provinceCode,
    province_name: input.provinceName?.trim() || null,
    government_level: input.governmentLevel,
    cohort: cohortOf(input.governmentLevel, unitKind),
    instrument_id: instrumentId,
    min_respondents: min,
    max_respondents: max,
  };
}

const INSERT_LOKUS = `
  INSERT INTO evaluation.lokus (id, cycle_id, service_unit_id, unit_name, unit_kind, service_group, agency_id, agency_name, province_code, province_name,
    government_level, cohort, instrument_id, min_respondents, max_respondents, added_by, added_at)
  SELECT id, $2, service_unit_id, unit_name, unit_kind, service_group, agency_id, agency_name, province_code, province_name,
    government_level, cohort, instrument_id, min_respondents, max_respondents, $3, $4
  FROM jsonb_to_recordset($1::jsonb) AS s(id uuid, service_unit_id uuid, unit_name text, unit_kind text, service_group text, agency_id uuid, agency_name text,
    province_code varchar, province_name text, government_level text, cohort text, instrument_id text, min_respondents int, max_respondents int)
  ON CONFLICT (cycle_id, service_unit_id) DO NOTHING
  RETURNING id`;

@Injectable()
export class LokusService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly cycles: CycleService,
  ) {}

  async add(cycleId: string, input: LokusUnitInput, caller: Identity): Promise<LokusRow> {
    const cycle = await this.cycles.load(cycleId);
    requirePhase(cycle, [CyclePhase.PREPARATION], this.cycles.now(), ADD_LOKUS);
    const row = validateLokusUnit(input, cycle, 'input');
    const inserted = await rows<{ id: string }>(this.dataSource, INSERT_LOKUS, [
      JSON.stringify([row]),
      cycle.id,
      caller.userId,
      this.cycles.now(),
    ]);
    if (!inserted.length)
      throw conflict(
        `${row.unit_name} is already a lokus of this cycle.`,
        `${row.unit_name} sudah menjadi lokus siklus ini.`,
        'input.serviceUnitId',
      );
    return this.loadRow(row.id);
  }

  /** All rows or none: any invalid row is reported and nothing is stored. */
  async import(cycleId: string, inputs: LokusUnitInput[], caller: Identity): Promise<LokusImportReport> {
    const cycle = await this.cycles.load(cycleId);
    requirePhase(cycle, [CyclePhase.PREPARATION], this.cycles.now(), ADD_LOKUS);
    const valid: NewLokus[] = [];
    const errors: LokusImportReport['errors'] = [];
    const seen = new Set<string>();
    inputs.forEach((input, i) => {
      try {
        const row = validateLokusUnit(input, cycle, `rows.${i}`);
        if (seen.has(row.service_unit_id))
          throw badUserInput(`rows.${i}.serviceUnitId`, 'This unit appears twice in the list.', 'Unit ini muncul dua kali dalam daftar.');
        seen.add(row.service_unit_id);
        valid.push(row);
      } catch (error) {
        if (!(error instanceof SimpulError)) throw error;
        errors.push({ row: i + 1, field: error.field ?? `rows.${i}`, message: error.messages });
      }
    });
    if (errors.length) return { added: 0, alreadyPresent: 0, errors };
    const inserted = await rows<{ id: string }>(this.dataSource, INSERT_LOKUS, [
      JSON.stringify(valid),
      cycle.id,
      caller.userId,
      this.cycles.now(),
    ]);
    return { added: inserted.length, alreadyPresent: valid.length - inserted.length, errors: [] };
  }

  async remove(lokusId: string): Promise<boolean> {
    const lokus = await this.loadRow(lokusId);
    const cycle = await this.cycles.load(lokus.cycleId);
    requirePhase(cycle, [CyclePhase.PREPARATION], this.cycles.now(), { en: 'Removing a lokus', id: 'Penghapusan lokus' });
    await this.dataSource.query(`DELETE FROM evaluation.lokus WHERE id = $1`, [lokusId]);
    return true;
  }

  async loadRow(id: string): Promise<LokusRow> {
    const row = await one<LokusRow>(this.dataSource, `SELECT ${LOKUS_COLUMNS} FROM evaluation.lokus l WHERE l.id = $1`, [id]);
    if (!row) throw new Error(`lokus ${id} vanished`);
    return row;
  }

  /** By service group, then unit name; a keyset page (two statements whatever the page). */
  async list(cycleId: string, caller: Caller, filter: LokusFilter | undefined, page: PageArgs): Promise<Connection<LokusRow>> {
    await this.cycles.loadVisible(cycleId, caller);
    const first = pageSize(page);
    const scope = lokusScope(caller, 2);
    const params: unknown[] = [cycleId, scope.value, filter?.serviceGroup ?? null, filter?.provinceCode ?? null, filter?.cohort ?? null];
    // Case, accents, spelling variants and abbreviations ("samsat kalsel") as the registry's lists read them.
    const search = listSearchCondition('evaluation.search_key(l.unit_name)', filter?.search, (pattern) => `$${params.push(pattern)}`);
    const where = `l.cycle_id = $1 AND ${scope.clause}
      AND ($3::text IS NULL OR l.service_group = $3) AND ($4::text IS NULL OR l.province_code = $4) AND ($5::text IS NULL OR l.cohort = $5)${
        search ? ` AND ${search}` : ''
      }`;
    return keysetPage<LokusRow>(this.dataSource, {
      columns: LOKUS_COLUMNS,
      from: 'evaluation.lokus l',
      where,
      params,
      keys: [
        { sql: 'l.service_group', type: 'text' },
        { sql: 'l.unit_name', type: 'text' },
        { sql: 'l.id', type: 'uuid' },
      ],
      direction: 'ASC',
      first,
      after: page.after,
    });
  }

  /** Lokus of a unit across cycles the caller may see, newest first. */
  async forUnit(serviceUnitId: string, caller: Caller): Promise<LokusRow[]> {
    if (!isUuid(serviceUnitId)) return [];
    const scope = lokusScope(caller, 2);
    return rows<LokusRow>(
      this.dataSource,
      `SELECT ${LOKUS_COLUMNS} FROM evaluation.lokus l JOIN evaluation.cycles c ON c.id = l.cycle_id
       WHERE l.service_unit_id = $1 AND ${scope.clause} ORDER BY c.year DESC, c.created_at DESC`,
      [serviceUnitId, scope.value],
    );
  }
}
