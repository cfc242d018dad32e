import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Ombudsman RI compliance results per instansi per year, as published (docs/domain.md §7): the
 * method that produced them, the 2015–2021 score or the 2022+ opinion, the zone @simpul/scoring gives
 * that (stored so lists filter and count by it), the dimension scores and unit findings where the
 * Ombudsman published them. Recorded, never recomputed: one row per agency, year and method. The
 * agency's name and region are copied from the registry when the row is recorded (lists and province
 * counts without asking the registry).
 */
export class OmbudsmanResults1766300000000 implements MigrationInterface {
  name = 'OmbudsmanResults1766300000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE evaluation.ombudsman_results (
        id uuid PRIMARY KEY,
        agency_id uuid NOT NULL,
        agency_name text NOT NULL,
        region_code text,
        province_code text,
        year integer NOT NULL CHECK (year BETWEEN 2015 AND 2100),
        method text NOT NULL CHECK (method IN ('KEPATUHAN_2015', 'OPINI_2022', 'OPINI_2025')),
        score numeric(5, 2) CHECK (score BETWEEN 0 AND 100),
        opinion text CHECK (opinion IN ('A', 'B', 'C', 'D', 'E')),
        zone text NOT NULL CHECK (zone IN ('HIJAU', 'KUNING', 'MERAH')),
        maladministration_risk text,
        origin text NOT NULL CHECK (origin IN ('OFFICIAL', 'DEMO')),
        source text,
        recorded_at timestamptz(3) NOT NULL,
        recorded_by uuid,
        CHECK (origin <> 'OFFICIAL' OR (source IS NOT NULL AND btrim(source) <> '')),
        CHECK (method <> 'KEPATUHAN_2015' OR (opinion IS NULL AND score IS NOT NULL)),
        CONSTRAINT ombudsman_results_agency_year_method_key UNIQUE (agency_id, year, method)
      )`);
    await db.query(`CREATE INDEX ombudsman_results_province_idx ON evaluation.ombudsman_results (province_code, year)`);
    await db.query(`CREATE INDEX ombudsman_results_year_idx ON evaluation.ombudsman_results (year DESC, agency_name, id)`);
    await db.query(`
      CREATE TABLE evaluation.ombudsman_dimension_scores (
        result_id uuid NOT NULL REFERENCES evaluation.ombudsman_results(id) ON DELETE CASCADE,
        dimension text NOT NULL CHECK (dimension IN ('INPUT', 'PROSES', 'OUTPUT', 'PENGADUAN')),
        score numeric(5, 2) NOT NULL CHECK (score BETWEEN 0 AND 100),
        weight numeric(5, 2),
        PRIMARY KEY (result_id, dimension)
      )`);
    await db.query(`
      CREATE TABLE evaluation.ombudsman_unit_findings (
        result_id uuid NOT NULL REFERENCES evaluation.ombudsman_results(id) ON DELETE CASCADE,
        position smallint NOT NULL,
        service_unit_id uuid,
        unit_name text NOT NULL,
        score numeric(5, 2) CHECK (score BETWEEN 0 AND 100),
        zone text CHECK (zone IN ('HIJAU', 'KUNING', 'MERAH')),
        note text,
        PRIMARY KEY (result_id, position)
      )`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TABLE evaluation.ombudsman_unit_findings`);
    await db.query(`DROP TABLE evaluation.ombudsman_dimension_scores`);
    await db.query(`DROP TABLE evaluation.ombudsman_results`);
  }
}
