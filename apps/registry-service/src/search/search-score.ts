import { rankWeights } from './memory/ts-rank';

/** ts_rank's weights of D, C, B and A positions: the title (A) weighs most, the body (C) little. */
const WEIGHTS = [0.05, 0.2, 0.5, 1.0] as const;
export const RANK_WEIGHTS = rankWeights(...WEIGHTS);

/** A small bonus per kind, so that, ranks equal, a unit comes before its services. */
export const KIND_BONUS: Readonly<Record<string, number>> = { SERVICE_UNIT: 0.03, AGENCY: 0.02, MALL: 0.02, SERVICE: 0.01 };

/**
 * The score of a ranked candidate in SQL (`d` the document, `q.query` the tsquery): ts_rank with
 * RANK_WEIGHTS normalised by length (1), a float4, plus KIND_BONUS — a float8 sum, which the copy in
 * memory computes the same way (Math.fround(rank) + bonus).
 */
export const SCORE_SQL = `ts_rank('{${WEIGHTS.join(', ')}}', d.search_vector, q.query, 1)
        + CASE d.kind ${Object.entries(KIND_BONUS)
          .map(([kind, bonus]) => `WHEN '${kind}' THEN ${bonus}`)
          .join(' ')} ELSE 0 END`;

/** The score of a document of `kind` whose ts_rank (a float4) is `rank`. */
export const scoreOf = (kind: string, rank: number) => Math.fround(rank) + (KIND_BONUS[kind] ?? 0);
