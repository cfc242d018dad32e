import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The public rate limit's token buckets, shared by every replica (one row per client address). The
 * table is UNLOGGED: a bucket is worth no WAL; after a crash (or on a promoted standby) it starts
 * empty, so every client briefly has a full bucket, which is what an unseen client gets anyway.
 */
export class SkmRateBuckets1766900000000 implements MigrationInterface {
  name = 'SkmRateBuckets1766900000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(
      `CREATE UNLOGGED TABLE skm.rate_buckets (
         client_key text PRIMARY KEY,
         tokens double precision NOT NULL,
         refilled_at timestamptz NOT NULL,
         granted boolean NOT NULL
       )`,
    );
    // The sweep deletes buckets that have refilled completely, oldest first.
    await db.query(`CREATE INDEX rate_buckets_refilled_at ON skm.rate_buckets (refilled_at)`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TABLE skm.rate_buckets`);
  }
}
