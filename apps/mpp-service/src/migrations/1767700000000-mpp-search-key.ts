import type { MigrationInterface, QueryRunner } from 'typeorm';
import { dropSearchKeyFunctionSql, searchKeyFunctionSql } from '@simpul/service-kit';

/**
 * mpp.search_key: a mall's name lower-cased and without accents, so the malls' search box finds
 * "Banjarmasin" from "BANJARMASIN" or "Bánjarmasin" as the registry's lists do (listSearchCondition
 * of @simpul/service-kit).
 */
export class MppSearchKey1767700000000 implements MigrationInterface {
  name = 'MppSearchKey1767700000000';

  async up(db: QueryRunner): Promise<void> {
    for (const statement of searchKeyFunctionSql('mpp')) await db.query(statement);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(dropSearchKeyFunctionSql('mpp'));
  }
}
