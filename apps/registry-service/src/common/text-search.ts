import type { ObjectLiteral, SelectQueryBuilder } from 'typeorm';

function escapeLike(word: string): string {
  return word.replace(/[\\%_]/g, (character) => `\\${character}`);
}

/**
 * Adds a case- and accent-insensitive search on `column`: every word of `search` must appear
 * somewhere in it ("samsat kalsel" finds "SAMSAT Kalimantan Selatan" only if both words match).
 * Uses `registry.search_key`, which the pg_trgm GIN indexes cover.
 */
export function applyTextSearch<T extends ObjectLiteral>(
  query: SelectQueryBuilder<T>,
  column: string,
  search: string | null | undefined,
  prefix: string,
): void {
  const words = (search ?? '').trim().split(/\s+/).filter(Boolean).slice(0, 8);
  words.forEach((word, index) => {
    const parameter = `${prefix}Search${index}`;
    query.andWhere(`registry.search_key(${column}) LIKE '%' || registry.search_key(:${parameter}) || '%'`, {
      [parameter]: escapeLike(word),
    });
  });
}

/** Keeps rows whose region is `regionCode` or lies in that province. */
export function applyRegionFilter<T extends ObjectLiteral>(
  query: SelectQueryBuilder<T>,
  column: string,
  regionCode: string | null | undefined,
): void {
  if (!regionCode) return;
  query.andWhere(
    `${column} IN (SELECT r.code FROM registry.regions r WHERE r.code = :regionCode OR (r.province_code = :regionCode AND r.level = 'REGENCY'))`,
    {
      regionCode: regionCode.trim(),
    },
  );
}
