import { randomUUID } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import { storedInputs, type ComputedResult, type LokusInputs } from './compute-results';

/** Where a written result comes from: the cycle's own origin, or per lokus for the demo seed's published figures. */
export interface Provenance {
  origin: 'OFFICIAL' | 'DEMO';
  source: string | null;
}

/** A result as written: historical demo cycles carry no rank (only some of their lokus are known). */
export type WritableResult = Omit<ComputedResult, 'rank' | 'cohortSize'> & { rank: number | null; cohortSize: number | null };

const CHUNK = 1000;

/**
 * Replaces a cycle's current results (before finalisation there is one version per lokus) with
 * set-based INSERTs of up to 1,000 rows each, inside the caller's transaction.
 */
export async function replaceCycleResults(
  manager: EntityManager,
  cycleId: string,
  inputs: readonly LokusInputs[],
  results: readonly WritableResult[],
  computedBy: string | null,
  computedAt: Date,
  provenance: (lokusId: string) => Provenance,
): Promise<void> {
  const inputsById = new Map(inputs.map((lokus) => [lokus.lokusId, lokus]));
  await manager.query(`DELETE FROM evaluation.results WHERE cycle_id = $1`, [cycleId]);
  for (let start = 0; start < results.length; start += CHUNK) {
    const chunk = results.slice(start, start + CHUNK).map((result) => ({
      id: randomUUID(),
      lokus_id: result.lokusId,
      index: result.ipp.index,
      evaluator_index: result.ipp.evaluatorIndex,
      user_index: result.ipp.userIndex,
      basis: result.ipp.basis,
      category_code: result.ipp.category.code,
      respondents: result.respondents,
      cohort: result.cohort,
      rank: result.rank,
      cohort_size: result.cohortSize,
      inputs: storedInputs(inputsById.get(result.lokusId) as LokusInputs, result),
      explanation: result.ipp.explanation,
      ...provenance(result.lokusId),
    }));
    await manager.query(
      `INSERT INTO evaluation.results (id, lokus_id, cycle_id, version, current, index, evaluator_index, user_index, basis, category_code, respondents,
         cohort, rank, cohort_size, inputs, explanation, computed_by, computed_at, origin, source)
       SELECT id, lokus_id, $2, 1, true, index, evaluator_index, user_index, basis, category_code, respondents, cohort, rank, cohort_size, inputs, explanation, $3, $4, origin, source
       FROM jsonb_to_recordset($1::jsonb) AS s(id uuid, lokus_id uuid, index numeric, evaluator_index numeric, user_index numeric, basis text, category_code text,
         respondents int, cohort text, rank int, cohort_size int, inputs jsonb, explanation jsonb, origin text, source text)`,
      [JSON.stringify(chunk), cycleId, computedBy, computedAt],
    );
  }
}
