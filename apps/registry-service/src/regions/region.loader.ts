import DataLoader from 'dataloader';
import type { DataSource } from 'typeorm';
import { rows, type SubgraphContext } from '@simpul/service-kit';
import { Region } from './region.entity';

// Asked for every page of units: a prepared statement, planned once per connection.
const REGIONS_BY_CODE = `SELECT code, name, level, regency_kind AS "regencyKind", parent_code AS "parentCode",
  province_code AS "provinceCode" FROM registry.regions WHERE code = ANY($1::varchar[])`;

/** Regions by code, batched per request. */
export function regionLoader(context: SubgraphContext, dataSource: DataSource): DataLoader<string, Region | null> {
  return context.loaders.get(
    'region.byCode',
    () =>
      new DataLoader<string, Region | null>(async (codes) => {
        const found = await rows<Region>(dataSource, REGIONS_BY_CODE, [[...codes]], { prepared: true });
        const byCode = new Map(found.map((row) => [row.code, Object.assign(new Region(), row)]));
        return codes.map((code) => byCode.get(code) ?? null);
      }),
  );
}
