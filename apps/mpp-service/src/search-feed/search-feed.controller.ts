import { Controller, Get, Query, UseFilters } from '@nestjs/common';
import {
  Access,
  nextFeedCursor,
  rows,
  searchFeedQuery,
  SimpulHttpFilter,
  type SearchDocument,
  type SearchFeedPage,
} from '@simpul/service-kit';
import { DataSource } from 'typeorm';

/** Only active malls are searched: a proposed, suspended or closed one is not a place to go to. */
const FEED_SQL = `
  SELECT m.id, m.name, concat_ws(' ', 'mal pelayanan publik mpp', m.address) AS body, m.regency_code
  FROM mpp.malls m
  WHERE m.status = 'ACTIVE' AND ($1::timestamptz IS NULL OR m.updated_at >= $1) AND ($2::uuid IS NULL OR m.id > $2)
  ORDER BY m.id
  LIMIT $3`;

/** GET /internal/search-documents: the active malls for the registry's search index. */
@UseFilters(SimpulHttpFilter)
@Controller('internal')
export class MppSearchFeedController {
  constructor(private readonly db: DataSource) {}

  @Access('public')
  @Get('search-documents')
  async page(@Query() query: Record<string, unknown>): Promise<SearchFeedPage> {
    const { since, after, limit } = searchFeedQuery(query);
    const found = await rows<{ id: string; name: string; body: string; regency_code: string }>(this.db, FEED_SQL, [since, after, limit]);
    const documents: SearchDocument[] = found.map((row) => ({
      kind: 'MALL',
      sourceId: row.id,
      title: row.name,
      subtitle: null,
      body: row.body,
      url: `/mpp/malls/${row.id}`,
      regionCode: row.regency_code,
      agencyId: null,
    }));
    return {
      documents,
      next: nextFeedCursor(
        found.map((row) => row.id),
        limit,
      ),
    };
  }
}
