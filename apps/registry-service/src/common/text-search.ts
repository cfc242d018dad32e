import { listSearchCondition } from '@simpul/service-kit';
import type { ObjectLiteral, SelectQueryBuilder } from 'typeorm';

/**
 * Adds a search on `column` as people type it (listSearchCondition of @simpul/service-kit): case and
 * accents do not matter, every word must appear somewhere in it ("samsat kalsel" finds "SAMSAT
 * Kalimantan Selatan" only if both match), and a word of a synonym group finds any term of the group
 * ("antrian" finds "Antrean", "kalsel" finds "Kalimantan Selatan"), as the cross-module search does.
 * Uses `registry.search_key`, which the pg_trgm GIN indexes cover.
 */
export function applyTextSearch<T extends ObjectLiteral>(
  query: SelectQueryBuilder<T>,
  column: string,
  search: string | null | undefined,
  prefix: string,
): void {
  const values: Record<string, string> = {};
  const condition = listSearchCondition(`registry.search_key(${column})`, search, (pattern) => {
    const name = `${prefix}Search${Object.keys(values).length}`;
    values[name] = pattern;
    return `:${name}`;
  });
  if (condition) query.andWhere(condition, values);
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
