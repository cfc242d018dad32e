import { queryParts, SEARCH_MAX_WORDS, searchWords, type SynonymGroup } from './search-text';

/**
 * A list's search box (units, agencies, users, malls, lokus) read as people type it: case and
 * accents do not matter, and a word or phrase of a synonym group (synonyms.json: "antrian" and
 * "antrean", "kalsel" and "Kalimantan Selatan", "bjm" and "Banjarmasin") finds any term of its group,
 * as the cross-module search does. Each part of the text becomes the LIKE patterns any of which the
 * folded column must match; every part must match. Empty text, or text with no letter or digit, is no
 * filter (a list shows everything), not an error. Patterns hold only letters, digits and `%`.
 */
export function listSearchPatterns(text: string | null | undefined, groups?: readonly SynonymGroup[]): string[][] {
  const words = searchWords(text ?? '').slice(0, SEARCH_MAX_WORDS);
  return queryParts(words, groups).map((part) =>
    (part.alternatives ?? [[part.typed]]).filter((term) => term.length > 0).map((term) => `%${term.join('%')}%`),
  );
}

/**
 * The SQL condition for listSearchPatterns over `foldedColumn` — an expression already lower-cased and
 * unaccented in SQL (registry.search_key(name), lower(public.unaccent(name))) — with each pattern
 * passed through `parameter`, which returns its placeholder ($3, :search0). Null when there is nothing to match.
 */
export function listSearchCondition(
  foldedColumn: string,
  text: string | null | undefined,
  parameter: (pattern: string) => string,
  groups?: readonly SynonymGroup[],
): string | null {
  const parts = listSearchPatterns(text, groups);
  if (parts.length === 0) return null;
  return parts.map((patterns) => `(${patterns.map((pattern) => `${foldedColumn} LIKE ${parameter(pattern)}`).join(' OR ')})`).join(' AND ');
}
