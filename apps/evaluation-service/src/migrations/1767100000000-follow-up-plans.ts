import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Follow-up plans (Rencana Tindak Lanjut): one plan per lokus of a published result, drafted by the
 * unit's desk and accepted (or returned) by its evaluator or the national admin; each action names
 * the indicators it works on, an owner, a due date, the evidence of completion and its status. A
 * dropped action keeps its reason. `origin` marks the plans the demo seed wrote.
 */
export class FollowUpPlans1767100000000 implements MigrationInterface {
  name = 'FollowUpPlans1767100000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE evaluation.follow_up_plans (
        id uuid PRIMARY KEY,
        seq bigint GENERATED ALWAYS AS IDENTITY UNIQUE,
        lokus_id uuid NOT NULL UNIQUE REFERENCES evaluation.lokus(id) ON DELETE CASCADE,
        service_unit_id uuid NOT NULL,
        status text NOT NULL CHECK (status IN ('DRAFT', 'SUBMITTED', 'ACCEPTED', 'RETURNED')),
        version int NOT NULL DEFAULT 1,
        created_by uuid,
        created_at timestamptz(3) NOT NULL,
        submitted_at timestamptz(3),
        reviewed_by uuid,
        reviewed_by_name text,
        reviewed_at timestamptz(3),
        review_comment text,
        origin text NOT NULL DEFAULT 'OFFICIAL' CHECK (origin IN ('OFFICIAL', 'DEMO')),
        CHECK (status <> 'RETURNED' OR btrim(coalesce(review_comment, '')) <> '')
      )`);
    await db.query(`CREATE INDEX follow_up_plans_status_idx ON evaluation.follow_up_plans (status, seq)`);
    await db.query(`CREATE INDEX follow_up_plans_unit_idx ON evaluation.follow_up_plans (service_unit_id)`);
    await db.query(`
      CREATE TABLE evaluation.follow_up_actions (
        id uuid PRIMARY KEY,
        plan_id uuid NOT NULL REFERENCES evaluation.follow_up_plans(id) ON DELETE CASCADE,
        position int NOT NULL,
        title text NOT NULL CHECK (btrim(title) <> ''),
        indicator_codes text[] NOT NULL CHECK (cardinality(indicator_codes) >= 1),
        owner_name text,
        due_on date,
        status text NOT NULL DEFAULT 'PLANNED' CHECK (status IN ('PLANNED', 'IN_PROGRESS', 'DONE', 'DROPPED')),
        evidence text,
        drop_reason text,
        quick_win boolean NOT NULL DEFAULT false,
        version int NOT NULL DEFAULT 1,
        closed_by uuid,
        closed_by_name text,
        closed_at timestamptz(3),
        updated_at timestamptz(3) NOT NULL,
        CHECK (status <> 'DROPPED' OR btrim(coalesce(drop_reason, '')) <> ''),
        CHECK (status <> 'DONE' OR btrim(coalesce(evidence, '')) <> ''),
        CHECK ((status IN ('DONE', 'DROPPED')) = (closed_at IS NOT NULL))
      )`);
    await db.query(`CREATE INDEX follow_up_actions_plan_idx ON evaluation.follow_up_actions (plan_id, position)`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TABLE evaluation.follow_up_actions`);
    await db.query(`DROP TABLE evaluation.follow_up_plans`);
  }
}
