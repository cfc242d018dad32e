import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Every change of a mall's status with its reason, who made it and when (the register is append-only). */
export class MallStatusChanges1764100000001 implements MigrationInterface {
  name = 'MallStatusChanges1764100000001';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query(`
      CREATE TABLE mpp.mall_status_changes (
        id uuid PRIMARY KEY,
        mall_id uuid NOT NULL REFERENCES mpp.malls (id) ON DELETE CASCADE,
        from_status text NOT NULL CHECK (from_status IN ('PROPOSED', 'ACTIVE', 'SUSPENDED', 'CLOSED')),
        to_status text NOT NULL CHECK (to_status IN ('PROPOSED', 'ACTIVE', 'SUSPENDED', 'CLOSED')),
        reason text NOT NULL CHECK (btrim(reason) <> ''),
        changed_by uuid,
        changed_by_name text,
        changed_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT mall_status_changes_changes_something CHECK (from_status <> to_status)
      );
      CREATE INDEX mall_status_changes_mall ON mpp.mall_status_changes (mall_id, changed_at DESC, id DESC);
    `);
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query(`DROP TABLE mpp.mall_status_changes`);
  }
}
