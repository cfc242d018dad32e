import { counterWidth, countAnswers, PROFILE_DIMENSIONS, UNKNOWN_BUCKET } from '../results/rollup-cells';
import type { RollupDelta } from '../results/rollup-writer';

/**
 * The rollup of one imported file, counted per row without building keys: one counter array (the
 * layout of rollup-cells' `countAnswers`) per dimension and bucket of the single survey being
 * imported. A million rows cost a few hundred lookups per thousand rows instead of string keys.
 * Handed to RollupDelta at the end, which writes it in the import's transaction.
 */
export class ImportRollup {
  private readonly width: number;
  private readonly all: number[];
  private readonly byDay = new Map<string, number[]>();
  private readonly byProfile = PROFILE_DIMENSIONS.map(() => new Map<string, number[]>());
  private readonly targets: number[][];

  constructor(elementCount: number) {
    this.width = counterWidth(elementCount);
    this.all = new Array<number>(this.width).fill(0);
    this.targets = new Array<number[]>(2 + PROFILE_DIMENSIONS.length).fill(this.all);
  }

  private counts(map: Map<string, number[]>, bucket: string): number[] {
    let counts = map.get(bucket);
    if (!counts) {
      counts = new Array<number>(this.width).fill(0);
      map.set(bucket, counts);
    }
    return counts;
  }

  /** `answers[j]` is 1–4, or 0 for a skipped element; `profile` in IMPORT_PROFILE_COLUMNS order, null = not given. */
  add(day: string, answers: ArrayLike<number>, profile: ReadonlyArray<string | null>): void {
    // One reused list of the row's buckets (rollup-cells' bucketsOf, by position): no array allocated per row (a million rows).
    const targets = this.targets;
    targets[0] = this.all;
    targets[1] = this.counts(this.byDay, day);
    for (let p = 0; p < PROFILE_DIMENSIONS.length; p += 1) targets[2 + p] = this.counts(this.byProfile[p], profile[p] ?? UNKNOWN_BUCKET);
    for (let t = 0; t < targets.length; t += 1) countAnswers(targets[t], answers);
  }

  addTo(delta: RollupDelta, surveyId: string): void {
    delta.addCounts(surveyId, 'ALL', '', this.all);
    for (const [day, counts] of this.byDay) delta.addCounts(surveyId, 'DAY', day, counts);
    PROFILE_DIMENSIONS.forEach(({ dimension }, p) => {
      for (const [bucket, counts] of this.byProfile[p]) delta.addCounts(surveyId, dimension, bucket, counts);
    });
  }
}

/** The profile columns of a paper row, in the order `add` takes them. */
export const IMPORT_PROFILE_COLUMNS = PROFILE_DIMENSIONS.map(({ column }) => column);
