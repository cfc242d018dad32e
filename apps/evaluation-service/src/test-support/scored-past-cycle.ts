import { answersForTargetIndex, getInstrument } from '@simpul/scoring';
import { DataSource } from 'typeorm';
import { computeResults, type LokusInputs } from '../results/compute-results';
import { replaceCycleResults } from '../results/result-writer';
import type { EvaluationHarness } from './evaluation-test-app';

/**
 * Turns a seeded past cycle (published figures only) into one run in Simpul: F-02 scores behind each
 * figure on `instrumentId` and results computed from them, ranked — for specs that need a published
 * ranking with its working (corrections, comparisons). The demo seed itself never does this.
 */
export async function scoreBehindFigures(harness: EvaluationHarness, cycleId: string, instrumentId: string): Promise<void> {
  const instrument = getInstrument(instrumentId);
  await harness.app.get(DataSource).transaction(async (manager) => {
    const figures: { lokusId: string; cohort: string; index: string }[] = await manager.query(
      `SELECT r.lokus_id AS "lokusId", r.cohort, r.index FROM evaluation.results r WHERE r.cycle_id = $1 AND r.current ORDER BY r.lokus_id`,
      [cycleId],
    );
    const inputs: LokusInputs[] = figures.map((figure, i) => ({
      lokusId: figure.lokusId,
      cohort: figure.cohort,
      instrumentId,
      f02: answersForTargetIndex(instrument, Number(figure.index), i + 1),
      f03: [],
      minRespondents: 10,
    }));
    await manager.query(`UPDATE evaluation.cycles SET instrument_ids = $2 WHERE id = $1`, [cycleId, [instrumentId]]);
    await manager.query(`UPDATE evaluation.lokus SET instrument_id = $2 WHERE cycle_id = $1`, [cycleId, instrumentId]);
    await manager.query(
      `INSERT INTO evaluation.f02_scores (lokus_id, indicator_code, level, version, scored_by, updated_at)
       SELECT lokus_id, indicator_code, level, 1, NULL, now() FROM jsonb_to_recordset($1::jsonb) AS s(lokus_id uuid, indicator_code text, level smallint)`,
      [
        JSON.stringify(
          inputs.flatMap((lokus) =>
            Object.entries(lokus.f02).map(([code, level]) => ({ lokus_id: lokus.lokusId, indicator_code: code, level })),
          ),
        ),
      ],
    );
    const { results } = computeResults(inputs);
    await replaceCycleResults(manager, cycleId, inputs, results, null, new Date(), () => ({ origin: 'DEMO', source: null }));
  });
}
