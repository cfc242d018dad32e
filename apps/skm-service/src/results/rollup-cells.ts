import type { Profile } from '../surveys/respondent-profile';

/**
 * Which rollup cells one questionnaire counts in — the one encoding the write paths (public
 * submissions, paper imports, reviews, the seed) and the readers share.
 *
 * A questionnaire counts once in the respondent row (element_index -1, value 0) and once per
 * answered element (element_index j, value 1–4), in every bucket of every dimension: the whole
 * survey (ALL), its WIB day (DAY) and each respondent-profile answer (UNKNOWN when skipped).
 */

/** element_index of the row counting questionnaires (value 0). */
export const RESPONDENT_ROW = -1;
export const UNKNOWN_BUCKET = 'UNKNOWN';

/** Profile dimensions: the rollup's name, the field of a Profile and the stored column. */
export const PROFILE_DIMENSIONS = [
  { dimension: 'AGE_BAND', field: 'ageBand', column: 'age_band' },
  { dimension: 'SEX', field: 'sex', column: 'sex' },
  { dimension: 'EDUCATION', field: 'education', column: 'education' },
  { dimension: 'OCCUPATION', field: 'occupation', column: 'occupation' },
  { dimension: 'SERVICE', field: 'serviceId', column: 'service_id' },
] as const satisfies ReadonlyArray<{ dimension: string; field: keyof Profile; column: string }>;

/** `ALL` is the whole survey; the others break it down by day and respondent profile. */
export const DIMENSIONS = ['ALL', 'DAY', ...PROFILE_DIMENSIONS.map((d) => d.dimension)] as const;

/** What a rollup needs to know of one counted questionnaire. */
export interface CountedResponse extends Profile {
  surveyId: string;
  /** WIB calendar day it was answered. */
  day: string;
  /** One entry per survey element, null = skipped. */
  answers: ReadonlyArray<number | null>;
}

/** [dimension, bucket] of every bucket a questionnaire counts in. */
export function bucketsOf(day: string, profile: Profile): Array<[string, string]> {
  return [
    ['ALL', ''],
    ['DAY', day],
    ...PROFILE_DIMENSIONS.map(({ dimension, field }): [string, string] => [dimension, profile[field] ?? UNKNOWN_BUCKET]),
  ];
}

/**
 * The same buckets in SQL, for statements that count many stored rows at once (a batch review):
 * `VALUES (…), …` over the columns of `alias`, with `day` the SQL of its day as text.
 */
export function bucketsSql(alias: string, day: string): string {
  const profile = PROFILE_DIMENSIONS.map(
    ({ dimension, column }) => `('${dimension}', coalesce(${alias}.${column}::text, '${UNKNOWN_BUCKET}'))`,
  );
  return `VALUES ('ALL', ''), ('DAY', ${day}), ${profile.join(', ')}`;
}

/*
 * Per bucket, a questionnaire's cells are kept in a counter array (no string key per cell): slot 0
 * is the respondent row, slot 1 + 4j + (v − 1) element j answered v.
 */

/** Length of a counter array for a survey of `elementCount` elements. */
export const counterWidth = (elementCount: number) => 1 + elementCount * 4;

/** Adds one questionnaire to a counter array; `answers[j]` is 1–4, or null or 0 for a skipped element. */
export function countAnswers(counts: number[], answers: ArrayLike<number | null>, sign: 1 | -1 = 1): void {
  counts[0] += sign;
  for (let j = 0; j < answers.length; j += 1) {
    const value = answers[j];
    if (value) counts[j * 4 + value] += sign;
  }
}

/** [element_index, value] of a counter slot. */
export function cellOfSlot(slot: number): [number, number] {
  return slot === 0 ? [RESPONDENT_ROW, 0] : [Math.floor((slot - 1) / 4), ((slot - 1) % 4) + 1];
}

/** The non-zero cells of a counter array as [element_index, value, count], in slot order. */
export function cellsOfCounts(counts: readonly number[]): Array<[number, number, number]> {
  const cells: Array<[number, number, number]> = [];
  counts.forEach((n, slot) => {
    if (n !== 0) cells.push([...cellOfSlot(slot), n]);
  });
  return cells;
}

/** One rollup cell a single questionnaire adds to: [dimension, bucket, element_index, value]. */
export type ResponseCell = [string, string, number, number];

/**
 * The cells one questionnaire counts in (the respondent row and one cell per answered element, in
 * every bucket): the public write path inserts them together with the answer, in one statement,
 * joined to the rows that statement really inserted.
 */
export function cellsOfResponse(response: CountedResponse): ResponseCell[] {
  const counts = new Array<number>(counterWidth(response.answers.length)).fill(0);
  countAnswers(counts, response.answers);
  const own = cellsOfCounts(counts);
  return bucketsOf(response.day, response).flatMap(([dimension, bucket]) =>
    own.map(([elementIndex, value]): ResponseCell => [dimension, bucket, elementIndex, value]),
  );
}
