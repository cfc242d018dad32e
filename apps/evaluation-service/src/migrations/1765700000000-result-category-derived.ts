import type { MigrationInterface, QueryRunner } from 'typeorm';
import { ippCategory } from '@simpul/scoring';
import { rows } from '@simpul/service-kit';

/**
 * A result's category is ippCategory of its stored (two-decimal) index, read through
 * @simpul/scoring whenever the result is shown; the stored copy was written on every save and never
 * read, so it goes. Going down recomputes it the same way.
 */
export class ResultCategoryDerived1765700000000 implements MigrationInterface {
  name = 'ResultCategoryDerived1765700000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE evaluation.results DROP COLUMN category_code`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE evaluation.results ADD COLUMN category_code text`);
    // db.manager queries through this migration's own runner, inside its transaction.
    const indexes = await rows<{ index: string }>(db.manager, `SELECT DISTINCT index::text AS index FROM evaluation.results`);
    await db.query(
      `UPDATE evaluation.results r SET category_code = t.code FROM unnest($1::numeric[], $2::text[]) AS t(index, code) WHERE r.index = t.index`,
      [indexes.map((row) => row.index), indexes.map((row) => ippCategory(Number(row.index)).code)],
    );
    await db.query(`ALTER TABLE evaluation.results ALTER COLUMN category_code SET NOT NULL`);
  }
}
