import { randomBytes } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { Caller } from '@simpul/contracts';
import { badUserInput, decodeCursor, encodeCursor, validateFirst, type Connection, rows } from '@simpul/service-kit';
import { canManage, requireCan } from '../access/skm-access';
import type { SkmLink, SkmLinkUsage } from './link.model';
import { SurveyService } from './survey.service';

/** A one-time link's token: 128 random bits (also minted for a queue ticket's invitation). */
export function newLinkToken(): string {
  return randomBytes(16).toString('base64url');
}

/** Where a one-time link's token is answered. */
export function linkUrl(surveys: Pick<SurveyService, 'url'>, token: string): string {
  return surveys.url(`/skm/t/${token}`);
}

/** One-time links: 128 random bits each; spending one is a conditional update at submission. */
@Injectable()
export class LinkService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly surveys: SurveyService,
  ) {}

  private withUrl(row: Omit<SkmLink, 'url'>): SkmLink {
    return { ...row, url: linkUrl(this.surveys, row.token) };
  }

  async issue(surveyId: string, count: number, caller: Caller): Promise<SkmLink[]> {
    const survey = await this.surveys.load(surveyId);
    requireCan(canManage, survey, caller);
    if (!Number.isInteger(count) || count < 1 || count > 100)
      throw badUserInput('count', 'Issue 1 to 100 links at a time.', 'Terbitkan 1 sampai 100 tautan sekaligus.');
    const tokens = Array.from({ length: count }, newLinkToken);
    const created = await rows<Omit<SkmLink, 'url'>>(
      this.dataSource,
      `INSERT INTO skm.survey_tokens (token, survey_id, created_at) SELECT token, $2, $3 FROM unnest($1::text[]) AS t(token)
       RETURNING token, created_at AS "createdAt", used_at AS "usedAt"`,
      [tokens, survey.id, this.surveys.now()],
    );
    return created.map((row) => this.withUrl(row));
  }

  async list(
    surveyId: string,
    first: number | null | undefined,
    after: string | null | undefined,
    caller: Caller,
  ): Promise<Connection<SkmLink>> {
    const survey = await this.surveys.load(surveyId);
    requireCan(canManage, survey, caller);
    const size = validateFirst(first);
    const params: unknown[] = [survey.id];
    let keyset = '';
    if (after) {
      const [sort, token] = decodeCursor(after);
      keyset = ` AND (created_at, token) > ($${params.push(new Date(String(sort)))}, $${params.push(token)})`;
    }
    const [page, count] = await Promise.all([
      rows<Omit<SkmLink, 'url'>>(
        this.dataSource,
        `SELECT token, created_at AS "createdAt", used_at AS "usedAt" FROM skm.survey_tokens WHERE survey_id = $1${keyset} ORDER BY created_at, token LIMIT ${size + 1}`,
        params,
      ),
      rows<{ n: number }>(this.dataSource, `SELECT count(*)::int AS n FROM skm.survey_tokens WHERE survey_id = $1`, [survey.id]),
    ]);
    const edges = page
      .slice(0, size)
      .map((row) => ({ node: this.withUrl(row), cursor: encodeCursor(new Date(row.createdAt).toISOString(), row.token) }));
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

  /** Counts over every link of the survey (the list is paged; its first page cannot say how many were used). */
  async usage(surveyId: string, caller: Caller): Promise<SkmLinkUsage> {
    const survey = await this.surveys.load(surveyId);
    requireCan(canManage, survey, caller);
    const found = await rows<SkmLinkUsage>(
      this.dataSource,
      `SELECT count(*)::int AS issued, count(used_at)::int AS used FROM skm.survey_tokens WHERE survey_id = $1`,
      [survey.id],
    );
    return found[0];
  }
}
