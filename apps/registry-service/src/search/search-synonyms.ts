import { rows, SYNONYM_GROUPS, synonymIndexQuery, synonymToken, type SynonymGroup } from '@simpul/service-kit';
import type { EntityManager } from 'typeorm';

/** What registry.search_synonyms should hold for a list of groups, by token. */
export function synonymRows(groups: readonly SynonymGroup[] = SYNONYM_GROUPS): { token: string; queryText: string }[] {
  return groups
    .map((group) => ({ token: synonymToken(group), queryText: synonymIndexQuery(group) }))
    .sort((a, b) => (a.token < b.token ? -1 : a.token > b.token ? 1 : 0));
}

/**
 * Brings registry.search_synonyms to the list in synonyms.json and, when it changed (the first run
 * after the migration, or a group added or edited), recomputes every document's vector so each one
 * carries the tokens of the groups its text holds (the BEFORE trigger builds the vector). Runs in the
 * caller's transaction; an advisory lock makes two replicas starting together do it once. Returns
 * how many documents were re-indexed (0 when the list was already the same).
 */
export async function refreshSearchSynonyms(tx: EntityManager, groups: readonly SynonymGroup[] = SYNONYM_GROUPS): Promise<number> {
  const wanted = synonymRows(groups);
  await tx.query(`SELECT pg_advisory_xact_lock(hashtext('registry.search_synonyms'))`);
  const stored = await rows<{ token: string; query_text: string }>(
    tx,
    `SELECT token, query_text FROM registry.search_synonyms ORDER BY token`,
  );
  const same =
    stored.length === wanted.length && stored.every((row, at) => row.token === wanted[at].token && row.query_text === wanted[at].queryText);
  if (same) return 0;
  await tx.query(`DELETE FROM registry.search_synonyms`);
  await tx.query(`INSERT INTO registry.search_synonyms (token, query_text) SELECT * FROM unnest($1::text[], $2::text[])`, [
    wanted.map((row) => row.token),
    wanted.map((row) => row.queryText),
  ]);
  const reindexed = await rows<{ n: number }>(
    tx,
    `WITH touched AS (UPDATE registry.search_documents SET search_vector = NULL RETURNING 1) SELECT count(*)::int AS n FROM touched`,
  );
  return reindexed[0].n;
}
