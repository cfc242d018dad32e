import { Controller, Get, Query, UseFilters } from '@nestjs/common';
import {
  Access,
  nextFeedCursor,
  one,
  rows,
  searchFeedQuery,
  SimpulHttpFilter,
  type SearchDocument,
  type SearchFeedPage,
} from '@simpul/service-kit';
import { ippCategory } from '@simpul/scoring';
import { DataSource } from 'typeorm';

/**
 * The current result of each lokus of a published cycle: one document per lokus (a corrected
 * result replaces it, same id). Results of cycles not yet published never leave the service.
 */
const RESULTS = `
  SELECT l.id, 'PUBLISHED_RESULT' AS kind,
    'IPP ' || c.year || ': ' || l.unit_name AS title,
    l.province_name AS subtitle, r.index::text AS ipp_index,
    concat_ws(' ', 'hasil pekppp indeks pelayanan publik', c.name, c.year, l.agency_name, l.province_name, l.unit_kind) AS body,
    '/evaluasi/units/' || l.service_unit_id AS url, l.province_code::text AS region_code, l.agency_id::text AS agency_id
  FROM evaluation.results r
  JOIN evaluation.lokus l ON l.id = r.lokus_id
  JOIN evaluation.cycles c ON c.id = r.cycle_id
  WHERE r.current AND c.published_at IS NOT NULL
    AND ($1::timestamptz IS NULL OR greatest(r.computed_at, c.published_at) >= $1) AND ($2::uuid IS NULL OR l.id > $2)`;

/**
 * The Ombudsman's compliance results (public, recorded as published). Read through to_jsonb so the
 * feed does not break on a column added or renamed in that table; left out while it does not exist.
 */
const OMBUDSMAN = `
  SELECT o.id, 'OMBUDSMAN_RESULT' AS kind,
    'Kepatuhan Ombudsman ' || (j->>'year') || ': ' || coalesce(j->>'agency_name', '') AS title,
    concat_ws(' · ', 'Zona ' || initcap(j->>'zone'), replace(j->>'score', '.', ','), j->>'opinion') AS subtitle, NULL AS ipp_index,
    concat_ws(' ', 'ombudsman kepatuhan opini zona', j->>'zone', j->>'year', j->>'agency_name') AS body,
    '/evaluasi/ombudsman/instansi/' || (j->>'agency_id') AS url, j->>'region_code' AS region_code, j->>'agency_id' AS agency_id
  FROM evaluation.ombudsman_results o, LATERAL (SELECT to_jsonb(o) AS j) x
  WHERE ($1::timestamptz IS NULL OR coalesce((j->>'recorded_at')::timestamptz, 'infinity') >= $1) AND ($2::uuid IS NULL OR o.id > $2)`;

interface FeedRow {
  id: string;
  kind: 'PUBLISHED_RESULT' | 'OMBUDSMAN_RESULT';
  title: string;
  subtitle: string | null;
  body: string;
  url: string;
  region_code: string | null;
  agency_id: string | null;
  ipp_index: string | null;
}

/** "IPP 4,02 · A- · Kalimantan Selatan": the index as published, its category from @simpul/scoring. */
function resultSubtitle(row: FeedRow): string | null {
  if (row.ipp_index === null) return row.subtitle;
  const index = Number(row.ipp_index);
  return [`IPP ${index.toFixed(2).replace('.', ',')}`, ippCategory(index).code, row.subtitle].filter(Boolean).join(' · ');
}

/** GET /internal/search-documents: published PEKPPP results and Ombudsman results, in one id order. */
@UseFilters(SimpulHttpFilter)
@Controller('internal')
export class EvaluationSearchFeedController {
  constructor(private readonly db: DataSource) {}

  @Access('public')
  @Get('search-documents')
  async page(@Query() query: Record<string, unknown>): Promise<SearchFeedPage> {
    const { since, after, limit } = searchFeedQuery(query);
    const ombudsman = await one<{ present: boolean }>(this.db, `SELECT to_regclass('evaluation.ombudsman_results') IS NOT NULL AS present`);
    const parts = ombudsman?.present ? `${RESULTS} UNION ALL ${OMBUDSMAN}` : RESULTS;
    const found = await rows<FeedRow>(this.db, `SELECT * FROM (${parts}) AS feed ORDER BY id LIMIT $3`, [since, after, limit]);
    const documents: SearchDocument[] = found.map((row) => ({
      kind: row.kind,
      sourceId: row.id,
      title: row.title,
      subtitle: resultSubtitle(row),
      body: row.body,
      url: row.url,
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
