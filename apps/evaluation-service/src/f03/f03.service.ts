import { randomBytes, randomUUID } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { Identity } from '@simpul/contracts';
import {
  badUserInput,
  notFound,
  mapConnection,
  type Connection,
  one,
  rows,
  conflict,
  keysetPage,
  pageSize,
  type PageArgs,
} from '@simpul/service-kit';
import { CyclePhase } from '../cycles/cycle-phase.enum';
import { CycleService } from '../cycles/cycle.service';
import { isOpen, requirePhase } from '../cycles/phase-rules';
import { instrumentOf } from '../instruments/instrument-lookup';
import { LokusAccess } from '../access/lokus-access.service';
import type { LokusRow } from '../lokus/lokus.row';
import { LOKUS_COLUMNS } from '../lokus/lokus.row';
import type { PublicSurvey, SurveyLink, SurveyStatus } from './f03.model';

export const SURVEY_BASE_URL = Symbol('SURVEY_BASE_URL');
const ISSUE_PHASES = [CyclePhase.PREPARATION, CyclePhase.F01_FILLING, CyclePhase.F03_SURVEY];
const TOKEN = /^[A-Za-z0-9_-]{22}$/;

@Injectable()
export class F03Service {
  constructor(
    private readonly dataSource: DataSource,
    private readonly cycles: CycleService,
    private readonly access: LokusAccess,
    @Inject(SURVEY_BASE_URL) private readonly baseUrl: string,
  ) {}

  private link(row: Omit<SurveyLink, 'url'>): SurveyLink {
    return { ...row, url: `${this.baseUrl.replace(/\/$/, '')}/evaluasi/survei/${row.token}` };
  }

  /** One-time links (128 random bits each) the desk prints as QR codes or hands out. */
  async issue(lokusId: string, count: number, caller: Identity): Promise<SurveyLink[]> {
    const lokus = await this.access.forDesk(lokusId, caller);
    const cycle = await this.cycles.load(lokus.cycleId);
    requirePhase(cycle, ISSUE_PHASES, this.cycles.now(), { en: 'Issuing survey links', id: 'Penerbitan tautan survei' });
    if (!Number.isInteger(count) || count < 1 || count > 100)
      throw badUserInput('count', 'Issue 1 to 100 links at a time.', 'Terbitkan 1 sampai 100 tautan sekaligus.');
    const tokens = Array.from({ length: count }, () => randomBytes(16).toString('base64url'));
    const created = await rows<Omit<SurveyLink, 'url'>>(
      this.dataSource,
      `INSERT INTO evaluation.survey_tokens (token, lokus_id, created_at) SELECT token, $2, $3 FROM unnest($1::text[]) AS t(token)
       RETURNING token, lokus_id AS "lokusId", created_at AS "createdAt", used_at AS "usedAt"`,
      [tokens, lokus.id, this.cycles.now()],
    );
    return created.map((row) => this.link(row));
  }

  /** Issued links in the order they were issued (the print run). */
  async links(lokusId: string, caller: Identity, page: PageArgs): Promise<Connection<SurveyLink>> {
    const first = pageSize(page);
    const lokus = await this.access.forDesk(lokusId, caller);
    const found = await keysetPage<Omit<SurveyLink, 'url'>>(this.dataSource, {
      columns: `token, lokus_id AS "lokusId", created_at AS "createdAt", used_at AS "usedAt"`,
      from: 'evaluation.survey_tokens',
      where: 'lokus_id = $1',
      params: [lokus.id],
      keys: [
        { sql: 'created_at', type: 'timestamptz' },
        { sql: 'token', type: 'text' },
      ],
      direction: 'ASC',
      first,
      after: page.after,
    });
    return mapConnection(found, (row) => this.link(row));
  }

  private async byToken(token: string): Promise<{ lokus: LokusRow; usedAt: Date | null }> {
    const found = TOKEN.test(token)
      ? await one<LokusRow & { usedAt: Date | null }>(
          this.dataSource,
          `SELECT ${LOKUS_COLUMNS}, t.used_at AS "usedAt" FROM evaluation.survey_tokens t JOIN evaluation.lokus l ON l.id = t.lokus_id WHERE t.token = $1`,
          [token],
        )
      : null;
    if (!found) throw notFound('This survey link is not valid.', 'Tautan survei ini tidak berlaku.', 'token');
    const { usedAt, ...lokus } = found;
    return { lokus, usedAt };
  }

  async publicSurvey(token: string): Promise<PublicSurvey> {
    const { lokus, usedAt } = await this.byToken(token);
    const cycle = await this.cycles.load(lokus.cycleId);
    const survey = instrumentOf(lokus.instrumentId).userSurvey;
    const window = cycle.phases.find((phase) => phase.phase === CyclePhase.F03_SURVEY);
    const status = (await this.statusFor([lokus.id]))[0];
    return {
      unitName: lokus.unitName,
      year: cycle.year,
      title: survey.title,
      scaleMin: survey.scale.min,
      scaleMax: survey.scale.max,
      items: survey.items.map((item) => ({ code: item.code, text: item.text })),
      open: Boolean(window && isOpen(window, this.cycles.now()) && !cycle.finalisedAt && status.respondents < lokus.maxRespondents),
      used: usedAt !== null,
    };
  }

  /** Anonymous: nothing about the respondent is stored. A used link or a full quota is CONFLICT. */
  async submit(token: string, answers: (number | null)[]): Promise<boolean> {
    const { lokus } = await this.byToken(token);
    const cycle = await this.cycles.load(lokus.cycleId);
    requirePhase(cycle, [CyclePhase.F03_SURVEY], this.cycles.now(), { en: 'Answering the F-03 survey', id: 'Pengisian survei F-03' });
    const survey = instrumentOf(lokus.instrumentId).userSurvey;
    if (answers.length !== survey.items.length) {
      throw badUserInput(
        'answers',
        `Answer all ${survey.items.length} items (null for an item you skip).`,
        `Jawab ke-${survey.items.length} butir (null untuk butir yang dilewati).`,
      );
    }
    answers.forEach((answer, i) => {
      if (answer !== null && (!Number.isInteger(answer) || answer < survey.scale.min || answer > survey.scale.max)) {
        throw badUserInput(
          `answers.${i}`,
          `Item ${survey.items[i].code} takes ${survey.scale.min}–${survey.scale.max}, not ${answer}.`,
          `Butir ${survey.items[i].code} bernilai ${survey.scale.min}–${survey.scale.max}, bukan ${answer}.`,
        );
      }
    });
    if (answers.every((answer) => answer === null))
      throw badUserInput('answers', 'Answer at least one item.', 'Jawab sedikitnya satu butir.');
    await this.dataSource.transaction(async (manager) => {
      // The lokus row lock makes the quota check and the insert one step for concurrent respondents.
      await manager.query(`SELECT 1 FROM evaluation.lokus WHERE id = $1 FOR UPDATE`, [lokus.id]);
      const used = await rows(
        manager,
        `UPDATE evaluation.survey_tokens SET used_at = $2 WHERE token = $1 AND used_at IS NULL RETURNING token`,
        [token, this.cycles.now()],
      );
      if (!used.length)
        throw conflict(
          'This survey link has already been used; each link counts once.',
          'Tautan survei ini sudah dipakai; setiap tautan hanya dihitung sekali.',
          'token',
        );
      const count = await one<{ n: number }>(manager, `SELECT count(*)::int AS n FROM evaluation.survey_responses WHERE lokus_id = $1`, [
        lokus.id,
      ]);
      if ((count?.n ?? 0) >= lokus.maxRespondents) {
        throw conflict(
          `This unit already has the maximum of ${lokus.maxRespondents} respondents.`,
          `Unit ini sudah mencapai batas ${lokus.maxRespondents} responden.`,
          'token',
        );
      }
      await manager.query(
        `INSERT INTO evaluation.survey_responses (id, lokus_id, answers, submitted_at) VALUES ($1, $2, $3::smallint[], $4)`,
        [randomUUID(), lokus.id, answers, this.cycles.now()],
      );
    });
    return true;
  }

  async statusFor(lokusIds: readonly string[]): Promise<(SurveyStatus & { lokusId: string })[]> {
    const found = await rows<SurveyStatus & { lokusId: string }>(
      this.dataSource,
      `SELECT l.id AS "lokusId", l.min_respondents AS "minRespondents", l.max_respondents AS "maxRespondents",
         (SELECT count(*)::int FROM evaluation.survey_responses r WHERE r.lokus_id = l.id) AS respondents,
         (SELECT count(*)::int FROM evaluation.survey_tokens t WHERE t.lokus_id = l.id) AS "linksIssued",
         (SELECT count(*)::int FROM evaluation.survey_tokens t WHERE t.lokus_id = l.id AND t.used_at IS NOT NULL) AS "linksUsed"
       FROM evaluation.lokus l WHERE l.id = ANY($1::uuid[])`,
      [lokusIds],
    );
    return found.map((row) => ({ ...row, enough: row.respondents > 0 && row.respondents >= row.minRespondents }));
  }
}
