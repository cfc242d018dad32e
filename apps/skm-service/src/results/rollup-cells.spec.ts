import pg from 'pg';
import type { Queryable } from '@simpul/service-kit';
import { createEmptyDatabase, type TestDatabase } from '@simpul/service-kit/testing';
import { ImportRollup, IMPORT_PROFILE_COLUMNS } from '../imports/import-rollup';
import {
  bucketsOf,
  bucketsSql,
  cellsOfResponse,
  PROFILE_DIMENSIONS,
  RESPONDENT_ROW,
  UNKNOWN_BUCKET,
  type CountedResponse,
} from './rollup-cells';
import { RollupDelta } from './rollup-writer';

const SERVICE = '0190f0a2-0000-7000-8000-000000000001';
const NO_PROFILE = { ageBand: null, sex: null, education: null, occupation: null, serviceId: null };

interface Case {
  name: string;
  response: CountedResponse;
  /** [dimension, bucket] the questionnaire counts in. */
  buckets: Array<[string, string]>;
  /** [element_index, value] it counts in within each bucket. */
  cells: Array<[number, number]>;
}

const CASES: Case[] = [
  {
    name: 'a full profile and every element answered',
    response: {
      surveyId: 's',
      day: '2026-05-20',
      answers: [4, 3, 1],
      ageBand: 'AGE_30_39',
      sex: 'FEMALE',
      education: 'SMA',
      occupation: 'OTHER',
      serviceId: SERVICE,
    },
    buckets: [
      ['ALL', ''],
      ['DAY', '2026-05-20'],
      ['AGE_BAND', 'AGE_30_39'],
      ['SEX', 'FEMALE'],
      ['EDUCATION', 'SMA'],
      ['OCCUPATION', 'OTHER'],
      ['SERVICE', SERVICE],
    ],
    cells: [
      [RESPONDENT_ROW, 0],
      [0, 4],
      [1, 3],
      [2, 1],
    ],
  },
  {
    name: 'a skipped element counts nowhere, skipped profile answers count as UNKNOWN',
    response: {
      surveyId: 's',
      day: '2026-05-20',
      answers: [4, null, 2],
      ageBand: 'AGE_30_39',
      sex: 'FEMALE',
      education: null,
      occupation: null,
      serviceId: null,
    },
    buckets: [
      ['ALL', ''],
      ['DAY', '2026-05-20'],
      ['AGE_BAND', 'AGE_30_39'],
      ['SEX', 'FEMALE'],
      ['EDUCATION', UNKNOWN_BUCKET],
      ['OCCUPATION', UNKNOWN_BUCKET],
      ['SERVICE', UNKNOWN_BUCKET],
    ],
    cells: [
      [RESPONDENT_ROW, 0],
      [0, 4],
      [2, 2],
    ],
  },
  {
    name: 'no profile, only the last of nine elements answered',
    response: { surveyId: 's', day: '2026-01-01', answers: [null, null, null, null, null, null, null, null, 3], ...NO_PROFILE },
    buckets: [
      ['ALL', ''],
      ['DAY', '2026-01-01'],
      ...PROFILE_DIMENSIONS.map(({ dimension }): [string, string] => [dimension, UNKNOWN_BUCKET]),
    ],
    cells: [
      [RESPONDENT_ROW, 0],
      [8, 3],
    ],
  },
];

/** Every cell of a case, [dimension, bucket, element_index, value], sorted. */
const expected = (c: Case) =>
  c.buckets.flatMap(([dimension, bucket]) => c.cells.map(([element, value]) => [dimension, bucket, element, value])).sort(byKey);
const byKey = (a: unknown[], b: unknown[]) => (JSON.stringify(a) < JSON.stringify(b) ? -1 : 1);

/** The cells a RollupDelta writes, read off the statement it sends (survey, dimension, bucket, element, value, count). */
async function flushed(delta: RollupDelta): Promise<Array<[string, string, number, number, number]>> {
  const statements: unknown[][] = [];
  const db = { query: async (_text: string, params: unknown[]) => (statements.push(params), []) } as unknown as Queryable;
  await delta.flush(db);
  const [, dimensions, buckets, elements, values, counts] = statements[0] as [string[], string[], string[], number[], number[], number[]];
  return dimensions.map((dimension, i) => [dimension, buckets[i], elements[i], values[i], counts[i]]);
}

describe('the rollup cells one questionnaire counts in, the same on every path', () => {
  it.each(CASES)('the public write path: $name', (c) => {
    expect(cellsOfResponse(c.response).sort(byKey)).toEqual(expected(c));
    expect(bucketsOf(c.response.day, c.response)).toEqual(c.buckets);
  });

  it.each(CASES)('reviews and the seed (RollupDelta), counted and taken out again: $name', async (c) => {
    const delta = new RollupDelta();
    delta.add(c.response);
    delta.add(c.response);
    const written = await flushed(delta);
    expect(written.map(([d, b, e, v]) => [d, b, e, v]).sort(byKey)).toEqual(expected(c));
    expect(written.every(([, , , , n]) => n === 2)).toBe(true);
    delta.add(c.response, -1);
    expect((await flushed(delta)).every(([, , , , n]) => n === -1)).toBe(true);
  });

  it.each(CASES)('paper imports (ImportRollup, 0 = skipped): $name', async (c) => {
    const rollup = new ImportRollup(c.response.answers.length);
    const profile = IMPORT_PROFILE_COLUMNS.map((column) => c.response[PROFILE_DIMENSIONS.find((d) => d.column === column)!.field]);
    rollup.add(
      c.response.day,
      Int8Array.from(c.response.answers, (a) => a ?? 0),
      profile,
    );
    const delta = new RollupDelta();
    rollup.addTo(delta, c.response.surveyId);
    const written = await flushed(delta);
    expect(written.map(([d, b, e, v]) => [d, b, e, v]).sort(byKey)).toEqual(expected(c));
    expect(written.every(([, , , , n]) => n === 1)).toBe(true);
  });

  describe('in SQL (a batch review counts stored paper rows)', () => {
    let database: TestDatabase;
    let client: pg.Client;
    beforeAll(async () => {
      database = await createEmptyDatabase('skm_cells');
      client = new pg.Client({ connectionString: database.url });
      await client.connect();
    });
    afterAll(async () => {
      await client?.end();
      await database?.drop();
    });

    it.each(CASES)('$name', async (c) => {
      const { rows } = await client.query<{ dimension: string; bucket: string }>(
        `SELECT d.dimension, d.bucket
         FROM (SELECT $1::date AS answered_on, $2::text AS age_band, $3::text AS sex, $4::text AS education, $5::text AS occupation, $6::uuid AS service_id) p
         CROSS JOIN LATERAL (${bucketsSql('p', 'p.answered_on::text')}) AS d(dimension, bucket)`,
        [c.response.day, c.response.ageBand, c.response.sex, c.response.education, c.response.occupation, c.response.serviceId],
      );
      expect(rows.map((row) => [row.dimension, row.bucket])).toEqual(c.buckets);
    });
  });
});
