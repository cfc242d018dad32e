import { DataSource } from 'typeorm';
import { downloadOpenData, fetchOpenDataCatalog, readSecret, type OpenDataFormat } from '@simpul/service-kit';
import { startSkm, type SkmHarness } from '../test-support/skm-test-app';

const FORMATS: OpenDataFormat[] = ['csv', 'json', 'xlsx'];
const secret = readSecret('INTERNAL_SECRET');

let skm: SkmHarness;
let sql: <T>(text: string, params?: unknown[]) => Promise<T[]>;
let runningSurveyId: string;
let deviceKey: string;

beforeAll(async () => {
  skm = await startSkm();
  sql = (text, params) => skm.app.get(DataSource).query(text, params);
  // One ended survey with answers made to run until 2099: its figures are not final, so not published.
  [{ id: runningSurveyId }] = await sql<{ id: string }>(
    `SELECT s.id FROM skm.surveys s WHERE s.ends_on < current_date AND EXISTS (SELECT 1 FROM skm.responses r WHERE r.survey_id = s.id)
     ORDER BY s.id LIMIT 1`,
  );
  await sql(`UPDATE skm.surveys SET ends_on = DATE '2099-12-31' WHERE id = $1`, [runningSurveyId]);
  // A respondent's device key, to prove no answer row travels.
  deviceKey = 'perangkat-responden-3391';
  await sql(
    `UPDATE skm.responses SET device_key = $1 WHERE id = (SELECT r.id FROM skm.responses r JOIN skm.surveys s ON s.id = r.survey_id
       WHERE s.ends_on < current_date ORDER BY r.id LIMIT 1)`,
    [deviceKey],
  );
});

afterAll(() => skm.close());

describe('SKM open data', () => {
  it('lists ikm-results in its catalogue', async () => {
    const catalog = await fetchOpenDataCatalog(skm.url, secret);
    expect(catalog.map((d) => d.identifier)).toEqual(['ikm-results']);
    expect(catalog[0].fields.map((f) => f.name)).toEqual(expect.arrayContaining(['ikm', 'grade', 'respondents', 'u1', 'u9']));
  });

  it.each(FORMATS)('ikm-results.%s holds one IKM per ended survey with answers and no individual answer', async (format) => {
    const download = await downloadOpenData(skm.url, 'ikm-results', format, secret);
    expect(download.status).toBe(200);
    const ended = await sql<{ id: string }>(
      `SELECT s.id FROM skm.surveys s WHERE s.ends_on < (now() AT TIME ZONE 'Asia/Jakarta')::date
         AND (EXISTS (SELECT 1 FROM skm.survey_rollup WHERE survey_id = s.id) OR EXISTS (SELECT 1 FROM skm.rollup_delta WHERE survey_id = s.id))`,
    );
    expect(ended.length).toBeGreaterThan(0);
    expect(download.rows.map((row) => row.survey_id).sort()).toEqual(ended.map((row) => row.id).sort());
    expect(download.rows.map((row) => row.survey_id)).not.toContain(runningSurveyId);
    const row = download.rows[0];
    expect(Number(row.ikm)).toBeGreaterThanOrEqual(25);
    expect(String(row.grade)).toMatch(/^[A-D]$/);
    expect(Number(row.respondents)).toBeGreaterThan(0);
    // Aggregates only: no answers, profile, device or token columns or values.
    for (const key of ['answers', 'age_band', 'sex', 'education', 'occupation', 'device_key', 'token'])
      expect(Object.keys(row)).not.toContain(key);
    const text = format === 'xlsx' ? JSON.stringify(download.rows) : download.body.toString('utf8');
    expect(text).not.toContain(deviceKey);
  });
});
