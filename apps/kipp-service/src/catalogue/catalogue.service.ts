import { Inject, Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { Caller } from '@simpul/contracts';
import {
  badUserInput,
  forbidden,
  notFound,
  requireRole,
  requireSignedIn,
  validateFirst,
  type Connection,
  type SubgraphContext,
  one,
  rows,
  groupBy,
  requestLoader,
  offsetConnection,
  offsetPage,
  isUuid,
  keysetPage,
  mapConnection,
  emptyConnection,
  queryParts,
  searchWords,
  toTsQuery,
} from '@simpul/service-kit';
import { KippAccess } from '../access/kipp-access';
import { preparedRows } from '../common/prepared-rows';
import { CompetitionGroup } from '../competitions/group.enum';
import { ShortlistTier } from '../selection/shortlist.model';
import { browseSql, correctedQuerySql, INNOVATION_COLUMNS, prefixQuerySql, rankedSearchSql } from './ranked-search-sql';
import { SEARCH_CACHE, SearchCache } from './search-cache';
import { decodeSearchCursor, encodeSearchCursor } from './search-cursor';
import { Innovation, InnovationEntry, InnovationStatus, StatusCheck, type InnovationFilter } from './innovation.model';

interface InnovationRow {
  id: string;
  title: string;
  summary: string;
  service_unit_id: string | null;
  agency_id: string;
  agency_type: string;
  region_code: string;
  province_code: string;
  category: string;
  group_code: CompetitionGroup;
  first_year: number;
  latest_year: number;
  award: ShortlistTier;
  replicates_id: string | null;
  status: InnovationStatus | null;
  status_reason: string | null;
}

/** The rows of a page from a statement that always returns its total: an empty page is one row with NULL columns. */
function pageRows<T extends { id: string | null }>(found: T[]): (T & InnovationRow)[] {
  return found.filter((row) => row.id !== null) as (T & InnovationRow)[];
}

export const toInnovation = (row: InnovationRow): Innovation => ({
  id: row.id,
  title: row.title,
  summary: row.summary,
  category: row.category,
  group: row.group_code,
  agencyType: row.agency_type,
  firstYear: row.first_year,
  latestYear: row.latest_year,
  award: row.award,
  status: row.status,
  statusReason: row.status_reason,
  serviceUnitId: row.service_unit_id,
  agencyId: row.agency_id,
  regionCode: row.region_code,
  replicatesId: row.replicates_id,
});

@Injectable()
export class CatalogueService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly access: KippAccess,
    @Inject(SEARCH_CACHE) private readonly cache: SearchCache<Connection<Innovation>>,
  ) {}

  /** A public catalogue page, served from the short-lived search cache when it can be. */
  search(filter: InnovationFilter | null | undefined, first?: number | null, after?: string | null): Promise<Connection<Innovation>> {
    const key = JSON.stringify([
      filter?.search?.trim().toLowerCase() ?? null,
      filter?.year ?? null,
      filter?.category ?? null,
      filter?.regionCode ?? null,
      filter?.agencyType ?? null,
      filter?.award ?? null,
      first ?? null,
      after ?? null,
    ]);
    return this.cache.get(key, () => this.searchUncached(filter, first, after));
  }

  /**
   * Catalogue search. Every word must match as a word prefix in the `simple` text vector (title,
   * summary, category; accents folded), ranked by ts_rank and paged by keyset on (rank, year, id);
   * the page and its exact total come from one statement on the GIN index (ranked-search-sql.ts).
   * Only when that finds nothing (a typo, a misspelt place name) does one more statement correct the
   * words against the catalogue's word list by trigram similarity and search again.
   */
  async searchUncached(
    filter: InnovationFilter | null | undefined,
    first?: number | null,
    after?: string | null,
  ): Promise<Connection<Innovation>> {
    const params: unknown[] = [];
    const where: string[] = [];
    const param = (value: unknown) => {
      params.push(value);
      return `$${params.length}`;
    };
    if (filter?.year)
      where.push(`EXISTS (SELECT 1 FROM kipp.innovation_entries e WHERE e.innovation_id = i.id AND e.year = ${param(filter.year)})`);
    if (filter?.category) where.push(`i.category = ${param(filter.category)}`);
    if (filter?.agencyType) where.push(`i.agency_type = ${param(filter.agencyType)}`);
    if (filter?.award) where.push(`i.award = ${param(filter.award)}`);
    if (filter?.regionCode) {
      const code = param(filter.regionCode.trim());
      where.push(`(i.region_code = ${code} OR i.province_code = ${code})`);
    }
    const filters = where.length ? where.join(' AND ') : 'true';
    // Folded letters-and-digits runs only, so the tsquery is always well formed; at most 8 words.
    const words = searchWords(filter?.search ?? '').slice(0, 8);
    if (words.length === 0) {
      // Browsing stays by position on purpose: newest year first, then award (descending) and title,
      // with the count in the same prepared statement (catalogue/ranked-search-sql.ts, README
      // "Catalogue search"); the mixed directions are no single keyset direction.
      const page = offsetPage(first, after);
      const found = await rows<{ id: string | null; total: number }>(
        this.dataSource,
        browseSql({ filters, limit: page.limit + 1, offset: page.offset }),
        params,
      );
      return offsetConnection(pageRows(found).map(toInnovation), found[0]?.total ?? 0, page);
    }
    const limit = validateFirst(first);
    const cursor = decodeSearchCursor(after);
    const cursorParams = cursor ? { rank: param(cursor.rank), latestYear: param(cursor.latestYear), id: param(cursor.id) } : null;
    const ranked = async (tsquery: string, extra: unknown[]): Promise<Connection<Innovation>> => {
      const found = await preparedRows<{ id: string | null; total: number; rank_text: string }>(
        this.dataSource,
        rankedSearchSql({ tsquery, filters, cursor: cursorParams, limit: limit + 1 }),
        [...params, ...extra],
      );
      const nodes = pageRows(found);
      const edges = nodes.slice(0, limit).map((row) => ({
        cursor: encodeSearchCursor({ rank: row.rank_text, latestYear: row.latest_year, id: row.id }),
        node: toInnovation(row),
      }));
      return {
        totalCount: found[0]?.total ?? 0,
        edges,
        pageInfo: {
          hasNextPage: nodes.length > limit,
          hasPreviousPage: cursor !== null,
          startCursor: edges[0]?.cursor ?? null,
          endCursor: edges.at(-1)?.cursor ?? null,
        },
      };
    };
    const next = `$${params.length + 1}`;
    // Spelling variants and abbreviations from the shared synonym list ("antrian" finds "antrean",
    // "kalsel" Kalimantan Selatan), as the cross-module search and the portal's lists read them.
    const found = await ranked(prefixQuerySql(next), [toTsQuery(queryParts(words))]);
    // Nothing matched at all (a cursor cannot change that: the total counts every match): correct and rerun.
    if (found.totalCount > 0) return found;
    return ranked(correctedQuerySql(next), [words]);
  }

  loader(context: SubgraphContext) {
    return requestLoader(
      context,
      'kipp:innovation',
      async (ids) => {
        const found = await rows<InnovationRow>(
          this.dataSource,
          `SELECT ${INNOVATION_COLUMNS} FROM kipp.innovations i WHERE i.id = ANY($1::uuid[])`,
          [ids.filter(isUuid)],
        );
        return new Map(found.map((row) => [row.id, toInnovation(row)]));
      },
      null as Innovation | null,
    );
  }

  historyLoader(context: SubgraphContext) {
    return requestLoader(
      context,
      'kipp:innovation-history',
      async (ids) => {
        const found = await rows<{
          innovation_id: string;
          year: number;
          group_code: CompetitionGroup;
          award: ShortlistTier;
          proposal_id: string | null;
        }>(this.dataSource, `SELECT * FROM kipp.innovation_entries WHERE innovation_id = ANY($1::uuid[]) ORDER BY year`, [ids]);
        return new Map(
          [...groupBy(found, (row) => row.innovation_id)].map(([id, list]) => [
            id,
            list.map((row) => ({ year: row.year, group: row.group_code, award: row.award, proposalId: row.proposal_id })),
          ]),
        );
      },
      [] as InnovationEntry[],
    );
  }

  /** Innovations that replicate this one (page), or those of a unit. */
  async listBy(
    column: 'replicates_id' | 'service_unit_id',
    id: string,
    first?: number | null,
    after?: string | null,
  ): Promise<Connection<Innovation>> {
    const size = validateFirst(first);
    if (!isUuid(id)) return emptyConnection();
    const page = await keysetPage<InnovationRow>(this.dataSource, {
      columns: INNOVATION_COLUMNS,
      from: 'kipp.innovations i',
      where: `i.${column} = $1`,
      params: [id],
      // Newest year first, then by title: the year negated keeps one ascending direction.
      keys: [
        { sql: '-i.latest_year', type: 'int' },
        { sql: 'i.title', type: 'text' },
        { sql: 'i.id', type: 'uuid' },
      ],
      direction: 'ASC',
      first: size,
      after,
    });
    return mapConnection(page, toInnovation);
  }

  /** Asks every catalogued innovation for its status this year; idempotent. */
  async openStatusChecks(caller: Caller, year: number): Promise<number> {
    requireRole(caller, 'NATIONAL_ADMIN');
    if (!Number.isInteger(year) || year < 2014 || year > 2100) throw badUserInput('year', 'Give a valid year.', 'Isi tahun yang valid.');
    const created = await rows<{ innovation_id: string }>(
      this.dataSource,
      `INSERT INTO kipp.status_checks (innovation_id, year) SELECT id, $1 FROM kipp.innovations WHERE latest_year < $1 ON CONFLICT DO NOTHING RETURNING innovation_id`,
      [year],
    );
    return created.length;
  }

  /** The owner (the unit's desk or the agency's local admin) says whether the innovation still runs; STOPPED needs a reason. */
  async answerStatusCheck(
    context: SubgraphContext,
    innovationId: string,
    year: number,
    status: InnovationStatus,
    reasonText: string | null | undefined,
  ): Promise<StatusCheck> {
    const caller = context.caller;
    requireSignedIn(caller);
    const reason = reasonText?.trim() || null;
    if (status === InnovationStatus.STOPPED && (!reason || reason.length < 3))
      throw badUserInput('reason', 'Say why the innovation stopped.', 'Jelaskan mengapa inovasi berhenti.');
    return this.dataSource.transaction(async (manager) => {
      const innovation = isUuid(innovationId)
        ? await one<InnovationRow>(manager, `SELECT ${INNOVATION_COLUMNS} FROM kipp.innovations i WHERE i.id = $1 FOR UPDATE`, [
            innovationId,
          ])
        : null;
      if (!innovation) throw notFound('No such innovation.', 'Inovasi tidak ditemukan.', 'innovationId');
      const ownDesk = caller.role === 'UNIT_DESK' && caller.serviceUnitId === innovation.service_unit_id;
      if (!ownDesk && caller.role !== 'NATIONAL_ADMIN' && !(await this.access.localAdminAgencies(context)).includes(innovation.agency_id)) {
        throw forbidden(
          'Only the innovation’s unit or agency may answer its status check.',
          'Hanya unit atau instansi pemilik inovasi yang dapat menjawab pemeriksaan status.',
        );
      }
      const [check] = await rows<{
        innovation_id: string;
        year: number;
        asked_at: Date;
        answered_at: Date;
        status: InnovationStatus;
        reason: string | null;
      }>(
        manager,
        `UPDATE kipp.status_checks SET answered_at = now(), answered_by = $3, status = $4, reason = $5 WHERE innovation_id = $1 AND year = $2 RETURNING *`,
        [innovation.id, year, caller.userId, status, reason],
      );
      if (!check) throw notFound(`No status check was opened for ${year}.`, `Tidak ada pemeriksaan status untuk ${year}.`, 'year');
      await manager.query(`UPDATE kipp.innovations SET status = $2, status_reason = $3 WHERE id = $1`, [innovation.id, status, reason]);
      this.cache.clear();
      return {
        innovationId: check.innovation_id,
        year: check.year,
        askedAt: check.asked_at,
        answeredAt: check.answered_at,
        status: check.status,
        reason: check.reason,
        title: innovation.title,
      };
    });
  }

  /** The checks an owner has to answer: innovations of the desk's unit or of the local admin's agencies, unanswered first. */
  async myStatusChecks(
    context: SubgraphContext,
    year: number,
    first?: number | null,
    after?: string | null,
  ): Promise<Connection<StatusCheck>> {
    const caller = context.caller;
    requireSignedIn(caller);
    const size = validateFirst(first);
    const unitId = caller.role === 'UNIT_DESK' ? caller.serviceUnitId : null;
    const agencies = await this.access.localAdminAgencies(context);
    const page = await keysetPage<{
      innovation_id: string;
      year: number;
      asked_at: Date;
      answered_at: Date | null;
      status: InnovationStatus | null;
      reason: string | null;
      title: string;
    }>(this.dataSource, {
      columns: 'c.innovation_id, c.year, c.asked_at, c.answered_at, c.status, c.reason, i.title',
      from: 'kipp.status_checks c JOIN kipp.innovations i ON i.id = c.innovation_id',
      where: `c.year = $1 AND (i.service_unit_id = $2::uuid OR i.agency_id = ANY($3::uuid[]))`,
      params: [year, unitId, agencies],
      // Unanswered (0) first.
      keys: [
        { sql: '(c.answered_at IS NOT NULL)::int', type: 'int' },
        { sql: 'i.title', type: 'text' },
        { sql: 'c.innovation_id', type: 'uuid' },
      ],
      direction: 'ASC',
      first: size,
      after,
    });
    return mapConnection(page, (row) => ({
      innovationId: row.innovation_id,
      year: row.year,
      askedAt: row.asked_at,
      answeredAt: row.answered_at,
      status: row.status,
      reason: row.reason,
      title: row.title,
    }));
  }

  async unansweredStatusChecks(
    caller: Caller,
    year: number,
    first?: number | null,
    after?: string | null,
  ): Promise<Connection<StatusCheck>> {
    requireRole(caller, 'NATIONAL_ADMIN');
    const page = await keysetPage<{ innovation_id: string; year: number; asked_at: Date; title: string }>(this.dataSource, {
      columns: 'c.innovation_id, c.year, c.asked_at, i.title',
      from: 'kipp.status_checks c JOIN kipp.innovations i ON i.id = c.innovation_id',
      where: 'c.year = $1 AND c.answered_at IS NULL',
      params: [year],
      keys: [
        { sql: 'i.title', type: 'text' },
        { sql: 'c.innovation_id', type: 'uuid' },
      ],
      direction: 'ASC',
      first: validateFirst(first),
      after,
    });
    return mapConnection(page, (row) => ({
      innovationId: row.innovation_id,
      year: row.year,
      askedAt: row.asked_at,
      answeredAt: null,
      status: null,
      reason: null,
      title: row.title,
    }));
  }

  /** Every year with a published tier in the catalogue (a handful: one per competition year). */
  async awardYears(): Promise<number[]> {
    const found = await rows<{ year: number }>(this.dataSource, `SELECT DISTINCT year FROM kipp.innovation_entries ORDER BY year DESC`);
    return found.map((row) => row.year);
  }
}
