import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A desk's IKM comes from the SKM service's rollups (`Desk.latestIkm`, federated), no longer a
 * number an admin types; the hand-typed column goes.
 */
export class DropDeskIkm1764100000000 implements MigrationInterface {
  name = 'DropDeskIkm1764100000000';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query(`ALTER TABLE mpp.desks DROP COLUMN ikm, DROP COLUMN ikm_updated_at`);
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query(
      `ALTER TABLE mpp.desks ADD COLUMN ikm numeric(5, 2) CHECK (ikm BETWEEN 25 AND 100), ADD COLUMN ikm_updated_at timestamptz`,
    );
  }
}
