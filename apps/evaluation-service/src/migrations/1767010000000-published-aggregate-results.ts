import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A result can be a published aggregate: the IPP a publisher released, without the F-02/F-03 scores
 * behind it (none were published). Such a result has no evaluator index, inputs or explanation, and
 * its lokus may have no instrument (the form of its year was never transcribed); a cycle of only
 * such lokus records no instrument.
 */
export class PublishedAggregateResults1767010000000 implements MigrationInterface {
  name = 'PublishedAggregateResults1767010000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE evaluation.lokus ALTER COLUMN instrument_id DROP NOT NULL`);
    await db.query(`ALTER TABLE evaluation.cycles DROP CONSTRAINT IF EXISTS cycles_instrument_ids_check`);
    await db.query(
      `ALTER TABLE evaluation.results ALTER COLUMN evaluator_index DROP NOT NULL, ALTER COLUMN inputs DROP NOT NULL, ALTER COLUMN explanation DROP NOT NULL`,
    );
    await db.query(
      `ALTER TABLE evaluation.results ADD CONSTRAINT results_scores_unless_aggregate
         CHECK (basis = 'PUBLISHED_AGGREGATE' OR (evaluator_index IS NOT NULL AND inputs IS NOT NULL AND explanation IS NOT NULL))`,
    );
  }

  /** Fails while any published aggregate or lokus without instrument exists: there is nothing to invent for them. */
  async down(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE evaluation.results DROP CONSTRAINT results_scores_unless_aggregate`);
    await db.query(
      `ALTER TABLE evaluation.results ALTER COLUMN evaluator_index SET NOT NULL, ALTER COLUMN inputs SET NOT NULL, ALTER COLUMN explanation SET NOT NULL`,
    );
    await db.query(`ALTER TABLE evaluation.cycles ADD CONSTRAINT cycles_instrument_ids_check CHECK (cardinality(instrument_ids) > 0)`);
    await db.query(`ALTER TABLE evaluation.lokus ALTER COLUMN instrument_id SET NOT NULL`);
  }
}
