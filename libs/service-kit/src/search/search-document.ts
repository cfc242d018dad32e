import type { SearchHitKindName } from './search-kind';

/** The path beside each service's /graphql where it answers its public search documents. */
export const SEARCH_FEED_PATH = '/internal/search-documents';
/** Largest page a feed answers; the registry asks for this many. */
export const SEARCH_FEED_MAX_LIMIT = 1000;

/**
 * One public thing a person may search for, as a service gives it to the registry's index. Only
 * public rows are ever documents (published innovations, results of published cycles, active malls).
 */
export interface SearchDocument {
  kind: SearchHitKindName;
  /** The row's id in the owning service (unique per kind). */
  sourceId: string;
  title: string;
  /** One line under the title: the agency, region, year. */
  subtitle: string | null;
  /** More words to find it by (category, summary, region names); not shown. */
  body: string;
  /** Portal path of the page that shows it, e.g. `/kipp/inovasi/<id>`. */
  url: string;
  /** Region code (province or regency) when the thing belongs to one. */
  regionCode: string | null;
  /** The agency it belongs to: the registry adds the agency's and its region's names to what is searched. */
  agencyId: string | null;
}

/** A page of a feed: documents in id order and the cursor of the next page (null on the last). */
export interface SearchFeedPage {
  documents: SearchDocument[];
  next: string | null;
}
