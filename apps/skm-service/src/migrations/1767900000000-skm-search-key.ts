import type { MigrationInterface, QueryRunner } from 'typeorm';
import { dropSearchKeyFunctionSql, searchKeyFunctionSql } from '@simpul/service-kit';

/**
 * skm.search_key: a survey's title lower-cased and without accents, so the survey list's search box
 * reads what people type as the portal's other lists do (listSearchCondition of @simpul/service-kit).
 */
export class SkmSearchKey1767900000000 implements MigrationInterface {
  name = 'SkmSearchKey1767900000000';

  async up(db: QueryRunner): Promise<void> {
    for (const statement of searchKeyFunctionSql('skm')) await db.query(statement);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(dropSearchKeyFunctionSql('skm'));
  }
}
