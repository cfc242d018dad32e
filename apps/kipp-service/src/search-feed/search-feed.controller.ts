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

/**
 * The catalogue is what KIPP publishes (Top 99 and Top 45 winners); proposals, drafts and scores
 * never leave the service. Innovations have no updated_at: `since` finds the newly published ones,
 * and the registry's hourly full read picks up a changed title or a withdrawn winner.
 */
const FEED_SQL = `
  SELECT i.id, i.title,
    concat_ws(' ', i.summary, i.category, 'inovasi kipp', CASE i.award WHEN 'TOP45' THEN 'top 45' ELSE 'top 99' END, i.first_year, i.latest_year) AS body,
    i.region_code, i.agency_id
  FROM kipp.innovations i
  WHERE ($1::timestamptz IS NULL OR i.created_at >= $1) AND ($2::uuid IS NULL OR i.id > $2)
  ORDER BY i.id
  LIMIT $3`;

/** GET /internal/search-documents: the published innovations for the registry's search index. */
@UseFilters(SimpulHttpFilter)
@Controller('internal')
export class KippSearchFeedController {
  constructor(private readonly db: DataSource) {}

  @Access('public')
  @Get('search-documents')
  async page(@Query() query: Record<string, unknown>): Promise<SearchFeedPage> {
    const { since, after, limit } = searchFeedQuery(query);
    const found = await rows<{ id: string; title: string; body: string; region_code: string; agency_id: string }>(this.db, FEED_SQL, [
      since,
      after,
      limit,
    ]);
    const documents: SearchDocument[] = found.map((row) => ({
      kind: 'INNOVATION',
      sourceId: row.id,
      title: row.title,
      subtitle: null,
      body: row.body,
      url: `/kipp/inovasi/${row.id}`,
      regionCode: row.region_code,
      agencyId: row.agency_id,
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
