import { randomBytes, randomUUID } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { Caller } from '@simpul/contracts';
import {
  badUserInput,
  decodeCursor,
  SimpulError,
  encodeCursor,
  notFound,
  validateFirst,
  type Connection,
  one,
  rows,
  conflictOnUnique,
  wibDate,
  Clock,
  requireText,
  requireUuid,
  foldText,
} from '@simpul/service-kit';
import { runAsActor } from '@simpul/service-kit';
import { canManage, readScope, requireCan } from '../access/skm-access';
import { optionalTime, optionalUuid } from '../common/text';
import { PROFILE_VALUES, type SkmAgeBand, type SkmEducation, type SkmOccupation, type SkmSex } from './respondent-profile';
import { validateElements } from './survey-elements';
import type { CreateSkmSurveyInput, SkmSurveyFilter, UpdateSkmSurveyInput } from './survey.input';
import type { SkmPublicSurvey, SkmSurvey } from './survey.model';
import { periodLabel, periodRange, type SkmPeriodKind } from './survey-period';
import { SurveyCodeCache } from './survey-code-cache';
import { MALL_DIRECTORY, type MallDirectory } from '../malls/mall-directory';
import { SURVEY_COLUMNS, type SurveyRow } from './survey.row';
import { containsPattern, statusCondition } from './survey-status';
import { REGISTRY_DIRECTORY, type RegistryDirectory } from '../public-results/registry-directory';

const surveyTitle = (value: string) =>
  requireText(value, 'title', 'The survey needs a title.', 'Survei wajib diberi judul.', { maxLength: 300 });

/** The portal's public address, where the survey form, kiosk and one-time links live. */
export const PUBLIC_BASE_URL = Symbol('PUBLIC_BASE_URL');

@Injectable()
export class SurveyService {
  private readonly codeCache = new SurveyCodeCache();

  constructor(
    private readonly dataSource: DataSource,
    private readonly clock: Clock,
    @Inject(PUBLIC_BASE_URL) private readonly baseUrl: string,
    @Inject(MALL_DIRECTORY) private readonly malls: MallDirectory,
    @Inject(REGISTRY_DIRECTORY) private readonly registry: RegistryDirectory,
  ) {}

  now(): Date {
    return this.clock.now();
  }

  url(path: string): string {
    return `${this.baseUrl.replace(/\/$/, '')}${path}`;
  }

  toModel(row: SurveyRow): SkmSurvey {
    return {
      id: row.id,
      title: row.title,
      serviceUnitId: row.serviceUnitId,
      mallId: row.mallId,
      deskId: row.deskId,
      periodKind: row.periodKind,
      year: row.periodYear,
      number: row.periodNumber,
      periodLabel: periodLabel(row.periodKind, row.periodYear, row.periodNumber),
      startsOn: row.startsOn,
      endsOn: row.endsOn,
      elements: row.elements,
      expectedUsers: row.expectedUsers,
      opensAt: row.opensAt,
      closesAt: row.closesAt,
      publicCode: row.publicCode,
      publicUrl: this.url(`/skm/s/${row.publicCode}`),
      kioskUrl: this.url(`/skm/kiosk/${row.publicCode}`),
    };
  }

  async load(id: string, field = 'surveyId'): Promise<SurveyRow> {
    const found = await one<SurveyRow>(this.dataSource, `SELECT ${SURVEY_COLUMNS} FROM skm.surveys s WHERE s.id = $1`, [
      requireUuid(id, field),
    ]);
    if (!found) throw notFound('There is no such survey.', 'Survei tidak ditemukan.', field);
    return found;
  }

  async loadMany(ids: readonly string[]): Promise<SurveyRow[]> {
    return rows<SurveyRow>(this.dataSource, `SELECT ${SURVEY_COLUMNS} FROM skm.surveys s WHERE s.id = ANY($1::uuid[])`, [ids]);
  }

  async byCodes(codes: readonly string[]): Promise<SurveyRow[]> {
    return rows<SurveyRow>(this.dataSource, `SELECT ${SURVEY_COLUMNS} FROM skm.surveys s WHERE s.public_code = ANY($1::text[])`, [codes]);
  }

  /** byCodes for the public write path: rows read in the last few seconds come from memory (SurveyCodeCache says what may be stale). */
  async byCodesForAnswers(codes: readonly string[]): Promise<SurveyRow[]> {
    const found: SurveyRow[] = [];
    const missing: string[] = [];
    for (const code of codes) {
      const known = this.codeCache.get(code);
      if (known) found.push(known);
      else missing.push(code);
    }
    if (missing.length) {
      for (const survey of await this.byCodes(missing)) {
        this.codeCache.set(survey);
        found.push(survey);
      }
    }
    return found;
  }

  async create(input: CreateSkmSurveyInput, caller: Caller): Promise<SkmSurvey> {
    const owner = {
      serviceUnitId: optionalUuid(input.serviceUnitId, 'serviceUnitId'),
      mallId: optionalUuid(input.mallId, 'mallId'),
      deskId: optionalUuid(input.deskId, 'deskId'),
    };
    if (!owner.serviceUnitId && !owner.deskId)
      throw badUserInput('serviceUnitId', 'A survey is about a unit or an MPP desk.', 'Survei harus untuk sebuah unit atau loket MPP.');
    if (owner.deskId && !owner.mallId)
      throw badUserInput('mallId', 'A desk survey names its mall.', 'Survei loket harus menyebut MPP-nya.');
    requireCan(canManage, owner, caller);
    await this.checkMallScope(owner, caller);
    const range = periodRange(input.periodKind, input.year, input.number);
    const elements = validateElements(input.elements);
    const expectedUsers = this.expectedUsers(input.expectedUsers);
    const opensAt = optionalTime(input.opensAt, 'opensAt');
    const closesAt = optionalTime(input.closesAt, 'closesAt');
    this.checkHours(opensAt, closesAt);
    const id = randomUUID();
    await conflictOnUnique(
      () =>
        runAsActor(this.dataSource, caller, (manager) =>
          manager.query(
            `INSERT INTO skm.surveys (id, public_code, title, service_unit_id, mall_id, desk_id, period_kind, period_year, period_number, starts_on, ends_on, elements, expected_users, opens_at, closes_at, created_by)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12::jsonb, $13, $14, $15, $16)`,
            [
              id,
              randomBytes(8).toString('base64url'),
              surveyTitle(input.title),
              owner.serviceUnitId,
              owner.mallId,
              owner.deskId,
              input.periodKind,
              input.year,
              input.number,
              range.startsOn,
              range.endsOn,
              JSON.stringify(elements),
              expectedUsers,
              opensAt,
              closesAt,
              caller?.userId ?? null,
            ],
          ),
        ),
      {
        surveys_one_per_period: {
          en: 'This unit or desk already has a survey for this period.',
          id: 'Unit atau loket ini sudah memiliki survei untuk periode ini.',
          field: 'number',
        },
      },
    );
    return this.toModel(await this.load(id));
  }

  async update(input: UpdateSkmSurveyInput, caller: Caller): Promise<SkmSurvey> {
    const survey = await this.load(input.id, 'id');
    requireCan(canManage, survey, caller);
    const title = input.title === undefined || input.title === null ? survey.title : surveyTitle(input.title);
    const expectedUsers = input.expectedUsers === undefined ? survey.expectedUsers : this.expectedUsers(input.expectedUsers);
    const opensAt = input.opensAt === undefined ? survey.opensAt : optionalTime(input.opensAt, 'opensAt');
    const closesAt = input.closesAt === undefined ? survey.closesAt : optionalTime(input.closesAt, 'closesAt');
    this.checkHours(opensAt, closesAt);
    await runAsActor(this.dataSource, caller, (manager) =>
      manager.query(`UPDATE skm.surveys SET title = $2, expected_users = $3, opens_at = $4, closes_at = $5 WHERE id = $1`, [
        survey.id,
        title,
        expectedUsers,
        opensAt,
        closesAt,
      ]),
    );
    this.codeCache.forget(survey.id);
    return this.toModel(await this.load(survey.id));
  }

  /**
   * A survey set up for a mall names one of that mall's desks and a unit of one of its tenants (an
   * operator surveys only its own mall's desks and tenants; desks and tenancies are the MPP
   * service's, asked at setup time).
   */
  private async checkMallScope(
    owner: { serviceUnitId: string | null; mallId: string | null; deskId: string | null },
    caller: Caller,
  ): Promise<void> {
    if (!owner.mallId) return;
    const mall = await this.malls.mall(owner.mallId, caller);
    if (!mall) throw notFound('There is no such mall.', 'MPP tidak ditemukan.', 'mallId');
    if (owner.deskId && !mall.deskIds.has(owner.deskId)) {
      throw new SimpulError('FORBIDDEN', { en: 'This desk is not in this mall.', id: 'Gerai ini bukan gerai MPP tersebut.' }, 'deskId');
    }
    if (owner.serviceUnitId && !mall.tenantUnitIds.has(owner.serviceUnitId)) {
      throw new SimpulError(
        'FORBIDDEN',
        { en: 'This unit is not a tenant of this mall.', id: 'Unit ini bukan tenant MPP tersebut.' },
        'serviceUnitId',
      );
    }
  }

  private expectedUsers(value: number | null | undefined): number | null {
    if (value === null || value === undefined) return null;
    if (!Number.isInteger(value) || value < 0 || value > 100_000_000)
      throw badUserInput(
        'expectedUsers',
        'Expected users is a whole number from 0.',
        'Jumlah pengguna layanan berupa bilangan bulat mulai 0.',
      );
    return value;
  }

  private checkHours(opensAt: string | null, closesAt: string | null): void {
    if ((opensAt === null) !== (closesAt === null))
      throw badUserInput(
        'closesAt',
        'Give both opening and closing times, or neither.',
        'Isi jam buka dan jam tutup, atau kosongkan keduanya.',
      );
    if (opensAt && closesAt && opensAt >= closesAt)
      throw badUserInput('closesAt', 'Closing time must be after opening time.', 'Jam tutup harus setelah jam buka.');
  }

  async list(
    filter: SkmSurveyFilter | null | undefined,
    first: number | null | undefined,
    after: string | null | undefined,
    caller: Caller,
  ): Promise<Connection<SkmSurvey>> {
    const size = validateFirst(first);
    const scope = readScope(caller, 1);
    const params: unknown[] = [...scope.params];
    const where = [scope.sql];
    if (filter?.serviceUnitId) where.push(`s.service_unit_id = $${params.push(requireUuid(filter.serviceUnitId, 'filter.serviceUnitId'))}`);
    if (filter?.mallId) where.push(`s.mall_id = $${params.push(requireUuid(filter.mallId, 'filter.mallId'))}`);
    if (filter?.deskId) where.push(`s.desk_id = $${params.push(requireUuid(filter.deskId, 'filter.deskId'))}`);
    if (filter?.year) where.push(`s.period_year = $${params.push(filter.year)}`);
    if (filter?.periodKind) where.push(`s.period_kind = $${params.push(filter.periodKind)}`);
    if (filter?.number) where.push(`s.period_number = $${params.push(filter.number)}`);
    if (filter?.status) where.push(statusCondition(filter.status, `$${params.push(wibDate(this.clock.now()))}`));
    const search = filter?.search?.trim().slice(0, 100);
    if (search) {
      // Titles repeat across units ("SKM Triwulan 4 2026"): a search also finds the surveys of the units
      // whose registry name matches, asked once of the registry (SKM keeps only unit ids).
      const units = [...(await this.registry.unitIdsMatching({ search, regionCode: null }))];
      // The title as one phrase ("triwulan 2 2026" is not quarter 4), case and accents folded on both sides;
      // spelling variants and abbreviations are for unit names, which the registry's search reads.
      where.push(
        `(skm.search_key(s.title) LIKE $${params.push(containsPattern(foldText(search)))} OR s.service_unit_id = ANY($${params.push(units)}::uuid[]))`,
      );
    }
    const countParams = [...params];
    const countWhere = [...where];
    if (after) {
      const [sort, id] = decodeCursor(after);
      where.push(`(s.starts_on, s.id) < ($${params.push(String(sort))}::date, $${params.push(id)}::uuid)`);
    }
    const [page, count] = await Promise.all([
      rows<SurveyRow>(
        this.dataSource,
        `SELECT ${SURVEY_COLUMNS} FROM skm.surveys s WHERE ${where.join(' AND ')} ORDER BY s.starts_on DESC, s.id DESC LIMIT ${size + 1}`,
        params,
      ),
      rows<{ n: number }>(this.dataSource, `SELECT count(*)::int AS n FROM skm.surveys s WHERE ${countWhere.join(' AND ')}`, countParams),
    ]);
    const edges = page.slice(0, size).map((row) => ({ node: this.toModel(row), cursor: encodeCursor(row.startsOn, row.id) }));
    return {
      totalCount: count[0].n,
      edges,
      pageInfo: {
        hasNextPage: page.length > size,
        hasPreviousPage: Boolean(after),
        startCursor: edges[0]?.cursor ?? null,
        endCursor: edges.at(-1)?.cursor ?? null,
      },
    };
  }

  /**
   * Surveys of the same unit (unit-wide) or the same desk whose days overlap the given period, e.g. a
   * "Semester II" over two quarters already running: the setup form warns and names them, since
   * two overlapping periods answer for the same months and only one of them can head the trend.
   */
  async overlapping(
    target: { serviceUnitId?: string | null; deskId?: string | null; periodKind: SkmPeriodKind; year: number; number: number },
    caller: Caller,
  ): Promise<SkmSurvey[]> {
    const range = periodRange(target.periodKind, target.year, target.number);
    const deskId = optionalUuid(target.deskId, 'deskId');
    const unitId = optionalUuid(target.serviceUnitId, 'serviceUnitId');
    if (!deskId && !unitId) return [];
    const scope = readScope(caller, 4);
    const owner = deskId ? `s.desk_id = $1` : `s.service_unit_id = $1 AND s.desk_id IS NULL`;
    const found = await rows<SurveyRow>(
      this.dataSource,
      `SELECT ${SURVEY_COLUMNS} FROM skm.surveys s WHERE ${owner} AND s.starts_on <= $3::date AND s.ends_on >= $2::date AND ${scope.sql} ORDER BY s.starts_on, s.id LIMIT 20`,
      [deskId ?? unitId, range.startsOn, range.endsOn, ...scope.params],
    );
    return found.map((row) => this.toModel(row));
  }

  /** The public form by QR code or one-time token; shows no results and no respondent data. */
  async publicSurvey(code: string | null | undefined, token: string | null | undefined): Promise<SkmPublicSurvey> {
    let survey: SurveyRow | null = null;
    let tokenUsed: boolean | null = null;
    let tokenServiceId: string | null = null;
    if (token) {
      const found = await one<{ surveyId: string; usedAt: Date | null; serviceId: string | null }>(
        this.dataSource,
        `SELECT survey_id AS "surveyId", used_at AS "usedAt", service_id AS "serviceId" FROM skm.survey_tokens WHERE token = $1`,
        [token],
      );
      if (!found) throw notFound('This survey link is not valid.', 'Tautan survei ini tidak berlaku.', 'token');
      survey = await this.load(found.surveyId);
      tokenUsed = found.usedAt !== null;
      tokenServiceId = found.serviceId;
    } else if (code) {
      survey = (await this.byCodes([code]))[0] ?? null;
    }
    if (!survey) throw notFound('There is no such survey.', 'Survei tidak ditemukan.', token ? 'token' : 'code');
    const today = wibDate(this.clock.now());
    return {
      id: survey.id,
      title: survey.title,
      serviceUnitId: survey.serviceUnitId,
      deskId: survey.deskId,
      periodLabel: periodLabel(survey.periodKind, survey.periodYear, survey.periodNumber),
      periodKind: survey.periodKind,
      year: survey.periodYear,
      number: survey.periodNumber,
      startsOn: survey.startsOn,
      endsOn: survey.endsOn,
      open: survey.startsOn <= today && today <= survey.endsOn,
      elements: survey.elements,
      tokenUsed,
      tokenServiceId,
      profile: {
        ageBands: PROFILE_VALUES.AGE_BAND as SkmAgeBand[],
        sexes: PROFILE_VALUES.SEX as SkmSex[],
        educations: PROFILE_VALUES.EDUCATION as SkmEducation[],
        occupations: PROFILE_VALUES.OCCUPATION as SkmOccupation[],
      },
    };
  }
}
