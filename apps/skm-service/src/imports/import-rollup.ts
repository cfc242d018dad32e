import { UNKNOWN_BUCKET, type RollupDelta } from '../results/rollup-writer';

/** Profile columns an import row may carry, in the rollup's dimension names. */
const PROFILE_DIMENSIONS = [['AGE_BAND', 'age_band'], ['SEX', 'sex'], ['EDUCATION', 'education'], ['OCCUPATION', 'occupation'], ['SERVICE', 'service_id']] as const;

/**
 * The rollup of one imported file, counted per row without building keys: one counter array
 * [respondents, element 0 value 1…4, …] per dimension and bucket of the single survey being
 * imported. A million rows cost a few hundred lookups per thousand rows instead of string keys.
 * Handed to RollupDelta at the end, which writes it in the import's transaction.
 */
export class ImportRollup {
  private readonly width: number;
  private readonly all: number[];
  private readonly byDay = new Map<string, number[]>();
  private readonly byProfile = PROFILE_DIMENSIONS.map(() => new Map<string, number[]>());
  private readonly targets: number[][];

  constructor(private readonly elementCount: number) {
    this.width = 1 + elementCount * 4;
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

  /** `answers[j]` is 1–4, or 0 for a skipped element; `profile` in PROFILE_DIMENSIONS order, null = not given. */
  add(day: string, answers: ArrayLike<number>, profile: ReadonlyArray<string | null>): void {
    // One reused list of the row's seven buckets: no array allocated per row (a million rows).
    const targets = this.targets;
    targets[0] = this.all;
    targets[1] = this.counts(this.byDay, day);
    for (let p = 0; p < PROFILE_DIMENSIONS.length; p += 1) targets[2 + p] = this.counts(this.byProfile[p], profile[p] ?? UNKNOWN_BUCKET);
    for (let t = 0; t < targets.length; t += 1) {
      const counts = targets[t];
      counts[0] += 1;
      for (let j = 0; j < this.elementCount; j += 1) {
        const value = answers[j];
        if (value > 0) counts[j * 4 + value] += 1;
      }
    }
  }

  addTo(delta: RollupDelta, surveyId: string): void {
    delta.addCounts(surveyId, 'ALL', '', this.all);
    for (const [day, counts] of this.byDay) delta.addCounts(surveyId, 'DAY', day, counts);
    PROFILE_DIMENSIONS.forEach(([dimension], p) => {
      for (const [bucket, counts] of this.byProfile[p]) delta.addCounts(surveyId, dimension, bucket, counts);
    });
  }
}

export const IMPORT_PROFILE_COLUMNS = PROFILE_DIMENSIONS.map(([, column]) => column);
