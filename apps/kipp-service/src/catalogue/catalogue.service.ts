import { Inject, Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { Caller } from '@simpul/contracts';
import { badUserInput, forbidden, notFound, requireRole, requireSignedIn, type Connection, type SubgraphContext } from '@simpul/service-kit';
import { KippAccess } from '../access/kipp-access';
import { groupBy, requestLoader } from '../common/loaders';
import { offsetConnection, offsetPage } from '../common/page';
import { one, rows } from '../common/sql';
import { isUuid } from '../common/uuid';
import { CompetitionGroup } from '../competitions/group.enum';
import { ShortlistTier } from '../selection/shortlist.model';
import { SEARCH_CACHE, SearchCache } from './search-cache';
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

const COLUMNS = `i.id, i.title, i.summary, i.service_unit_id, i.agency_id, i.agency_type, i.region_code, i.province_code, i.category, i.group_code,
  i.first_year, i.latest_year, i.award, i.replicates_id, i.status, i.status_reason`;

export const toInnovation = (row: InnovationRow): Innovation => ({
  id: row.id, title: row.title, summary: row.summary, category: row.category, group: row.group_code, agencyType: row.agency_type, firstYear: row.first_year,
  latestYear: row.latest_year, award: row.award, status: row.status, statusReason: row.status_reason, serviceUnitId: row.service_unit_id, agencyId: row.agency_id,
  regionCode: row.region_code, replicatesId: row.replicates_id,
});

/** Words of a search, accent-folding left to SQL; anything but letters and digits is a separator, so the tsquery is always well formed. */
export function searchWords(search: string | null | undefined): string[] {
  return (search ?? '').normalize('NFKC').split(/[^\p{L}\p{N}]+/u).filter((word) => word.length > 0).slice(0, 8);
}

@Injectable()
export class CatalogueService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly access: KippAccess,
    @Inject(SEARCH_CACHE) private readonly cache: SearchCache<Connection<Innovation>>,
  ) {}

  /** A public catalogue page, served from the short-lived search cache when it can be. */
  search(filter: InnovationFilter | null | undefined, first?: number | null, after?: string | null): Promise<Connection<Innovation>> {
    const key = JSON.stringify([filter?.search?.trim().toLowerCase() ?? null, filter?.year ?? null, filter?.category ?? null, filter?.regionCode ?? null,
      filter?.agencyType ?? null, filter?.award ?? null, first ?? null, after ?? null]);
    return this.cache.get(key, () => this.searchUncached(filter, first, after));
  }

  /**
   * Catalogue search. Every word must match as a word prefix in the `simple` text vector (title,
   * summary, category; accents folded), ranked by ts_rank; the page and its total come from one
   * statement on the GIN index. Only when that finds nothing (a typo, a misspelt place name) are the
   * words corrected against the catalogue's word list by trigram similarity and the search rerun.
   */
  async searchUncached(filter: InnovationFilter | null | undefined, first?: number | null, after?: string | null): Promise<Connection<Innovation>> {
    const page = offsetPage(first, after);
    const params: unknown[] = [];
    const where: string[] = [];
    const param = (value: unknown) => {
      params.push(value);
      return `$${params.length}`;
    };
    if (filter?.year) where.push(`EXISTS (SELECT 1 FROM kipp.innovation_entries e WHERE e.innovation_id = i.id AND e.year = ${param(filter.year)})`);
    if (filter?.category) where.push(`i.category = ${param(filter.category)}`);
    if (filter?.agencyType) where.push(`i.agency_type = ${param(filter.agencyType)}`);
    if (filter?.award) where.push(`i.award = ${param(filter.award)}`);
    if (filter?.regionCode) {
      const code = param(filter.regionCode.trim());
      where.push(`(i.region_code = ${code} OR i.province_code = ${code})`);
    }
    const words = searchWords(filter?.search);
    const run = async (condition: string, order: string, extra: unknown[]): Promise<Connection<Innovation>> => {
      const all = [...params, ...extra];
      const found = await rows<InnovationRow & { total: number }>(this.dataSource,
        `SELECT ${COLUMNS}, count(*) OVER ()::int AS total FROM kipp.innovations i WHERE ${condition} ORDER BY ${order} LIMIT ${page.limit + 1} OFFSET ${page.offset}`, all);
      // Past the last row the window count is not there; ask for it separately.
      const total = found[0]?.total ?? (page.offset > 0 ? ((await one<{ n: number }>(this.dataSource, `SELECT count(*)::int AS n FROM kipp.innovations i WHERE ${condition}`, all))?.n ?? 0) : 0);
      return offsetConnection(found.map(toInnovation), total, page);
    };
    const filters = where.length ? where.join(' AND ') : 'true';
    if (words.length === 0) return run(filters, `i.latest_year DESC, i.award DESC, i.title, i.id`, []);
    const next = params.length + 1;
    const fullText = (terms: string[]) => run(`${filters} AND i.search_vector @@ to_tsquery('simple', kipp.fold($${next}))`,
      `ts_rank(i.search_vector, to_tsquery('simple', kipp.fold($${next}))) DESC, i.latest_year DESC, i.id`, [terms.map((word) => `${word}:*`).join(' & ')]);
    const found = await fullText(words);
    if (found.totalCount > 0 || page.offset > 0) return found;
    const corrected = await this.correct(words);
    return corrected.join(' ') === words.join(' ').toLowerCase() ? found : fullText(corrected);
  }

  /**
   * Replaces each word that is not a prefix of any catalogue word by the most similar catalogue word
   * (pg_trgm similarity over `kipp.search_lexicon`), so "perizinn" finds "perizinan". One statement.
   */
  private async correct(words: string[]): Promise<string[]> {
    // Words hold only letters and digits (searchWords), so they need no LIKE escaping.
    const found = await rows<{ word: string }>(this.dataSource,
      `SELECT CASE WHEN EXISTS (SELECT 1 FROM kipp.search_lexicon l WHERE l.word LIKE f.folded || '%') THEN f.folded
                   ELSE coalesce((SELECT l.word FROM kipp.search_lexicon l WHERE l.word % f.folded ORDER BY similarity(l.word, f.folded) DESC, l.word LIMIT 1), f.folded) END AS word
       FROM unnest($1::text[]) WITH ORDINALITY AS u(raw, position), LATERAL (SELECT kipp.fold(u.raw) AS folded) f ORDER BY u.position`, [words]);
    return found.map((row) => row.word);
  }

  loader(context: SubgraphContext) {
    return requestLoader(context, 'kipp:innovation', async (ids) => {
      const found = await rows<InnovationRow>(this.dataSource, `SELECT ${COLUMNS} FROM kipp.innovations i WHERE i.id = ANY($1::uuid[])`, [ids.filter(isUuid)]);
      return new Map(found.map((row) => [row.id, toInnovation(row)]));
    }, null as Innovation | null);
  }

  historyLoader(context: SubgraphContext) {
    return requestLoader(context, 'kipp:innovation-history', async (ids) => {
      const found = await rows<{ innovation_id: string; year: number; group_code: CompetitionGroup; award: ShortlistTier; proposal_id: string | null }>(this.dataSource,
        `SELECT * FROM kipp.innovation_entries WHERE innovation_id = ANY($1::uuid[]) ORDER BY year`, [ids]);
      return new Map([...groupBy(found, (row) => row.innovation_id)].map(([id, list]) => [id, list.map((row) => ({ year: row.year, group: row.group_code, award: row.award, proposalId: row.proposal_id }))]));
    }, [] as InnovationEntry[]);
  }

  /** Innovations that replicate this one (page), or those of a unit. */
  async listBy(column: 'replicates_id' | 'service_unit_id', id: string, first?: number | null, after?: string | null): Promise<Connection<Innovation>> {
    const page = offsetPage(first, after);
    if (!isUuid(id)) return offsetConnection([], 0, page);
    const [found, count] = await Promise.all([
      rows<InnovationRow>(this.dataSource, `SELECT ${COLUMNS} FROM kipp.innovations i WHERE i.${column} = $1 ORDER BY i.latest_year DESC, i.title, i.id LIMIT $2 OFFSET $3`, [id, page.limit + 1, page.offset]),
      one<{ n: number }>(this.dataSource, `SELECT count(*)::int AS n FROM kipp.innovations i WHERE i.${column} = $1`, [id]),
    ]);
    return offsetConnection(found.map(toInnovation), count?.n ?? 0, page);
  }

  /** Asks every catalogued innovation for its status this year; idempotent. */
  async openStatusChecks(caller: Caller, year: number): Promise<number> {
    requireRole(caller, 'NATIONAL_ADMIN');
    if (!Number.isInteger(year) || year < 2014 || year > 2100) throw badUserInput('year', 'Give a valid year.', 'Isi tahun yang valid.');
    const created = await rows<{ innovation_id: string }>(this.dataSource,
      `INSERT INTO kipp.status_checks (innovation_id, year) SELECT id, $1 FROM kipp.innovations WHERE latest_year < $1 ON CONFLICT DO NOTHING RETURNING innovation_id`, [year]);
    return created.length;
  }

  /** The owner (the unit's desk or the agency's local admin) says whether the innovation still runs; STOPPED needs a reason. */
  async answerStatusCheck(context: SubgraphContext, innovationId: string, year: number, status: InnovationStatus, reasonText: string | null | undefined): Promise<StatusCheck> {
    const caller = context.caller;
    requireSignedIn(caller);
    const reason = reasonText?.trim() || null;
    if (status === InnovationStatus.STOPPED && (!reason || reason.length < 3)) throw badUserInput('reason', 'Say why the innovation stopped.', 'Jelaskan mengapa inovasi berhenti.');
    return this.dataSource.transaction(async (manager) => {
      const innovation = isUuid(innovationId) ? await one<InnovationRow>(manager, `SELECT ${COLUMNS} FROM kipp.innovations i WHERE i.id = $1 FOR UPDATE`, [innovationId]) : null;
      if (!innovation) throw notFound('No such innovation.', 'Inovasi tidak ditemukan.', 'innovationId');
      const ownDesk = caller.role === 'UNIT_DESK' && caller.serviceUnitId === innovation.service_unit_id;
      if (!ownDesk && caller.role !== 'NATIONAL_ADMIN' && !(await this.access.localAdminAgencies(context)).includes(innovation.agency_id)) {
        throw forbidden('Only the innovation’s unit or agency may answer its status check.', 'Hanya unit atau instansi pemilik inovasi yang dapat menjawab pemeriksaan status.');
      }
      const [check] = await rows<{ innovation_id: string; year: number; asked_at: Date; answered_at: Date; status: InnovationStatus; reason: string | null }>(manager,
        `UPDATE kipp.status_checks SET answered_at = now(), answered_by = $3, status = $4, reason = $5 WHERE innovation_id = $1 AND year = $2 RETURNING *`,
        [innovation.id, year, caller.userId, status, reason]);
      if (!check) throw notFound(`No status check was opened for ${year}.`, `Tidak ada pemeriksaan status untuk ${year}.`, 'year');
      await manager.query(`UPDATE kipp.innovations SET status = $2, status_reason = $3 WHERE id = $1`, [innovation.id, status, reason]);
      this.cache.clear();
      return { innovationId: check.innovation_id, year: check.year, askedAt: check.asked_at, answeredAt: check.answered_at, status: check.status, reason: check.reason, title: innovation.title };
    });
  }

  /** The checks an owner has to answer: innovations of the desk's unit or of the local admin's agencies, unanswered first. */
  async myStatusChecks(context: SubgraphContext, year: number, first?: number | null, after?: string | null): Promise<Connection<StatusCheck>> {
    const caller = context.caller;
    requireSignedIn(caller);
    const page = offsetPage(first, after);
    const unitId = caller.role === 'UNIT_DESK' ? caller.serviceUnitId : null;
    const agencies = await this.access.localAdminAgencies(context);
    const params = [year, unitId, agencies];
    const condition = `c.year = $1 AND (i.service_unit_id = $2::uuid OR i.agency_id = ANY($3::uuid[]))`;
    const [found, count] = await Promise.all([
      rows<{ innovation_id: string; year: number; asked_at: Date; answered_at: Date | null; status: InnovationStatus | null; reason: string | null; title: string }>(this.dataSource,
        `SELECT c.innovation_id, c.year, c.asked_at, c.answered_at, c.status, c.reason, i.title FROM kipp.status_checks c JOIN kipp.innovations i ON i.id = c.innovation_id
         WHERE ${condition} ORDER BY c.answered_at IS NOT NULL, i.title, c.innovation_id LIMIT ${page.limit + 1} OFFSET ${page.offset}`, params),
      one<{ n: number }>(this.dataSource, `SELECT count(*)::int AS n FROM kipp.status_checks c JOIN kipp.innovations i ON i.id = c.innovation_id WHERE ${condition}`, params),
    ]);
    return offsetConnection(found.map((row) => ({ innovationId: row.innovation_id, year: row.year, askedAt: row.asked_at, answeredAt: row.answered_at, status: row.status, reason: row.reason, title: row.title })), count?.n ?? 0, page);
  }

  async unansweredStatusChecks(caller: Caller, year: number, first?: number | null, after?: string | null): Promise<Connection<StatusCheck>> {
    requireRole(caller, 'NATIONAL_ADMIN');
    const page = offsetPage(first, after);
    const [found, count] = await Promise.all([
      rows<{ innovation_id: string; year: number; asked_at: Date; title: string }>(this.dataSource,
        `SELECT c.innovation_id, c.year, c.asked_at, i.title FROM kipp.status_checks c JOIN kipp.innovations i ON i.id = c.innovation_id
         WHERE c.year = $1 AND c.answered_at IS NULL ORDER BY i.title, c.innovation_id LIMIT $2 OFFSET $3`, [year, page.limit + 1, page.offset]),
      one<{ n: number }>(this.dataSource, `SELECT count(*)::int AS n FROM kipp.status_checks WHERE year = $1 AND answered_at IS NULL`, [year]),
    ]);
    return offsetConnection(found.map((row) => ({ innovationId: row.innovation_id, year: row.year, askedAt: row.asked_at, answeredAt: null, status: null, reason: null, title: row.title })), count?.n ?? 0, page);
  }
}
