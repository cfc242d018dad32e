import { type Queryable } from '@simpul/service-kit';
import { bucketsOf, cellsOfCounts, counterWidth, countAnswers, type CountedResponse } from './rollup-cells';

/**
 * Accumulates rollup deltas in memory — per survey and profile bucket one counter array
 * [respondents, element 0 value 1…4, element 1 value 1…4, …] — then writes them in a few
 * statements. Callers run `flush` in the same transaction as the answers it counts, so a result is
 * never ahead of or behind the raw answers.
 */
export class RollupDelta {
  private readonly buckets = new Map<string, { surveyId: string; dimension: string; bucket: string; counts: number[] }>();
  private readonly exclusions = new Map<string, number>();

  add(response: CountedResponse, sign: 1 | -1 = 1): void {
    const width = counterWidth(response.answers.length);
    for (const [dimension, bucket] of bucketsOf(response.day, response)) {
      const key = `${response.surveyId}\u0001${dimension}\u0001${bucket}`;
      let entry = this.buckets.get(key);
      if (!entry) {
        entry = { surveyId: response.surveyId, dimension, bucket, counts: new Array<number>(width).fill(0) };
        this.buckets.set(key, entry);
      }
      countAnswers(entry.counts, response.answers, sign);
    }
  }

  /** Adds a counter array of one bucket (layout of rollup-cells' `countAnswers`) counted elsewhere. */
  addCounts(surveyId: string, dimension: string, bucket: string, counts: readonly number[]): void {
    const key = `${surveyId}\u0001${dimension}\u0001${bucket}`;
    const entry = this.buckets.get(key);
    if (!entry) {
      this.buckets.set(key, { surveyId, dimension, bucket, counts: [...counts] });
      return;
    }
    counts.forEach((n, i) => (entry.counts[i] += n));
  }

  /** An answer taken out of the result: counted under every reason it was flagged for, and once under ALL. */
  exclude(response: CountedResponse, reasons: readonly string[]): void {
    this.add(response, -1);
    for (const reason of new Set([...reasons, 'ALL'])) this.bump(this.exclusions, `${response.surveyId}\u0001${reason}`, 1);
  }

  get isEmpty(): boolean {
    return this.buckets.size === 0;
  }

  private bump(map: Map<string, number>, key: string, by: number): void {
    map.set(key, (map.get(key) ?? 0) + by);
  }

  /** Histogram cells with a change, in primary-key order. */
  private cells(): Array<[string, string, string, number, number, number]> {
    const cells: Array<[string, string, string, number, number, number]> = [];
    for (const { surveyId, dimension, bucket, counts } of this.buckets.values()) {
      for (const [elementIndex, value, n] of cellsOfCounts(counts)) cells.push([surveyId, dimension, bucket, elementIndex, value, n]);
    }
    // Sorted keys: concurrent writers lock rollup rows in the same order, so they queue instead of deadlocking.
    return cells.sort((a, b) =>
      a[0] < b[0]
        ? -1
        : a[0] > b[0]
          ? 1
          : a[1] < b[1]
            ? -1
            : a[1] > b[1]
              ? 1
              : a[2] < b[2]
                ? -1
                : a[2] > b[2]
                  ? 1
                  : a[3] - b[3] || a[4] - b[4],
    );
  }

  /**
   * Folds the deltas into skm.survey_rollup at once (imports, reviews, the seed). The public write
   * path does not come here: it appends its cells to skm.rollup_delta in the statement that stores
   * the answers (SubmissionService), so concurrent answers never queue on the same rollup rows.
   */
  async flush(db: Queryable): Promise<void> {
    const cells = this.cells();
    if (cells.length) {
      const cols: [string[], string[], string[], number[], number[], number[]] = [[], [], [], [], [], []];
      for (const cell of cells) cell.forEach((value, i) => (cols[i] as unknown[]).push(value));
      await db.query(
        `INSERT INTO skm.survey_rollup AS r (survey_id, dimension, bucket, element_index, value, answers)
         SELECT * FROM unnest($1::uuid[], $2::text[], $3::text[], $4::smallint[], $5::smallint[], $6::bigint[])
         ON CONFLICT (survey_id, dimension, bucket, element_index, value) DO UPDATE SET answers = r.answers + excluded.answers`,
        cols,
      );
    }
    const exclusions = [...this.exclusions.entries()].sort(([a], [b]) => (a < b ? -1 : 1));
    if (exclusions.length) {
      await db.query(
        `INSERT INTO skm.exclusion_rollup AS r (survey_id, reason, responses)
         SELECT * FROM unnest($1::uuid[], $2::text[], $3::bigint[])
         ON CONFLICT (survey_id, reason) DO UPDATE SET responses = r.responses + excluded.responses`,
        [exclusions.map(([k]) => k.split('\u0001')[0]), exclusions.map(([k]) => k.split('\u0001')[1]), exclusions.map(([, n]) => n)],
      );
    }
    this.buckets.clear();
    this.exclusions.clear();
  }
}
