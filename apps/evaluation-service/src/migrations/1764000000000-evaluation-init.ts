import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The evaluation tables. Units, agencies and users live in other services: their ids are kept
 * without foreign keys, and what cohorts and exports need about a unit is snapshotted on the lokus.
 */
export class EvaluationInit1764000000000 implements MigrationInterface {
  name = 'EvaluationInit1764000000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE evaluation.cycles (
        id uuid PRIMARY KEY,
        year integer NOT NULL CHECK (year BETWEEN 2000 AND 2100),
        name text NOT NULL CHECK (btrim(name) <> ''),
        scheme text NOT NULL CHECK (scheme IN ('PEMANTAUAN', 'MANDIRI', 'KHUSUS')),
        instrument_ids text[] NOT NULL CHECK (cardinality(instrument_ids) > 0),
        finalised_at timestamptz(3),
        published_at timestamptz(3),
        created_by uuid,
        created_at timestamptz(3) NOT NULL DEFAULT now(),
        UNIQUE (year, scheme)
      )`);
    await db.query(`
      CREATE TABLE evaluation.cycle_phases (
        cycle_id uuid NOT NULL REFERENCES evaluation.cycles(id) ON DELETE CASCADE,
        phase text NOT NULL,
        position smallint NOT NULL,
        starts_at timestamptz(3) NOT NULL,
        ends_at timestamptz(3) NOT NULL CHECK (ends_at > starts_at),
        PRIMARY KEY (cycle_id, phase)
      )`);
    await db.query(`
      CREATE TABLE evaluation.phase_extensions (
        id uuid PRIMARY KEY,
        cycle_id uuid NOT NULL REFERENCES evaluation.cycles(id) ON DELETE CASCADE,
        phase text NOT NULL,
        previous_ends_at timestamptz(3) NOT NULL,
        new_ends_at timestamptz(3) NOT NULL,
        reason text NOT NULL CHECK (btrim(reason) <> ''),
        extended_by uuid,
        extended_at timestamptz(3) NOT NULL
      )`);
    await db.query(`CREATE INDEX phase_extensions_cycle_idx ON evaluation.phase_extensions (cycle_id, extended_at)`);

    await db.query(`
      CREATE TABLE evaluation.evaluator_profiles (
        user_id uuid PRIMARY KEY,
        display_name text NOT NULL,
        agency_id uuid NOT NULL,
        level text NOT NULL CHECK (level IN ('KEMENPANRB', 'PROVINCE', 'REGENCY')),
        province_code varchar(2),
        regency_code varchar(10)
      )`);
    await db.query(`
      CREATE TABLE evaluation.conflict_declarations (
        id uuid PRIMARY KEY,
        evaluator_id uuid NOT NULL REFERENCES evaluation.evaluator_profiles(user_id),
        agency_id uuid,
        service_unit_id uuid,
        reason text NOT NULL CHECK (btrim(reason) <> ''),
        declared_at timestamptz(3) NOT NULL,
        CHECK (agency_id IS NOT NULL OR service_unit_id IS NOT NULL)
      )`);
    await db.query(`CREATE INDEX conflict_declarations_evaluator_idx ON evaluation.conflict_declarations (evaluator_id)`);

    await db.query(`
      CREATE TABLE evaluation.lokus (
        id uuid PRIMARY KEY,
        cycle_id uuid NOT NULL REFERENCES evaluation.cycles(id) ON DELETE CASCADE,
        service_unit_id uuid NOT NULL,
        unit_name text NOT NULL,
        unit_kind text NOT NULL,
        service_group text NOT NULL CHECK (service_group IN ('BARANG', 'JASA', 'ADMINISTRASI')),
        agency_id uuid NOT NULL,
        agency_name text,
        province_code varchar(2) NOT NULL,
        province_name text,
        government_level text NOT NULL CHECK (government_level IN ('CENTRAL', 'PROVINCE', 'REGENCY')),
        cohort text NOT NULL,
        instrument_id text NOT NULL,
        min_respondents integer NOT NULL DEFAULT 10 CHECK (min_respondents >= 0),
        max_respondents integer NOT NULL DEFAULT 20 CHECK (max_respondents >= min_respondents),
        added_by uuid,
        added_at timestamptz(3) NOT NULL,
        UNIQUE (cycle_id, service_unit_id)
      )`);
    await db.query(`CREATE INDEX lokus_unit_idx ON evaluation.lokus (service_unit_id)`);
    await db.query(`CREATE INDEX lokus_cycle_name_idx ON evaluation.lokus (cycle_id, unit_name, id)`);

    await db.query(`
      CREATE TABLE evaluation.assignments (
        lokus_id uuid NOT NULL REFERENCES evaluation.lokus(id) ON DELETE CASCADE,
        evaluator_id uuid NOT NULL REFERENCES evaluation.evaluator_profiles(user_id),
        role text NOT NULL CHECK (role IN ('PRIMARY', 'SECOND_RATER')),
        assigned_by uuid,
        assigned_at timestamptz(3) NOT NULL,
        PRIMARY KEY (lokus_id, evaluator_id)
      )`);
    await db.query(`CREATE INDEX assignments_evaluator_idx ON evaluation.assignments (evaluator_id)`);

    await db.query(`
      CREATE TABLE evaluation.f01_claims (
        lokus_id uuid NOT NULL REFERENCES evaluation.lokus(id) ON DELETE CASCADE,
        indicator_code text NOT NULL,
        level smallint NOT NULL CHECK (level BETWEEN 0 AND 5),
        justification text NOT NULL,
        version integer NOT NULL DEFAULT 1,
        updated_by uuid,
        updated_at timestamptz(3) NOT NULL,
        PRIMARY KEY (lokus_id, indicator_code)
      )`);
    await db.query(`
      CREATE TABLE evaluation.documents (
        id uuid PRIMARY KEY,
        service_unit_id uuid NOT NULL,
        file_name text NOT NULL,
        mime_type text NOT NULL,
        size_bytes integer NOT NULL CHECK (size_bytes > 0),
        sha256 char(64) NOT NULL,
        storage_key text NOT NULL,
        uploaded_by uuid,
        uploaded_at timestamptz(3) NOT NULL,
        UNIQUE (service_unit_id, sha256)
      )`);
    await db.query(`
      CREATE TABLE evaluation.claim_evidence (
        lokus_id uuid NOT NULL REFERENCES evaluation.lokus(id) ON DELETE CASCADE,
        indicator_code text NOT NULL,
        document_id uuid NOT NULL REFERENCES evaluation.documents(id),
        attached_by uuid,
        attached_at timestamptz(3) NOT NULL,
        PRIMARY KEY (lokus_id, indicator_code, document_id)
      )`);
    await db.query(`
      CREATE TABLE evaluation.evidence_events (
        id bigserial PRIMARY KEY,
        lokus_id uuid NOT NULL REFERENCES evaluation.lokus(id) ON DELETE CASCADE,
        indicator_code text NOT NULL,
        document_id uuid NOT NULL REFERENCES evaluation.documents(id),
        action text NOT NULL CHECK (action IN ('ADDED', 'REMOVED')),
        actor_id uuid,
        at timestamptz(3) NOT NULL
      )`);
    await db.query(`CREATE INDEX evidence_events_slot_idx ON evaluation.evidence_events (lokus_id, indicator_code, id)`);

    await db.query(`
      CREATE TABLE evaluation.f02_scores (
        lokus_id uuid NOT NULL REFERENCES evaluation.lokus(id) ON DELETE CASCADE,
        indicator_code text NOT NULL,
        level smallint NOT NULL CHECK (level BETWEEN 0 AND 5),
        note text,
        version integer NOT NULL DEFAULT 1,
        scored_by uuid,
        updated_at timestamptz(3) NOT NULL,
        PRIMARY KEY (lokus_id, indicator_code)
      )`);
    await db.query(`
      CREATE TABLE evaluation.f02_second_scores (
        lokus_id uuid NOT NULL REFERENCES evaluation.lokus(id) ON DELETE CASCADE,
        evaluator_id uuid NOT NULL,
        indicator_code text NOT NULL,
        level smallint NOT NULL CHECK (level BETWEEN 0 AND 5),
        updated_at timestamptz(3) NOT NULL,
        PRIMARY KEY (lokus_id, evaluator_id, indicator_code)
      )`);
    await db.query(`
      CREATE TABLE evaluation.score_comments (
        id uuid PRIMARY KEY,
        seq bigint GENERATED ALWAYS AS IDENTITY,
        lokus_id uuid NOT NULL REFERENCES evaluation.lokus(id) ON DELETE CASCADE,
        indicator_code text,
        author_id uuid NOT NULL,
        author_role text NOT NULL,
        body text NOT NULL CHECK (btrim(body) <> ''),
        created_at timestamptz(3) NOT NULL
      )`);
    await db.query(`CREATE INDEX score_comments_lokus_idx ON evaluation.score_comments (lokus_id, seq)`);
    await db.query(`
      CREATE TABLE evaluation.field_verifications (
        id uuid PRIMARY KEY,
        lokus_id uuid NOT NULL REFERENCES evaluation.lokus(id) ON DELETE CASCADE,
        visited_on date NOT NULL,
        team text[] NOT NULL,
        findings text NOT NULL,
        recorded_by uuid NOT NULL,
        recorded_at timestamptz(3) NOT NULL
      )`);
    await db.query(`CREATE INDEX field_verifications_lokus_idx ON evaluation.field_verifications (lokus_id)`);

    await db.query(`
      CREATE TABLE evaluation.survey_tokens (
        token text PRIMARY KEY,
        lokus_id uuid NOT NULL REFERENCES evaluation.lokus(id) ON DELETE CASCADE,
        created_at timestamptz(3) NOT NULL,
        used_at timestamptz(3)
      )`);
    await db.query(`CREATE INDEX survey_tokens_lokus_idx ON evaluation.survey_tokens (lokus_id)`);
    await db.query(`
      CREATE TABLE evaluation.survey_responses (
        id uuid PRIMARY KEY,
        lokus_id uuid NOT NULL REFERENCES evaluation.lokus(id) ON DELETE CASCADE,
        answers smallint[] NOT NULL,
        submitted_at timestamptz(3) NOT NULL
      )`);
    await db.query(`CREATE INDEX survey_responses_lokus_idx ON evaluation.survey_responses (lokus_id)`);

    await db.query(`
      CREATE TABLE evaluation.results (
        id uuid PRIMARY KEY,
        lokus_id uuid NOT NULL REFERENCES evaluation.lokus(id) ON DELETE CASCADE,
        cycle_id uuid NOT NULL REFERENCES evaluation.cycles(id) ON DELETE CASCADE,
        version integer NOT NULL,
        current boolean NOT NULL,
        index numeric(4, 2) NOT NULL,
        evaluator_index numeric(4, 2) NOT NULL,
        user_index numeric(4, 2),
        basis text NOT NULL,
        category_code text NOT NULL,
        respondents integer NOT NULL,
        cohort text NOT NULL,
        rank integer,
        cohort_size integer,
        inputs jsonb NOT NULL,
        explanation jsonb NOT NULL,
        reason text,
        computed_by uuid,
        computed_at timestamptz(3) NOT NULL,
        UNIQUE (lokus_id, version)
      )`);
    // Explanations are a few kB each and written 5,000 at a time: out of line, uncompressed, is the fast path.
    await db.query(
      `ALTER TABLE evaluation.results ALTER COLUMN explanation SET STORAGE EXTERNAL, ALTER COLUMN inputs SET STORAGE EXTERNAL`,
    );
    await db.query(`CREATE UNIQUE INDEX results_current_key ON evaluation.results (lokus_id) WHERE current`);
    await db.query(`CREATE INDEX results_cycle_cohort_idx ON evaluation.results (cycle_id, cohort, rank) WHERE current`);

    await db.query(`
      CREATE TABLE evaluation.appeals (
        id uuid PRIMARY KEY,
        seq bigint GENERATED ALWAYS AS IDENTITY,
        lokus_id uuid NOT NULL REFERENCES evaluation.lokus(id) ON DELETE CASCADE,
        indicator_code text NOT NULL,
        disputed_level smallint NOT NULL,
        requested_level smallint CHECK (requested_level BETWEEN 0 AND 5),
        reason text NOT NULL CHECK (btrim(reason) <> ''),
        filed_by uuid NOT NULL,
        filed_at timestamptz(3) NOT NULL,
        status text NOT NULL CHECK (status IN ('OPEN', 'RESCORED', 'REJECTED')),
        decision_reason text,
        new_level smallint CHECK (new_level BETWEEN 0 AND 5),
        decided_by uuid,
        decided_at timestamptz(3)
      )`);
    await db.query(`CREATE INDEX appeals_lokus_idx ON evaluation.appeals (lokus_id, seq)`);
    await db.query(`CREATE UNIQUE INDEX appeals_open_key ON evaluation.appeals (lokus_id, indicator_code) WHERE status = 'OPEN'`);

    await db.query(`
      CREATE TABLE evaluation.national_figures (
        year integer PRIMARY KEY,
        index numeric(4, 2) NOT NULL CHECK (index BETWEEN 0 AND 5),
        source text NOT NULL
      )`);
  }

  async down(db: QueryRunner): Promise<void> {
    for (const table of [
      'national_figures',
      'appeals',
      'results',
      'survey_responses',
      'survey_tokens',
      'field_verifications',
      'score_comments',
      'f02_second_scores',
      'f02_scores',
      'evidence_events',
      'claim_evidence',
      'documents',
      'f01_claims',
      'assignments',
      'lokus',
      'conflict_declarations',
      'evaluator_profiles',
      'phase_extensions',
      'cycle_phases',
      'cycles',
    ]) {
      await db.query(`DROP TABLE evaluation.${table}`);
    }
  }
}
