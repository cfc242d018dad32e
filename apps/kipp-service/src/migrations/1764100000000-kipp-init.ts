import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The KIPP tables: competitions and their stage calendar, proposals with versioned drafts, the
 * selection funnel (administrative checks, assignments, scores, shortlists, objections, field
 * verification), an audit trail of decisions, and the innovation catalogue.
 *
 * Catalogue search: Indonesian has no stemmer in PostgreSQL and its affixes (me-, di-, -kan, -an)
 * would be mangled by the English one, so the text vector uses the `simple` configuration over
 * accent-folded lower-case text (`kipp.fold`) with prefix matching for partial words, and pg_trgm
 * over the catalogue's word list (`kipp.search_lexicon`) to correct typos. Both have GIN indexes.
 */
export class KippInit1764100000000 implements MigrationInterface {
  name = 'KippInit1764100000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`CREATE EXTENSION IF NOT EXISTS pg_trgm WITH SCHEMA public`);
    await db.query(`CREATE EXTENSION IF NOT EXISTS unaccent WITH SCHEMA public`);
    // unaccent() is only STABLE; an index needs an IMMUTABLE wrapper with the dictionary pinned.
    await db.query(`
      CREATE FUNCTION kipp.fold(value text) RETURNS text
      LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT
      AS $$ SELECT lower(public.unaccent('public.unaccent'::regdictionary, value)) $$`);

    await db.query(`
      CREATE TABLE kipp.competitions (
        id uuid PRIMARY KEY,
        year int NOT NULL UNIQUE CHECK (year BETWEEN 2014 AND 2100),
        title text NOT NULL CHECK (btrim(title) <> ''),
        groups text[] NOT NULL,
        categories text[] NOT NULL,
        rules jsonb NOT NULL,
        created_by uuid,
        created_at timestamptz(3) NOT NULL DEFAULT now()
      )`);
    await db.query(`
      CREATE TABLE kipp.competition_stages (
        competition_id uuid NOT NULL REFERENCES kipp.competitions(id) ON DELETE CASCADE,
        stage text NOT NULL,
        position int NOT NULL,
        opens_on date NOT NULL,
        closes_on date NOT NULL CHECK (closes_on >= opens_on),
        rubrics jsonb,
        decided_at timestamptz(3),
        decided_by uuid,
        decision_reason text,
        PRIMARY KEY (competition_id, stage)
      )`);
    await db.query(`
      CREATE TABLE kipp.local_admins (
        user_id uuid NOT NULL,
        agency_id uuid NOT NULL,
        display_name text NOT NULL,
        PRIMARY KEY (user_id, agency_id)
      )`);
    await db.query(`CREATE INDEX local_admins_agency_idx ON kipp.local_admins (agency_id)`);
    await db.query(`
      CREATE TABLE kipp.evaluator_profiles (
        user_id uuid PRIMARY KEY,
        display_name text NOT NULL,
        agency_id uuid,
        panel text NOT NULL CHECK (panel IN ('TE', 'TPI'))
      )`);
    await db.query(`
      CREATE TABLE kipp.frontier_regions (
        region_code varchar(10) PRIMARY KEY,
        name text NOT NULL,
        source text NOT NULL
      )`);

    await db.query(`
      CREATE TABLE kipp.innovations (
        id uuid PRIMARY KEY,
        title text NOT NULL,
        summary text NOT NULL DEFAULT '',
        service_unit_id uuid,
        agency_id uuid NOT NULL,
        agency_type text NOT NULL,
        region_code varchar(10) NOT NULL,
        province_code varchar(2) NOT NULL,
        category text NOT NULL,
        group_code text NOT NULL,
        first_year int NOT NULL,
        latest_year int NOT NULL,
        award text NOT NULL CHECK (award IN ('TOP99', 'TOP45')),
        replicates_id uuid REFERENCES kipp.innovations(id),
        status text CHECK (status IN ('CONTINUING', 'STOPPED')),
        status_reason text,
        created_at timestamptz(3) NOT NULL DEFAULT now(),
        search_vector tsvector GENERATED ALWAYS AS (to_tsvector('simple'::regconfig, kipp.fold(title || ' ' || summary || ' ' || category))) STORED
      )`);
    await db.query(`CREATE INDEX innovations_search_idx ON kipp.innovations USING gin (search_vector)`);
    // Every word of the catalogue, for typo correction by trigram similarity (the pg_trgm recipe:
    // a small word list is far cheaper to match than every title). Kept by statement triggers.
    await db.query(`CREATE TABLE kipp.search_lexicon (word text PRIMARY KEY)`);
    await db.query(`CREATE INDEX search_lexicon_trgm_idx ON kipp.search_lexicon USING gin (word public.gin_trgm_ops)`);
    await db.query(`
      CREATE FUNCTION kipp.add_lexicon_words() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        INSERT INTO kipp.search_lexicon (word)
        SELECT DISTINCT word FROM changed, unnest(tsvector_to_array(changed.search_vector)) AS word
        WHERE length(word) BETWEEN 3 AND 60 AND word !~ '^[0-9]+$'
        ON CONFLICT DO NOTHING;
        RETURN NULL;
      END $$`);
    await db.query(
      `CREATE TRIGGER innovations_lexicon_insert AFTER INSERT ON kipp.innovations REFERENCING NEW TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION kipp.add_lexicon_words()`,
    );
    await db.query(
      `CREATE TRIGGER innovations_lexicon_update AFTER UPDATE ON kipp.innovations REFERENCING NEW TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION kipp.add_lexicon_words()`,
    );
    await db.query(`CREATE INDEX innovations_year_idx ON kipp.innovations (latest_year DESC, id)`);
    await db.query(`CREATE INDEX innovations_unit_idx ON kipp.innovations (service_unit_id)`);
    await db.query(`CREATE INDEX innovations_replicates_idx ON kipp.innovations (replicates_id)`);
    await db.query(`
      CREATE TABLE kipp.innovation_entries (
        innovation_id uuid NOT NULL REFERENCES kipp.innovations(id) ON DELETE CASCADE,
        year int NOT NULL,
        group_code text NOT NULL,
        award text NOT NULL CHECK (award IN ('TOP99', 'TOP45')),
        proposal_id uuid,
        PRIMARY KEY (innovation_id, year)
      )`);
    await db.query(`
      CREATE TABLE kipp.status_checks (
        innovation_id uuid NOT NULL REFERENCES kipp.innovations(id) ON DELETE CASCADE,
        year int NOT NULL,
        asked_at timestamptz(3) NOT NULL DEFAULT now(),
        answered_at timestamptz(3),
        answered_by uuid,
        status text CHECK (status IN ('CONTINUING', 'STOPPED')),
        reason text,
        PRIMARY KEY (innovation_id, year)
      )`);
    await db.query(`CREATE INDEX status_checks_open_idx ON kipp.status_checks (year, innovation_id) WHERE answered_at IS NULL`);

    await db.query(`
      CREATE TABLE kipp.proposals (
        id uuid PRIMARY KEY,
        competition_id uuid NOT NULL REFERENCES kipp.competitions(id),
        service_unit_id uuid NOT NULL,
        agency_id uuid NOT NULL,
        agency_type text NOT NULL,
        region_code varchar(10) NOT NULL,
        province_code varchar(2) NOT NULL,
        group_code text NOT NULL CHECK (group_code IN ('UMUM', 'REPLIKASI', 'KHUSUS')),
        category text NOT NULL,
        title text NOT NULL CHECK (btrim(title) <> ''),
        innovation_started_on date NOT NULL,
        source_innovation_id uuid REFERENCES kipp.innovations(id),
        sections jsonb NOT NULL DEFAULT '{}'::jsonb,
        video_url text,
        status text NOT NULL CHECK (status IN ('DRAFT', 'SUBMITTED', 'ADMIN_PASSED', 'ADMIN_FAILED', 'TOP99', 'DISQUALIFIED', 'TOP45')),
        shared_with_admin boolean NOT NULL DEFAULT false,
        return_note text,
        version int NOT NULL DEFAULT 1,
        innovation_id uuid REFERENCES kipp.innovations(id),
        created_by uuid NOT NULL,
        created_at timestamptz(3) NOT NULL DEFAULT now(),
        updated_at timestamptz(3) NOT NULL DEFAULT now(),
        submitted_at timestamptz(3),
        submitted_by uuid
      )`);
    await db.query(`CREATE INDEX proposals_competition_idx ON kipp.proposals (competition_id, status, created_at, id)`);
    await db.query(`CREATE INDEX proposals_agency_idx ON kipp.proposals (agency_id, competition_id, group_code, status)`);
    await db.query(`CREATE INDEX proposals_unit_idx ON kipp.proposals (service_unit_id, created_at, id)`);
    await db.query(`
      CREATE TABLE kipp.proposal_versions (
        proposal_id uuid NOT NULL REFERENCES kipp.proposals(id) ON DELETE CASCADE,
        version int NOT NULL,
        title text NOT NULL,
        sections jsonb NOT NULL,
        saved_by uuid NOT NULL,
        saved_at timestamptz(3) NOT NULL DEFAULT now(),
        PRIMARY KEY (proposal_id, version)
      )`);
    await db.query(`
      CREATE TABLE kipp.proposal_attachments (
        id uuid PRIMARY KEY,
        proposal_id uuid NOT NULL REFERENCES kipp.proposals(id) ON DELETE CASCADE,
        kind text NOT NULL,
        file_name text NOT NULL,
        content_type text NOT NULL,
        size_bytes int NOT NULL CHECK (size_bytes > 0),
        url text NOT NULL,
        added_by uuid NOT NULL,
        added_at timestamptz(3) NOT NULL DEFAULT now()
      )`);
    await db.query(`CREATE INDEX proposal_attachments_proposal_idx ON kipp.proposal_attachments (proposal_id)`);
    await db.query(`
      CREATE TABLE kipp.admin_checks (
        proposal_id uuid PRIMARY KEY REFERENCES kipp.proposals(id),
        checklist jsonb NOT NULL,
        passed boolean NOT NULL,
        reason text NOT NULL,
        decided_by uuid NOT NULL,
        decided_at timestamptz(3) NOT NULL DEFAULT now()
      )`);
    await db.query(`
      CREATE TABLE kipp.notifications (
        id uuid PRIMARY KEY,
        service_unit_id uuid NOT NULL,
        proposal_id uuid NOT NULL REFERENCES kipp.proposals(id),
        kind text NOT NULL,
        message text NOT NULL,
        created_at timestamptz(3) NOT NULL DEFAULT now()
      )`);
    await db.query(`CREATE INDEX notifications_unit_idx ON kipp.notifications (service_unit_id, created_at DESC, id)`);
    await db.query(`
      CREATE TABLE kipp.assignments (
        proposal_id uuid NOT NULL REFERENCES kipp.proposals(id),
        evaluator_id uuid NOT NULL REFERENCES kipp.evaluator_profiles(user_id),
        stage text NOT NULL,
        assigned_by uuid NOT NULL,
        assigned_at timestamptz(3) NOT NULL DEFAULT now(),
        PRIMARY KEY (proposal_id, stage, evaluator_id)
      )`);
    await db.query(`CREATE INDEX assignments_evaluator_idx ON kipp.assignments (evaluator_id, stage)`);
    await db.query(`
      CREATE TABLE kipp.scores (
        proposal_id uuid NOT NULL REFERENCES kipp.proposals(id),
        evaluator_id uuid NOT NULL REFERENCES kipp.evaluator_profiles(user_id),
        stage text NOT NULL CHECK (stage IN ('DESK_ASSESSMENT', 'PRESENTATION')),
        rubric_id text NOT NULL,
        criteria jsonb NOT NULL,
        comment text NOT NULL,
        total numeric(6,2) NOT NULL,
        scored_at timestamptz(3) NOT NULL DEFAULT now(),
        PRIMARY KEY (proposal_id, stage, evaluator_id)
      )`);
    await db.query(`
      CREATE TABLE kipp.shortlist_entries (
        competition_id uuid NOT NULL REFERENCES kipp.competitions(id),
        proposal_id uuid NOT NULL REFERENCES kipp.proposals(id),
        tier text NOT NULL CHECK (tier IN ('TOP99', 'TOP45')),
        rank int,
        score numeric(6,2),
        added_by uuid NOT NULL,
        reason text NOT NULL,
        added_at timestamptz(3) NOT NULL DEFAULT now(),
        PRIMARY KEY (proposal_id, tier)
      )`);
    await db.query(`CREATE INDEX shortlist_competition_idx ON kipp.shortlist_entries (competition_id, tier, rank)`);
    await db.query(`
      CREATE TABLE kipp.objections (
        id uuid PRIMARY KEY,
        proposal_id uuid NOT NULL REFERENCES kipp.proposals(id),
        body text NOT NULL CHECK (length(btrim(body)) >= 10),
        contact text,
        client_hash text NOT NULL,
        filed_at timestamptz(3) NOT NULL DEFAULT now(),
        upheld boolean,
        decision_reason text,
        decided_by uuid,
        decided_at timestamptz(3)
      )`);
    await db.query(`CREATE INDEX objections_proposal_idx ON kipp.objections (proposal_id, filed_at, id)`);
    await db.query(`CREATE INDEX objections_client_idx ON kipp.objections (client_hash, filed_at)`);
    await db.query(`
      CREATE TABLE kipp.field_verifications (
        id uuid PRIMARY KEY,
        proposal_id uuid NOT NULL REFERENCES kipp.proposals(id),
        verifier_id uuid NOT NULL REFERENCES kipp.evaluator_profiles(user_id),
        panel text NOT NULL,
        visited_on date NOT NULL,
        notes text NOT NULL CHECK (btrim(notes) <> ''),
        recorded_at timestamptz(3) NOT NULL DEFAULT now()
      )`);
    await db.query(`CREATE INDEX field_verifications_proposal_idx ON kipp.field_verifications (proposal_id)`);
    await db.query(`
      CREATE TABLE kipp.decisions (
        id uuid PRIMARY KEY,
        competition_id uuid NOT NULL REFERENCES kipp.competitions(id),
        proposal_id uuid REFERENCES kipp.proposals(id),
        kind text NOT NULL,
        decided_by uuid NOT NULL,
        reason text NOT NULL CHECK (btrim(reason) <> ''),
        detail jsonb NOT NULL DEFAULT '{}'::jsonb,
        decided_at timestamptz(3) NOT NULL DEFAULT clock_timestamp()
      )`);
    await db.query(`CREATE INDEX decisions_competition_idx ON kipp.decisions (competition_id, decided_at, id)`);
    await db.query(`CREATE INDEX decisions_proposal_idx ON kipp.decisions (proposal_id)`);
  }

  async down(db: QueryRunner): Promise<void> {
    for (const table of [
      'decisions',
      'field_verifications',
      'objections',
      'shortlist_entries',
      'scores',
      'assignments',
      'notifications',
      'admin_checks',
      'proposal_attachments',
      'proposal_versions',
      'proposals',
      'status_checks',
      'innovation_entries',
      'innovations',
      'search_lexicon',
      'frontier_regions',
      'evaluator_profiles',
      'local_admins',
      'competition_stages',
      'competitions',
    ]) {
      await db.query(`DROP TABLE kipp.${table}`);
    }
    await db.query(`DROP FUNCTION kipp.add_lexicon_words()`);
    await db.query(`DROP FUNCTION kipp.fold(text)`);
  }
}
