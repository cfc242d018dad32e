/**
 * `<schema>.search_key(text)`: a text lower-cased and without accents, the folded column a list's
 * search box matches (listSearchCondition). unaccent() is only STABLE; the wrapper pins the
 * dictionary so it can be IMMUTABLE (usable in an index), as registry.search_key is. For a
 * migration's up, statement by statement.
 */
export function searchKeyFunctionSql(schema: string): string[] {
  return [
    `CREATE EXTENSION IF NOT EXISTS unaccent WITH SCHEMA public`,
    `CREATE FUNCTION ${schema}.search_key(value text) RETURNS text
      LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT
      AS $$ SELECT lower(public.unaccent('public.unaccent'::regdictionary, value)) $$`,
  ];
}

/** For a migration's down. The extension stays: other schemas of the same database may use it. */
export function dropSearchKeyFunctionSql(schema: string): string {
  return `DROP FUNCTION ${schema}.search_key(text)`;
}
