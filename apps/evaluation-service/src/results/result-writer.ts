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

/** One result version to insert: the result, the inputs it came from, its version and (for a correction) its reason. */
export interface ResultVersion {
  result: WritableResult;
  inputs: LokusInputs;
  version: number;
  reason: string | null;
  provenance: Provenance;
}

const CHUNK = 1000;

/**
 * The one INSERT of results: set-based, up to 1,000 rows per statement, inside the caller's
 * transaction. The category is not stored: it is ippCategory of the stored index (result.row.ts).
 */
export async function insertResults(
  manager: EntityManager,
  cycleId: string,
  versions: readonly ResultVersion[],
  computedBy: string | null,
  computedAt: Date,
): Promise<void> {
  for (let start = 0; start < versions.length; start += CHUNK) {
    const chunk = versions.slice(start, start + CHUNK).map(({ result, inputs, version, reason, provenance }) => ({
      id: randomUUID(),
      lokus_id: result.lokusId,
      version,
      index: result.ipp.index,
      evaluator_index: result.ipp.evaluatorIndex,
      user_index: result.ipp.userIndex,
      basis: result.ipp.basis,
      respondents: result.respondents,
      cohort: result.cohort,
      rank: result.rank,
      cohort_size: result.cohortSize,
      inputs: storedInputs(inputs, result),
      explanation: result.ipp.explanation,
      reason,
      ...provenance,
    }));
    await manager.query(
      `INSERT INTO evaluation.results (id, lokus_id, cycle_id, version, current, index, evaluator_index, user_index, basis, respondents,
         cohort, rank, cohort_size, inputs, explanation, reason, computed_by, computed_at, origin, source)
       SELECT id, lokus_id, $2, version, true, index, evaluator_index, user_index, basis, respondents, cohort, rank, cohort_size, inputs, explanation, reason, $3, $4, origin, source
       FROM jsonb_to_recordset($1::jsonb) AS s(id uuid, lokus_id uuid, version int, index numeric, evaluator_index numeric, user_index numeric, basis text,
         respondents int, cohort text, rank int, cohort_size int, inputs jsonb, explanation jsonb, reason text, origin text, source text)`,
      [JSON.stringify(chunk), cycleId, computedBy, computedAt],
    );
  }
}

/**
 * Replaces a cycle's current results (before finalisation there is one version per lokus) with
 * version 1 of each, inside the caller's transaction.
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
  await insertResults(
    manager,
    cycleId,
    results.map((result) => ({
      result,
      inputs: inputsById.get(result.lokusId) as LokusInputs,
      version: 1,
      reason: null,
      provenance: provenance(result.lokusId),
    })),
    computedBy,
    computedAt,
  );
}

/** Sets the rank ("k of n") of current results of a cycle, by lokus. */
export async function updateRanks(
  manager: EntityManager,
  cycleId: string,
  ranks: readonly { lokusId: string; rank: number; cohortSize: number }[],
): Promise<void> {
  await manager.query(
    `UPDATE evaluation.results r SET rank = t.rank, cohort_size = t.size
     FROM unnest($2::uuid[], $3::int[], $4::int[]) AS t(lokus_id, rank, size) WHERE r.cycle_id = $1 AND r.current AND r.lokus_id = t.lokus_id`,
    [cycleId, ranks.map((row) => row.lokusId), ranks.map((row) => row.rank), ranks.map((row) => row.cohortSize)],
  );
}

/** A figure as it was published: the IPP alone, with its rank where the cohort is known whole. */
export interface PublishedAggregate {
  lokusId: string;
  index: number;
  cohort: string;
  rank: number | null;
  cohortSize: number | null;
  provenance: Provenance;
}

/**
 * Writes published figures as version 1 results of basis PUBLISHED_AGGREGATE: no evaluator index,
 * inputs or explanation, because nothing behind the figure was published (one statement).
 */
export async function insertPublishedAggregates(
  manager: EntityManager,
  cycleId: string,
  figures: readonly PublishedAggregate[],
  computedAt: Date,
): Promise<void> {
  if (!figures.length) return;
  const rows = figures.map(({ provenance, ...figure }) => ({
    id: randomUUID(),
    lokus_id: figure.lokusId,
    index: figure.index,
    cohort: figure.cohort,
    rank: figure.rank,
    cohort_size: figure.cohortSize,
    ...provenance,
  }));
  await manager.query(
    `INSERT INTO evaluation.results (id, lokus_id, cycle_id, version, current, index, basis, respondents, cohort, rank, cohort_size, computed_at, origin, source)
     SELECT id, lokus_id, $2, 1, true, index, 'PUBLISHED_AGGREGATE', 0, cohort, rank, cohort_size, $3, origin, source
     FROM jsonb_to_recordset($1::jsonb) AS s(id uuid, lokus_id uuid, index numeric, cohort text, rank int, cohort_size int, origin text, source text)`,
    [JSON.stringify(rows), cycleId, computedAt],
  );
}
