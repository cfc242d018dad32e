import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The MPP schema. Rules that must hold under concurrency live in the database itself:
 * - a desk is booked by at most one tenant per weekday (partial unique index on open assignments),
 *   so two operators assigning at once get one success and one unique violation, never a double booking;
 * - an agency has at most one open tenancy per mall;
 * - assignments and desk days can only join a desk and a tenancy of the same mall (composite keys).
 * Registry facts (agencies, units, services) are referenced by id only: another service owns them.
 */
export class MppInit1764000000000 implements MigrationInterface {
  name = 'MppInit1764000000000';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query(`
      CREATE TABLE mpp.malls (
        id uuid PRIMARY KEY,
        name text NOT NULL CHECK (btrim(name) <> ''),
        regency_code text NOT NULL CHECK (regency_code ~ '^[0-9]{2}\\.[0-9]{2}$'),
        province_code text GENERATED ALWAYS AS (split_part(regency_code, '.', 1)) STORED,
        address text,
        status text NOT NULL DEFAULT 'PROPOSED' CHECK (status IN ('PROPOSED', 'ACTIVE', 'SUSPENDED', 'CLOSED')),
        managing_unit_id uuid,
        proposed_on date,
        opened_on date,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT malls_opened_after_proposed CHECK (opened_on IS NULL OR proposed_on IS NULL OR proposed_on <= opened_on),
        CONSTRAINT malls_active_has_opening_date CHECK (status <> 'ACTIVE' OR opened_on IS NOT NULL)
      );
      CREATE INDEX malls_province ON mpp.malls (province_code, name);
      CREATE INDEX malls_regency ON mpp.malls (regency_code);

      CREATE TABLE mpp.mall_documents (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        mall_id uuid NOT NULL REFERENCES mpp.malls (id) ON DELETE CASCADE,
        kind text NOT NULL CHECK (kind IN ('REGENT_LETTER', 'URGENCY_STUDY', 'OTHER')),
        title text NOT NULL CHECK (btrim(title) <> ''),
        number text,
        issued_on date,
        file_name text,
        url text,
        created_at timestamptz NOT NULL DEFAULT now()
      );
      CREATE INDEX mall_documents_mall ON mpp.mall_documents (mall_id);

      CREATE TABLE mpp.mall_opening_hours (
        mall_id uuid NOT NULL REFERENCES mpp.malls (id) ON DELETE CASCADE,
        weekday smallint NOT NULL CHECK (weekday BETWEEN 1 AND 7),
        opens_at time NOT NULL,
        closes_at time NOT NULL,
        PRIMARY KEY (mall_id, weekday),
        CONSTRAINT opening_hours_in_order CHECK (opens_at < closes_at)
      );

      CREATE TABLE mpp.tenancies (
        id uuid PRIMARY KEY,
        mall_id uuid NOT NULL REFERENCES mpp.malls (id),
        agency_id uuid NOT NULL,
        step text NOT NULL CHECK (step IN ('INVITED', 'AGREEMENT_SIGNED', 'DESK_ASSIGNED', 'SERVICES_READY', 'LIVE', 'PAUSED', 'LEFT')),
        resume_step text CHECK (resume_step IN ('INVITED', 'AGREEMENT_SIGNED', 'DESK_ASSIGNED', 'SERVICES_READY', 'LIVE')),
        invited_at timestamptz NOT NULL DEFAULT now(),
        live_since timestamptz,
        left_at timestamptz,
        updated_at timestamptz NOT NULL DEFAULT now(),
        UNIQUE (mall_id, id),
        CONSTRAINT tenancies_paused_knows_where_to_resume CHECK ((step = 'PAUSED') = (resume_step IS NOT NULL)),
        CONSTRAINT tenancies_left_has_date CHECK ((step = 'LEFT') = (left_at IS NOT NULL))
      );
      CREATE UNIQUE INDEX tenancies_one_open_per_agency ON mpp.tenancies (mall_id, agency_id) WHERE step <> 'LEFT';
      CREATE INDEX tenancies_agency ON mpp.tenancies (agency_id);

      CREATE TABLE mpp.tenancy_steps (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        tenancy_id uuid NOT NULL REFERENCES mpp.tenancies (id) ON DELETE CASCADE,
        step text NOT NULL,
        checklist jsonb NOT NULL DEFAULT '[]',
        note text,
        completed_by uuid,
        completed_by_name text,
        completed_at timestamptz NOT NULL DEFAULT now(),
        -- Insertion order breaks ties between steps completed in the same instant.
        seq bigint GENERATED ALWAYS AS IDENTITY
      );
      CREATE INDEX tenancy_steps_tenancy ON mpp.tenancy_steps (tenancy_id, completed_at, seq);

      CREATE TABLE mpp.agreements (
        id uuid PRIMARY KEY,
        tenancy_id uuid NOT NULL REFERENCES mpp.tenancies (id),
        number text NOT NULL CHECK (btrim(number) <> ''),
        signed_on date NOT NULL,
        starts_on date NOT NULL,
        expires_on date NOT NULL,
        original_expires_on date NOT NULL,
        document jsonb,
        created_at timestamptz NOT NULL DEFAULT now(),
        UNIQUE (tenancy_id, number),
        CONSTRAINT agreements_dates_in_order CHECK (starts_on <= expires_on AND signed_on <= expires_on AND original_expires_on <= expires_on)
      );
      CREATE INDEX agreements_expiry ON mpp.agreements (tenancy_id, expires_on DESC);

      CREATE TABLE mpp.agreement_addenda (
        id uuid PRIMARY KEY,
        agreement_id uuid NOT NULL REFERENCES mpp.agreements (id) ON DELETE CASCADE,
        number text NOT NULL CHECK (btrim(number) <> ''),
        signed_on date NOT NULL,
        expires_on date,
        summary text NOT NULL CHECK (btrim(summary) <> ''),
        document jsonb,
        created_at timestamptz NOT NULL DEFAULT now(),
        UNIQUE (agreement_id, number)
      );

      CREATE TABLE mpp.desks (
        id uuid PRIMARY KEY,
        mall_id uuid NOT NULL REFERENCES mpp.malls (id),
        number integer NOT NULL CHECK (number > 0),
        label text,
        ikm numeric(5, 2) CHECK (ikm BETWEEN 25 AND 100),
        ikm_updated_at timestamptz,
        created_at timestamptz NOT NULL DEFAULT now(),
        UNIQUE (mall_id, number),
        UNIQUE (mall_id, id)
      );

      CREATE TABLE mpp.desk_assignments (
        id uuid PRIMARY KEY,
        mall_id uuid NOT NULL,
        desk_id uuid NOT NULL,
        tenancy_id uuid NOT NULL,
        weekday smallint NOT NULL CHECK (weekday BETWEEN 1 AND 7),
        staff_count integer NOT NULL CHECK (staff_count BETWEEN 1 AND 50),
        assigned_at timestamptz NOT NULL DEFAULT now(),
        assigned_by uuid,
        released_at timestamptz,
        FOREIGN KEY (mall_id, desk_id) REFERENCES mpp.desks (mall_id, id),
        FOREIGN KEY (mall_id, tenancy_id) REFERENCES mpp.tenancies (mall_id, id)
      );
      CREATE UNIQUE INDEX desk_assignments_no_double_booking ON mpp.desk_assignments (desk_id, weekday) WHERE released_at IS NULL;
      CREATE INDEX desk_assignments_tenancy ON mpp.desk_assignments (tenancy_id) WHERE released_at IS NULL;
      CREATE INDEX desk_assignments_mall ON mpp.desk_assignments (mall_id, weekday) WHERE released_at IS NULL;

      CREATE TABLE mpp.tenancy_services (
        id uuid PRIMARY KEY,
        tenancy_id uuid NOT NULL REFERENCES mpp.tenancies (id),
        service_id uuid NOT NULL,
        service_unit_id uuid NOT NULL,
        status text NOT NULL DEFAULT 'PENDING' CHECK (status IN ('PENDING', 'LIVE')),
        daily_quota integer CHECK (daily_quota > 0),
        delivery_ready boolean NOT NULL,
        missing_components text[] NOT NULL DEFAULT '{}',
        unpublished_components text[] NOT NULL DEFAULT '{}',
        checked_at timestamptz NOT NULL,
        added_at timestamptz NOT NULL DEFAULT now(),
        added_by uuid,
        seq bigint GENERATED ALWAYS AS IDENTITY,
        UNIQUE (tenancy_id, service_id),
        CONSTRAINT tenancy_services_live_only_when_ready CHECK (status <> 'LIVE' OR delivery_ready)
      );

      CREATE TABLE mpp.desk_days (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        mall_id uuid NOT NULL,
        desk_id uuid NOT NULL,
        visit_date date NOT NULL,
        tenancy_id uuid NOT NULL,
        visitors integer NOT NULL CHECK (visitors >= 0),
        complaints integer NOT NULL DEFAULT 0 CHECK (complaints >= 0),
        source text NOT NULL CHECK (source IN ('ENTRY', 'CSV', 'SEED')),
        recorded_at timestamptz NOT NULL DEFAULT now(),
        recorded_by uuid,
        UNIQUE (desk_id, visit_date),
        FOREIGN KEY (mall_id, desk_id) REFERENCES mpp.desks (mall_id, id),
        FOREIGN KEY (mall_id, tenancy_id) REFERENCES mpp.tenancies (mall_id, id)
      );
      CREATE INDEX desk_days_mall_date ON mpp.desk_days (mall_id, visit_date);

      CREATE TABLE mpp.desk_day_services (
        desk_day_id uuid NOT NULL REFERENCES mpp.desk_days (id) ON DELETE CASCADE,
        service_id uuid NOT NULL,
        visitors integer NOT NULL CHECK (visitors >= 0),
        PRIMARY KEY (desk_day_id, service_id)
      );

      CREATE TABLE mpp.published_mall_counts (
        as_of date PRIMARY KEY,
        count integer NOT NULL CHECK (count >= 0),
        source text NOT NULL
      );
    `);
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query(`
      DROP TABLE mpp.published_mall_counts;
      DROP TABLE mpp.desk_day_services;
      DROP TABLE mpp.desk_days;
      DROP TABLE mpp.tenancy_services;
      DROP TABLE mpp.desk_assignments;
      DROP TABLE mpp.desks;
      DROP TABLE mpp.agreement_addenda;
      DROP TABLE mpp.agreements;
      DROP TABLE mpp.tenancy_steps;
      DROP TABLE mpp.tenancies;
      DROP TABLE mpp.mall_opening_hours;
      DROP TABLE mpp.mall_documents;
      DROP TABLE mpp.malls;
    `);
  }
}
