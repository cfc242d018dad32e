import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The SKM schema. Rules that must hold under concurrency live in the database:
 * - a kiosk submission id and a one-time token are stored at most once (unique constraints, written
 *   with ON CONFLICT DO NOTHING), so a replayed offline queue or a double tap stores one answer;
 * - a token is spent by a conditional UPDATE (used_at IS NULL), so two phones racing get one success;
 * - results read only the rollup tables, kept in the same transaction as each answer, so reading an
 *   IKM never scans raw answers.
 * Units, desks, malls and services belong to other services: they are ids here, never foreign keys.
 */
export class SkmInit1764100000000 implements MigrationInterface {
  name = 'SkmInit1764100000000';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query(`
      CREATE TABLE skm.surveys (
        id uuid PRIMARY KEY,
        public_code text NOT NULL UNIQUE,
        title text NOT NULL CHECK (btrim(title) <> ''),
        service_unit_id uuid,
        mall_id uuid,
        desk_id uuid,
        period_kind text NOT NULL CHECK (period_kind IN ('QUARTER', 'HALF_YEAR', 'YEAR')),
        period_year int NOT NULL CHECK (period_year BETWEEN 2000 AND 2100),
        period_number int NOT NULL,
        starts_on date NOT NULL,
        ends_on date NOT NULL,
        elements jsonb NOT NULL,
        expected_users int CHECK (expected_users IS NULL OR expected_users >= 0),
        opens_at time,
        closes_at time,
        created_by uuid,
        created_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT surveys_has_owner CHECK (service_unit_id IS NOT NULL OR desk_id IS NOT NULL),
        CONSTRAINT surveys_desk_in_mall CHECK (desk_id IS NULL OR mall_id IS NOT NULL),
        CONSTRAINT surveys_period_ordered CHECK (starts_on <= ends_on),
        CONSTRAINT surveys_hours_ordered CHECK ((opens_at IS NULL) = (closes_at IS NULL) AND (opens_at IS NULL OR opens_at < closes_at))
      )`);
    // One survey per owner and period: a second one would split the respondents of one result.
    await runner.query(`CREATE UNIQUE INDEX surveys_one_per_period ON skm.surveys
      (coalesce(service_unit_id, '00000000-0000-0000-0000-000000000000'), coalesce(desk_id, '00000000-0000-0000-0000-000000000000'), period_kind, period_year, period_number)`);
    await runner.query(`CREATE INDEX surveys_unit ON skm.surveys (service_unit_id, ends_on DESC)`);
    await runner.query(`CREATE INDEX surveys_mall ON skm.surveys (mall_id, ends_on DESC)`);
    await runner.query(`CREATE INDEX surveys_year ON skm.surveys (period_year, id)`);

    await runner.query(`
      CREATE TABLE skm.import_batches (
        id uuid PRIMARY KEY,
        survey_id uuid NOT NULL REFERENCES skm.surveys(id),
        file_name text NOT NULL,
        row_count int NOT NULL,
        -- Staff-entered answers are flagged per batch: an admin keeps or excludes the whole batch.
        review text NOT NULL DEFAULT 'PENDING' CHECK (review IN ('PENDING', 'KEPT', 'EXCLUDED')),
        imported_by uuid,
        imported_at timestamptz NOT NULL DEFAULT now()
      )`);
    await runner.query(`CREATE INDEX import_batches_pending ON skm.import_batches (survey_id) WHERE review = 'PENDING'`);

    // No foreign keys on responses: it is the bulk-import table (20 M rows a year), and the row-level
    // RI triggers cost more than half of an import's time. The service writes answers only to a
    // survey it has just read, in the same transaction as their batch, and never deletes either.
    await runner.query(`
      CREATE TABLE skm.responses (
        id uuid PRIMARY KEY DEFAULT uuidv7(),
        survey_id uuid NOT NULL,
        channel text NOT NULL CHECK (channel IN ('QR', 'KIOSK', 'LINK', 'PAPER')),
        submission_id uuid,
        token text,
        device_key text,
        submitted_at timestamptz NOT NULL,
        answered_at timestamptz NOT NULL,
        answers smallint[] NOT NULL,
        age_band text,
        sex text,
        education text,
        occupation text,
        service_id uuid,
        import_batch_id uuid,
        flags text[] NOT NULL DEFAULT '{}',
        review text NOT NULL DEFAULT 'NONE' CHECK (review IN ('NONE', 'PENDING', 'KEPT', 'EXCLUDED')),
        review_note text,
        reviewed_by uuid,
        reviewed_at timestamptz,
        CONSTRAINT responses_answers_in_scale CHECK (1 <= ALL (answers) AND 4 >= ALL (answers))
      )`);
    // Partial: paper and QR answers carry neither, and a bulk import should not pay for indexing NULLs.
    await runner.query(`CREATE UNIQUE INDEX responses_submission_once ON skm.responses (submission_id) WHERE submission_id IS NOT NULL`);
    await runner.query(`CREATE UNIQUE INDEX responses_token_once ON skm.responses (token) WHERE token IS NOT NULL`);
    await runner.query(`CREATE INDEX responses_device_recent ON skm.responses (device_key, submitted_at) WHERE device_key IS NOT NULL`);
    // Few answers are flagged: the review queue reads a small partial index.
    await runner.query(`CREATE INDEX responses_flagged ON skm.responses (survey_id, review, id) WHERE review <> 'NONE'`);
    await runner.query(`CREATE INDEX responses_batch ON skm.responses (import_batch_id) WHERE import_batch_id IS NOT NULL`);

    await runner.query(`
      CREATE TABLE skm.survey_tokens (
        token text PRIMARY KEY,
        survey_id uuid NOT NULL REFERENCES skm.surveys(id),
        created_at timestamptz NOT NULL,
        used_at timestamptz
      )`);
    await runner.query(`CREATE INDEX survey_tokens_survey ON skm.survey_tokens (survey_id, created_at, token)`);

    // Answer histogram per survey, profile bucket and element: element_index -1 (value 0) counts
    // questionnaires. dimension 'ALL' (bucket '') is the whole survey, 'DAY' (bucket YYYY-MM-DD) a day.
    await runner.query(`
      CREATE TABLE skm.survey_rollup (
        survey_id uuid NOT NULL REFERENCES skm.surveys(id),
        dimension text NOT NULL,
        bucket text NOT NULL,
        element_index smallint NOT NULL,
        value smallint NOT NULL,
        answers bigint NOT NULL,
        PRIMARY KEY (survey_id, dimension, bucket, element_index, value)
      )`);
    // Public submissions append their counts here (same transaction as the answer, no row locks to
    // wait for); a compactor folds them into survey_rollup every second. Readers add both.
    await runner.query(`
      CREATE TABLE skm.rollup_delta (
        survey_id uuid NOT NULL,
        dimension text NOT NULL,
        bucket text NOT NULL,
        element_index smallint NOT NULL,
        value smallint NOT NULL,
        answers bigint NOT NULL
      )`);
    await runner.query(`CREATE INDEX rollup_delta_cell ON skm.rollup_delta (survey_id, dimension, bucket)`);
    await runner.query(`
      CREATE VIEW skm.rollup_now AS
      SELECT survey_id, dimension, bucket, element_index, value, sum(answers)::bigint AS answers
      FROM (SELECT survey_id, dimension, bucket, element_index, value, answers FROM skm.survey_rollup
            UNION ALL SELECT survey_id, dimension, bucket, element_index, value, answers FROM skm.rollup_delta) cells
      GROUP BY survey_id, dimension, bucket, element_index, value`);
    await runner.query(`
      CREATE TABLE skm.exclusion_rollup (
        survey_id uuid NOT NULL REFERENCES skm.surveys(id),
        reason text NOT NULL,
        responses bigint NOT NULL,
        PRIMARY KEY (survey_id, reason)
      )`);

    await runner.query(`
      CREATE TABLE skm.follow_ups (
        id uuid PRIMARY KEY,
        survey_id uuid NOT NULL REFERENCES skm.surveys(id),
        element_code text NOT NULL,
        action text NOT NULL CHECK (btrim(action) <> ''),
        owner text NOT NULL CHECK (btrim(owner) <> ''),
        due_on date NOT NULL,
        status text NOT NULL CHECK (status IN ('PLANNED', 'IN_PROGRESS', 'DONE', 'CANCELLED')),
        outcome text,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    await runner.query(`CREATE INDEX follow_ups_survey ON skm.follow_ups (survey_id, due_on, id)`);
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query(`DROP VIEW IF EXISTS skm.rollup_now`);
    for (const table of [
      'follow_ups',
      'exclusion_rollup',
      'rollup_delta',
      'survey_rollup',
      'survey_tokens',
      'responses',
      'import_batches',
      'surveys',
    ]) {
      await runner.query(`DROP TABLE IF EXISTS skm.${table}`);
    }
  }
}
