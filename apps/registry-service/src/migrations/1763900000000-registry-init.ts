import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The registry tables. Search uses pg_trgm GIN indexes over an accent-folded, lower-cased name
 * (`registry.search_key`), so "samsat" finds "SAMSAT Kalimantan Selatan" with an index scan.
 */
export class RegistryInit1763900000000 implements MigrationInterface {
  name = 'RegistryInit1763900000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`CREATE EXTENSION IF NOT EXISTS pg_trgm WITH SCHEMA public`);
    await db.query(`CREATE EXTENSION IF NOT EXISTS unaccent WITH SCHEMA public`);
    // unaccent() is only STABLE; an index needs an IMMUTABLE wrapper with the dictionary pinned.
    await db.query(`
      CREATE FUNCTION registry.search_key(value text) RETURNS text
      LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT
      AS $$ SELECT lower(public.unaccent('public.unaccent'::regdictionary, value)) $$`);

    await db.query(`
      CREATE TABLE registry.regions (
        code varchar(10) PRIMARY KEY,
        name text NOT NULL,
        level text NOT NULL CHECK (level IN ('PROVINCE', 'REGENCY')),
        regency_kind text CHECK (regency_kind IN ('KABUPATEN', 'KOTA')),
        parent_code varchar(10) REFERENCES registry.regions(code),
        province_code varchar(2) NOT NULL
      )`);
    await db.query(`CREATE INDEX regions_province_idx ON registry.regions (province_code, code)`);

    await db.query(`
      CREATE TABLE registry.agencies (
        id uuid PRIMARY KEY,
        name text NOT NULL,
        type text NOT NULL,
        region_code varchar(10) REFERENCES registry.regions(code),
        parent_id uuid REFERENCES registry.agencies(id),
        created_at timestamptz(3) NOT NULL DEFAULT now()
      )`);
    await db.query(`CREATE INDEX agencies_region_idx ON registry.agencies (region_code)`);
    await db.query(`CREATE INDEX agencies_parent_idx ON registry.agencies (parent_id)`);
    await db.query(`CREATE INDEX agencies_name_idx ON registry.agencies (name, id)`);
    await db.query(`CREATE INDEX agencies_search_idx ON registry.agencies USING gin (registry.search_key(name) public.gin_trgm_ops)`);

    await db.query(`
      CREATE TABLE registry.service_units (
        id uuid PRIMARY KEY,
        name text NOT NULL CHECK (btrim(name) <> ''),
        kind text NOT NULL,
        service_group text NOT NULL,
        agency_id uuid NOT NULL REFERENCES registry.agencies(id),
        region_code varchar(10) NOT NULL REFERENCES registry.regions(code),
        address text,
        phone text,
        email text,
        website text,
        sippn_id text,
        pekppp_id text,
        sp4n_lapor_id text,
        sinovik_id text,
        archived_at timestamptz(3),
        created_at timestamptz(3) NOT NULL DEFAULT now(),
        updated_at timestamptz(3) NOT NULL DEFAULT now()
      )`);
    for (const column of ['sippn_id', 'pekppp_id', 'sp4n_lapor_id', 'sinovik_id']) {
      await db.query(`CREATE UNIQUE INDEX service_units_${column}_key ON registry.service_units (${column}) WHERE ${column} IS NOT NULL`);
    }
    await db.query(`CREATE INDEX service_units_agency_idx ON registry.service_units (agency_id)`);
    await db.query(`CREATE INDEX service_units_region_idx ON registry.service_units (region_code)`);
    await db.query(`CREATE INDEX service_units_name_idx ON registry.service_units (name, id)`);
    await db.query(`CREATE INDEX service_units_created_idx ON registry.service_units (created_at, id)`);
    await db.query(
      `CREATE INDEX service_units_search_idx ON registry.service_units USING gin (registry.search_key(name) public.gin_trgm_ops)`,
    );

    await db.query(`
      CREATE TABLE registry.services (
        id uuid PRIMARY KEY,
        service_unit_id uuid NOT NULL REFERENCES registry.service_units(id),
        name text NOT NULL CHECK (btrim(name) <> ''),
        description text,
        standard jsonb NOT NULL DEFAULT '{}'::jsonb,
        complete boolean NOT NULL DEFAULT false,
        archived_at timestamptz(3),
        created_at timestamptz(3) NOT NULL DEFAULT now(),
        updated_at timestamptz(3) NOT NULL DEFAULT now()
      )`);
    await db.query(`CREATE UNIQUE INDEX services_unit_name_key ON registry.services (service_unit_id, lower(name))`);
    await db.query(`CREATE INDEX services_unit_idx ON registry.services (service_unit_id, name, id)`);
    await db.query(`CREATE INDEX services_name_idx ON registry.services (name, id)`);
    await db.query(`CREATE INDEX services_created_idx ON registry.services (created_at, id)`);
    await db.query(`CREATE INDEX services_search_idx ON registry.services USING gin (registry.search_key(name) public.gin_trgm_ops)`);

    await db.query(`
      CREATE TABLE registry.users (
        id uuid PRIMARY KEY,
        email text NOT NULL,
        display_name text NOT NULL,
        role text NOT NULL CHECK (role IN ('NATIONAL_ADMIN', 'EVALUATOR', 'MPP_OPERATOR', 'UNIT_DESK')),
        service_unit_id uuid REFERENCES registry.service_units(id),
        mall_id uuid,
        password_hash text NOT NULL,
        created_at timestamptz(3) NOT NULL DEFAULT now(),
        CHECK (role <> 'UNIT_DESK' OR service_unit_id IS NOT NULL),
        CHECK (role <> 'MPP_OPERATOR' OR mall_id IS NOT NULL)
      )`);
    await db.query(`CREATE UNIQUE INDEX users_email_key ON registry.users (lower(email))`);
  }

  async down(db: QueryRunner): Promise<void> {
    // Extensions are database-wide and may serve other services' schemas: they stay.
    await db.query(`DROP TABLE registry.users`);
    await db.query(`DROP TABLE registry.services`);
    await db.query(`DROP TABLE registry.service_units`);
    await db.query(`DROP TABLE registry.agencies`);
    await db.query(`DROP TABLE registry.regions`);
    await db.query(`DROP FUNCTION registry.search_key(text)`);
  }
}
