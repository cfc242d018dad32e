import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * `Desk.latestIkm` looks up the newest survey of many desks at once (the operator's dashboard):
 * an index on (desk_id, ends_on DESC) lets `DISTINCT ON (desk_id)` read one index range per desk.
 */
export class SkmDeskLatest1764200000000 implements MigrationInterface {
  name = 'SkmDeskLatest1764200000000';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query(`CREATE INDEX surveys_desk ON skm.surveys (desk_id, ends_on DESC) WHERE desk_id IS NOT NULL`);
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query(`DROP INDEX IF EXISTS skm.surveys_desk`);
  }
}
