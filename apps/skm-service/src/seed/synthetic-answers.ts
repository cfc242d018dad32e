import { RESPONDENT_ROW } from '../results/rollup-cells';
import { defaultElements } from '../surveys/survey-elements';

export interface Statement {
  text: string;
  params: unknown[];
}

/**
 * Benchmark data: `units` unit-wide YEAR surveys for `year` with `perUnit` answers each, generated in SQL
 * (generate_series; answers 1–4 drawn from hashes, skewed towards 3), and their rollups aggregated
 * from those very rows — the same cells the write path keeps — so reading every unit's IKM for the
 * year reads real rollups over real answers.
 */
export function syntheticAnswersSql(units: number, perUnit: number, year: number): Statement[] {
  const elements = JSON.stringify(defaultElements());
  const all = [units, perUnit, year];
  // One hash per (unit, row, element), mapped onto a distribution skewed towards 3 (IKM around 75).
  const answers = Array.from(
    { length: 9 },
    (_, j) => `(ARRAY[1,2,2,3,3,3,3,4,4,4])[1 + abs(hashint8((u::bigint * 1000003 + g) * 16 + ${j})) % 10]`,
  ).join(', ');
  const statements: Statement[] = [
    {
      params: [units, year],
      text: `INSERT INTO skm.surveys (id, public_code, title, service_unit_id, period_kind, period_year, period_number, starts_on, ends_on, elements, expected_users, origin)
     SELECT md5('bench-unit-survey' || u)::uuid, 'bench' || u, 'SKM bench unit ' || u, md5('bench-unit' || u)::uuid, 'YEAR', $2::int, 1,
       make_date($2::int, 1, 1), make_date($2::int, 12, 31), '${elements}'::jsonb, 1000 + (u * 37) % 20000, 'DEMO'
     FROM generate_series(1, $1::int) u`,
    },
    // Noon WIB on one of the year's days; answers per element from a hash of (row, element).
    {
      params: all,
      text: `INSERT INTO skm.responses (survey_id, channel, submitted_at, answered_at, answers, age_band, sex)
     SELECT md5('bench-unit-survey' || u)::uuid, 'QR', t, t,
       ARRAY[${answers}]::smallint[],
       (ARRAY['UNDER_20','AGE_20_29','AGE_30_39','AGE_40_49','AGE_50_59','AGE_60_PLUS'])[1 + g % 6], (ARRAY['MALE','FEMALE'])[1 + g % 2]
     FROM generate_series(1, $1::int) u, generate_series(1, $2::int) g,
       LATERAL (SELECT ((make_date($3::int, 1, 1) + (g % 365)) + time '05:00') AT TIME ZONE 'UTC' AS t) d`,
    },
    {
      params: [],
      text: `INSERT INTO skm.survey_rollup (survey_id, dimension, bucket, element_index, value, answers)
     SELECT survey_id, 'ALL', '', ${RESPONDENT_ROW}, 0, count(*) FROM skm.responses WHERE survey_id IN (SELECT id FROM skm.surveys WHERE public_code LIKE 'bench%') GROUP BY survey_id
     UNION ALL
     SELECT r.survey_id, 'ALL', '', (a.i - 1)::smallint, a.v, count(*) FROM skm.responses r, unnest(r.answers) WITH ORDINALITY AS a(v, i)
     WHERE r.survey_id IN (SELECT id FROM skm.surveys WHERE public_code LIKE 'bench%') GROUP BY r.survey_id, a.i, a.v`,
    },
    { params: [], text: `VACUUM (ANALYZE) skm.surveys` },
    { params: [], text: `VACUUM (ANALYZE) skm.survey_rollup` },
  ];
  return statements;
}
