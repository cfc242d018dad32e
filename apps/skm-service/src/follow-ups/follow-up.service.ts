import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { Caller } from '@simpul/contracts';
import {
  badUserInput,
  decodeCursor,
  encodeCursor,
  notFound,
  validateFirst,
  type Connection,
  one,
  rows,
  requireText,
  requireUuid,
} from '@simpul/service-kit';
import { canManage, requireCan } from '../access/skm-access';
import { SurveyService } from '../surveys/survey.service';
import type { SurveyRow } from '../surveys/survey.row';
import { SkmFollowUpStatus, type CreateSkmFollowUpInput, type SkmFollowUp, type UpdateSkmFollowUpInput } from './follow-up.model';

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
const COLUMNS = `f.id, f.survey_id AS "surveyId", f.element_code AS "elementCode", f.action, f.owner, f.due_on AS "dueOn", f.status, f.outcome, f.updated_at AS "updatedAt"`;

type Row = Omit<SkmFollowUp, 'elementName'>;

function date(value: string, field: string): string {
  const parsed = new Date(`${value}T00:00:00Z`);
  if (!ISO_DATE.test(value) || Number.isNaN(parsed.getTime()) || parsed.toISOString().slice(0, 10) !== value) {
    throw badUserInput(field, `${field} must be a date written YYYY-MM-DD.`, `${field} harus berupa tanggal dengan format YYYY-MM-DD.`);
  }
  return value;
}

const followUpAction = (value: string) =>
  requireText(value, 'action', 'Say what will be done.', 'Tuliskan tindakan yang akan dilakukan.', { maxLength: 2000 });
const followUpOwner = (value: string) =>
  requireText(value, 'owner', 'Name who is responsible.', 'Sebutkan penanggung jawabnya.', { maxLength: 300 });

@Injectable()
export class FollowUpService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly surveys: SurveyService,
  ) {}

  private named(row: Row, survey: SurveyRow): SkmFollowUp {
    return { ...row, elementName: survey.elements.find((e) => e.code === row.elementCode)?.name ?? row.elementCode };
  }

  async create(input: CreateSkmFollowUpInput, caller: Caller): Promise<SkmFollowUp> {
    const survey = await this.surveys.load(input.surveyId);
    requireCan(canManage, survey, caller);
    const code = input.elementCode.trim().toUpperCase();
    if (!survey.elements.some((e) => e.code === code))
      throw badUserInput('elementCode', `The survey has no element ${code}.`, `Survei tidak memiliki unsur ${code}.`);
    const id = randomUUID();
    await this.dataSource.query(
      `INSERT INTO skm.follow_ups (id, survey_id, element_code, action, owner, due_on, status) VALUES ($1, $2, $3, $4, $5, $6, $7)`,
      [
        id,
        survey.id,
        code,
        followUpAction(input.action),
        followUpOwner(input.owner),
        date(input.dueOn, 'dueOn'),
        input.status ?? SkmFollowUpStatus.PLANNED,
      ],
    );
    return this.get(id, survey);
  }

  private async get(id: string, survey: SurveyRow): Promise<SkmFollowUp> {
    const row = await one<Row>(this.dataSource, `SELECT ${COLUMNS} FROM skm.follow_ups f WHERE f.id = $1`, [id]);
    if (!row) throw notFound('There is no such follow-up plan.', 'Rencana tindak lanjut tidak ditemukan.', 'id');
    return this.named(row, survey);
  }

  async update(input: UpdateSkmFollowUpInput, caller: Caller): Promise<SkmFollowUp> {
    const current = await one<Row>(this.dataSource, `SELECT ${COLUMNS} FROM skm.follow_ups f WHERE f.id = $1`, [
      requireUuid(input.id, 'id'),
    ]);
    if (!current) throw notFound('There is no such follow-up plan.', 'Rencana tindak lanjut tidak ditemukan.', 'id');
    const survey = await this.surveys.load(current.surveyId);
    requireCan(canManage, survey, caller);
    await this.dataSource.query(
      `UPDATE skm.follow_ups SET status = $2, outcome = $3, due_on = $4, owner = $5, action = $6, updated_at = now() WHERE id = $1`,
      [
        current.id,
        input.status ?? current.status,
        input.outcome === undefined ? current.outcome : input.outcome?.trim() || null,
        input.dueOn ? date(input.dueOn, 'dueOn') : current.dueOn,
        input.owner ? followUpOwner(input.owner) : current.owner,
        input.action ? followUpAction(input.action) : current.action,
      ],
    );
    return this.get(current.id, survey);
  }

  /** Follow-ups of some surveys (a survey's, or a unit's published ones), by due date. */
  async page(
    surveys: readonly SurveyRow[],
    first: number | null | undefined,
    after: string | null | undefined,
  ): Promise<Connection<SkmFollowUp>> {
    const size = validateFirst(first);
    const ids = surveys.map((s) => s.id);
    const params: unknown[] = [ids];
    let keyset = '';
    if (after) {
      const [sort, id] = decodeCursor(after);
      keyset = ` AND (f.due_on, f.id) > ($${params.push(String(sort))}::date, $${params.push(id)}::uuid)`;
    }
    const [page, count] = await Promise.all([
      rows<Row>(
        this.dataSource,
        `SELECT ${COLUMNS} FROM skm.follow_ups f WHERE f.survey_id = ANY($1::uuid[])${keyset} ORDER BY f.due_on, f.id LIMIT ${size + 1}`,
        params,
      ),
      rows<{ n: number }>(this.dataSource, `SELECT count(*)::int AS n FROM skm.follow_ups f WHERE f.survey_id = ANY($1::uuid[])`, [ids]),
    ]);
    const bySurvey = new Map(surveys.map((s) => [s.id, s]));
    const edges = page
      .slice(0, size)
      .map((row) => ({ node: this.named(row, bySurvey.get(row.surveyId) as SurveyRow), cursor: encodeCursor(row.dueOn, row.id) }));
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
}
