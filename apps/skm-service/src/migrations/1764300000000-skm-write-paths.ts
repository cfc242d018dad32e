import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Write-path performance (issue 7 benchmarks):
 * - Paper answers get a narrow table of their own. On a paper row the survey, channel, submission
 *   time, batch review and STAFF_ENTERED flag are constants of its import batch, and the row needs
 *   no id of its own (paper batches are reviewed whole). skm.responses, with its uuidv7 key, five
 *   indexes and ~150-byte rows, made a bulk COPY 3–4× slower than COPY into a bare table.
 *   skm.paper_answers keeps only what varies per form: the day, the answers as one digit per
 *   element ('0' = skipped; text is the cheapest COPY input) and the profile codes. Its only index is
 *   a BRIN on the batch id (uuidv7, so a batch's rows lie together), which costs nearly nothing on
 *   insert and lets a batch review find its rows. Existing paper rows move over.
 * - The burst check looks up a device's answers by answered_at (a kiosk sends old answers late), so
 *   the device index is on answered_at, not submitted_at.
 * - skmResults pages by (starts_on, id) within a year: an index in that order avoids a sort per page,
 *   and each page reads the whole-survey ('ALL') cells of 100 surveys: a partial covering index makes
 *   that an index-only scan instead of ~600 heap pages (the DAY and profile buckets lie in between).
 */
export class SkmWritePaths1764300000000 implements MigrationInterface {
  name = 'SkmWritePaths1764300000000';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query(`
      CREATE TABLE skm.paper_answers (
        import_batch_id uuid NOT NULL,
        answered_on date NOT NULL,
        answers text NOT NULL,
        age_band text,
        sex text,
        education text,
        occupation text,
        service_id uuid
      )`);
    await runner.query(`CREATE INDEX paper_answers_batch ON skm.paper_answers USING brin (import_batch_id)`);
    await runner.query(`
      INSERT INTO skm.paper_answers (import_batch_id, answered_on, answers, age_band, sex, education, occupation, service_id)
      SELECT import_batch_id, (answered_at AT TIME ZONE 'Asia/Jakarta')::date, array_to_string(answers, '', '0'), age_band, sex, education, occupation, service_id
      FROM skm.responses WHERE channel = 'PAPER' AND import_batch_id IS NOT NULL ORDER BY import_batch_id, id`);
    await runner.query(`DELETE FROM skm.responses WHERE channel = 'PAPER' AND import_batch_id IS NOT NULL`);
    await runner.query(`CREATE INDEX responses_device_answered ON skm.responses (device_key, answered_at) WHERE device_key IS NOT NULL`);
    await runner.query(`DROP INDEX skm.responses_device_recent`);
    await runner.query(`CREATE INDEX surveys_year_start ON skm.surveys (period_year, starts_on, id)`);
    await runner.query(
      `CREATE INDEX survey_rollup_all ON skm.survey_rollup (survey_id) INCLUDE (element_index, value, answers) WHERE dimension = 'ALL' AND bucket = ''`,
    );
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query(`DROP INDEX IF EXISTS skm.survey_rollup_all`);
    await runner.query(`DROP INDEX IF EXISTS skm.surveys_year_start`);
    await runner.query(`CREATE INDEX responses_device_recent ON skm.responses (device_key, submitted_at) WHERE device_key IS NOT NULL`);
    await runner.query(`DROP INDEX IF EXISTS skm.responses_device_answered`);
    // Paper rows go back with the columns the batch held for them.
    await runner.query(`
      INSERT INTO skm.responses (survey_id, channel, submitted_at, answered_at, answers, age_band, sex, education, occupation, service_id, import_batch_id, flags, review)
      SELECT b.survey_id, 'PAPER', b.imported_at, (p.answered_on + time '12:00') AT TIME ZONE 'Asia/Jakarta',
        (SELECT array_agg(nullif(d, '0')::smallint ORDER BY i) FROM unnest(string_to_array(p.answers, NULL)) WITH ORDINALITY AS e(d, i)),
        p.age_band, p.sex, p.education, p.occupation, p.service_id, p.import_batch_id, '{STAFF_ENTERED}',
        CASE WHEN b.review = 'EXCLUDED' THEN 'EXCLUDED' ELSE 'NONE' END
      FROM skm.paper_answers p JOIN skm.import_batches b ON b.id = p.import_batch_id`);
    await runner.query(`DROP TABLE skm.paper_answers`);
  }
}
