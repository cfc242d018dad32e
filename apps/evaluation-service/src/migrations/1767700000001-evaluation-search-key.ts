import type { MigrationInterface, QueryRunner } from 'typeorm';
import { dropSearchKeyFunctionSql, searchKeyFunctionSql } from '@simpul/service-kit';

/**
 * evaluation.search_key: a lokus's unit name lower-cased and without accents, so the lokus list's
 * search box reads what people type as the registry's lists do (listSearchCondition of
 * @simpul/service-kit: "samsat kalsel" finds "SAMSAT Kalimantan Selatan").
 */
export class EvaluationSearchKey1767700000001 implements MigrationInterface {
  name = 'EvaluationSearchKey1767700000001';

  async up(db: QueryRunner): Promise<void> {
    for (const statement of searchKeyFunctionSql('evaluation')) await db.query(statement);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(dropSearchKeyFunctionSql('evaluation'));
  }
}
