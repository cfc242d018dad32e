/**
 * What a search hit is. The registry holds one index of all of them; the other services feed theirs
 * (GET /internal/search-documents). The order is the order the portal shows the groups in.
 */
export const SEARCH_HIT_KINDS = [
  'SERVICE_UNIT',
  'SERVICE',
  'AGENCY',
  'MALL',
  'INNOVATION',
  'PUBLISHED_RESULT',
  'OMBUDSMAN_RESULT',
] as const;

export type SearchHitKindName = (typeof SEARCH_HIT_KINDS)[number];

export function isSearchHitKind(value: unknown): value is SearchHitKindName {
  return typeof value === 'string' && (SEARCH_HIT_KINDS as readonly string[]).includes(value);
}
